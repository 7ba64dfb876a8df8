import { describe, expect, test } from "vitest";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { proof41S11, proof41S11Constant, type StepLengthInstance } from "./proof41-s11.ts";

describe("seed/proof41-s11", () => {
  claimTest(proof41S11);
  claimTest(proof41S11Constant);

  test("the counterexample has decreasing stepsizes", () => {
    const r = auditClaim(proof41S11, { seed: TEST_SEED, budget: "quick" });
    const ce = r.evidence.counterexample!.instance as StepLengthInstance;
    expect(ce.gamma).toBeLessThan(ce.gammaPrev);
  });
});
