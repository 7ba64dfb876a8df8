import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S19, proof41S19Corrected } from "./proof41-s19.ts";

describe("seed/proof41-s19", () => {
  claimTest(proof41S19);
  claimTest(proof41S19Corrected);

  test.each([1, 2, 3])("root seed %i: violated by a factor of up to 2 (the coefficient ⅛ against ¼)", (seed) => {
    const r = auditClaim(proof41S19, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs / rhs).toBeGreaterThan(1);
  });
});
