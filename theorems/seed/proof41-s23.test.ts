import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S23, proof41S23FirstTerm } from "./proof41-s23.ts";

describe("seed/proof41-s23", () => {
  claimTest(proof41S23);
  claimTest(proof41S23FirstTerm);

  test.each([1, 2, 3])("root seed %i: the bound at the prescription exceeds ε", (seed) => {
    const r = auditClaim(proof41S23, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs).toBeGreaterThan(rhs);
  });
});
