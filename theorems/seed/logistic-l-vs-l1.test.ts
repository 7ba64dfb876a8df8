import { describe, expect, test } from "vitest";
import { close, locateDataset, TOL } from "signcheck";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { logisticLvsL1, logisticLvsL1PerSample } from "./logistic-l-vs-l1.ts";

/** Whether the default look-up finds mushrooms here (the claim is not applicable otherwise). */
function hasMushrooms(): boolean {
  try {
    locateDataset("mushrooms");
    return true;
  } catch {
    return false;
  }
}

describe("seed/logistic-l-vs-l1", () => {
  claimTest(logisticLvsL1);
  claimTest(logisticLvsL1PerSample);

  test.runIf(hasMushrooms())("on mushrooms L1 = max‖a_i‖ exceeds L = λ_max(AᵀA)/(4n)", () => {
    const r = auditClaim(logisticLvsL1, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(close(lhs, Math.sqrt(21), TOL.sum)).toBe(true); // 21 ones per row: ‖a_i‖ = √21
    expect(rhs).toBeLessThan(lhs);
  });

  test.skipIf(hasMushrooms())("not applicable without the data set: mushrooms is absent here", () => {
    expect(auditClaim(logisticLvsL1, { seed: TEST_SEED, budget: "quick" })).toHaveVerdict("not-applicable");
  });
});
