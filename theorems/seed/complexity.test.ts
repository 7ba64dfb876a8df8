import { describe, expect, test } from "vitest";
import { BATCH_SEARCH_RTOL, auditClaim, evidenceOf, gaussian, scaleBound, streamFor, symmetricStable, type ScalingClaim } from "signcheck";
import { TEST_SEED, claimTest } from "signcheck/vitest";
import { batchNeeded, worstMismatchTerm } from "./complexityRuns.ts";
import { complexityClaims } from "./complexity.ts";

/** A variant whose claimed exponent is this fraction of the claim's: below every measured slope, so it must be refuted. */
const WEAKENED = 0.8;

describe("seed/complexity-*: the seed's complexity orders (5) as measured slopes", () => {
  // holds at the quick budget: the slope interval's upper end is within the claimed exponent + margin.
  for (const claim of complexityClaims) claimTest(claim);

  test.each(complexityClaims.map((c) => [c.id, c] as const))(
    `%s: the order with its exponent × ${WEAKENED} is refuted`,
    (_id, claim) => {
      const variant = scaleBound(claim as ScalingClaim<unknown>, WEAKENED);
      const r = auditClaim(variant, { seed: TEST_SEED, budget: "quick" });
      expect(r).toHaveVerdict("violated");
      const cex = evidenceOf(r, "scaling").counterexample!.detail;
      expect(cex.lower).toBeGreaterThan(cex.exponent + cex.lowerOrder);
    },
    120_000,
  );
});

/** Each found batch lies in [B*, B*·(1 + rtol) + 1]: the bound this puts on the error of log(b₂/b₁) (twice the error of one). */
const searchSlack = (b1: number, b2: number) => Math.log(1 + BATCH_SEARCH_RTOL + 1 / Math.min(b1, b2)) * 2;

describe("the batch the sign-mismatch term needs (complexityRuns)", () => {
  test("the worst mismatch term of a sample is the supremum of a_k·k/M over its sorted magnitudes", () => {
    // |draws| = 3, 2, 1: a_k·k/M = 1, 4/3, 1 → 4/3.
    expect(worstMismatchTerm(Float64Array.of(-2, 1, 3))).toBe(4 / 3);
  });

  test("for the Gaussian, the needed batch quadruples when ε halves (within the Monte-Carlo spread)", () => {
    const stream = () => streamFor({ seed: TEST_SEED, claim: "complexity.test", instance: "gauss", trial: 0 });
    const b1 = batchNeeded(gaussian(), 1, 1, 0.02, stream());
    const b2 = batchNeeded(gaussian(), 1, 1, 0.01, stream());
    // Common random numbers: the same draws at both budgets, so the ratio is 4 up to the search's precision.
    expect(Math.abs(Math.log(b2 / b1) - Math.log(4))).toBeLessThanOrEqual(searchSlack(b1, b2));
  });

  test("for SαS(α) the needed batch grows like ε^{−α/(α−1)}", () => {
    const alpha = 1.6;
    const stream = () => streamFor({ seed: TEST_SEED, claim: "complexity.test", instance: "stable", trial: 0 });
    const b1 = batchNeeded(symmetricStable(alpha), 1, 1, 0.02, stream());
    const b2 = batchNeeded(symmetricStable(alpha), 1, 1, 0.002, stream());
    expect(Math.abs(Math.log(b2 / b1) - Math.log(10) * (alpha / (alpha - 1)))).toBeLessThanOrEqual(searchSlack(b1, b2));
  });
});
