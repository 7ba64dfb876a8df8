import { describe, expect, test } from "vitest";
import { locateDataset, MissingDataError } from "signcheck";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { experimentSignGdVsGd } from "./experiment-signgd-vs-gd.ts";

function hasMushrooms(): boolean {
  try {
    locateDataset("mushrooms");
    return true;
  } catch (error) {
    if (error instanceof MissingDataError) return false;
    throw error;
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
