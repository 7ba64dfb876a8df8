import { describe, expect, test } from "vitest";
import { datasetAvailable } from "signcheck";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { experimentSignGdVsGd } from "./experiment-signgd-vs-gd.ts";

describe("seed/experiment-signgd-vs-gd", () => {
  claimTest(experimentSignGdVsGd);

  test.runIf(datasetAvailable("mushrooms"))("GD at 1/L is ahead at the counterexample's iteration", () => {
    const r = auditClaim(experimentSignGdVsGd, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs).toBeGreaterThan(rhs);
  });
});
