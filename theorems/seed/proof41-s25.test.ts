import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S25, type Regime2Instance } from "./proof41-s25.ts";

describe("seed/proof41-s25", () => {
  claimTest(proof41S25);

  test.each([1, 2, 3])("root seed %i: the counterexample lies above 5/6 of the threshold", (seed) => {
    const r = auditClaim(proof41S25, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect((r.evidence.counterexample!.instance as Regime2Instance).r).toBeGreaterThan(5 / 6);
  });
});
