import { describe, expect, test } from "vitest";
import { locateDataset } from "signcheck";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { experimentSignGdVsGd } from "./experiment-signgd-vs-gd.ts";

/** Whether the default look-up finds mushrooms here (the claim is not applicable otherwise). */
function hasMushrooms(): boolean {
  try {
    locateDataset("mushrooms");
    return true;
  } catch {
    return false;
  }
}

describe("seed/experiment-signgd-vs-gd", () => {
  claimTest(experimentSignGdVsGd);

  test.runIf(hasMushrooms())("GD at 1/L is ahead at the counterexample's iteration", () => {
    const r = auditClaim(experimentSignGdVsGd, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs).toBeGreaterThan(rhs);
  });
});
