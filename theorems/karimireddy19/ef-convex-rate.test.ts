import { describe, expect, test } from "vitest";
import { auditClaim, evidenceOf, scaleBound } from "signcheck";
import { TEST_SEED, claimTest } from "signcheck/vitest";
import { efConvexRate } from "./ef-convex-rate.ts";

describe("karimireddy19/ef-convex-rate (exploratory: the seed states no convex result)", () => {
  claimTest(efConvexRate);

  test("the measured slope stays within O(ε⁻²) + margin, and the deterministic order O(ε⁻¹) is refuted", () => {
    const r = auditClaim(efConvexRate, { seed: TEST_SEED, budget: "quick" });
    const worst = evidenceOf(r, "scaling").worst!;
    expect(worst.upper).toBeLessThanOrEqual(worst.exponent + worst.margin);
    const faster = auditClaim(scaleBound(efConvexRate, 1 / 2), { seed: TEST_SEED, budget: "quick" });
    expect(faster).toHaveVerdict("violated");
    expect(evidenceOf(faster, "scaling").counterexample!.detail.lower).toBeGreaterThan(1);
  }, 120_000);
});
