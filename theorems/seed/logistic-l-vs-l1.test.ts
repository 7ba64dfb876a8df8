import { describe, expect, test } from "vitest";
import { close, datasetAvailable, TOL } from "signcheck";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { logisticLvsL1, logisticLvsL1PerSample } from "./logistic-l-vs-l1.ts";

describe("seed/logistic-l-vs-l1", () => {
  claimTest(logisticLvsL1);
  claimTest(logisticLvsL1PerSample);

  test.runIf(datasetAvailable("mushrooms"))("on mushrooms L1 = max‖a_i‖ exceeds L = λ_max(AᵀA)/(4n)", () => {
    const r = auditClaim(logisticLvsL1, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(close(lhs, Math.sqrt(21), TOL.sum)).toBe(true); // 21 ones per row: ‖a_i‖ = √21
    expect(rhs).toBeLessThan(lhs);
  });

  test.skipIf(datasetAvailable("mushrooms"))("not applicable without the data set: mushrooms is absent here", () => {
    expect(auditClaim(logisticLvsL1, { seed: TEST_SEED, budget: "quick" })).toHaveVerdict("not-applicable");
  });
});
