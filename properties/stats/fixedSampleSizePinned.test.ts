/**
 * The fixed-sample comparison of the profile (src/stats/fixedSampleSize.ts) pinned by hand, where its constants,
 * boundaries and branches show (mutation testing, issue 14): at δ = ½ the binomial tails are dyadic, so a tail can
 * be put exactly at the test's level α(1 − 2·BETA_INC_RTOL) or exactly at α; a one-failure refutation makes the
 * fixed power 1 − (1 − p)ⁿ, increasing, so the least n is known in closed form and lies strictly between two
 * points of the doubling search; designs of one or two looks have powers that are sums of a few binomial terms.
 * Every expected value is worked here (fractions in the comments), none is taken from the code under test.
 */
import { describe, expect, test } from "vitest";
import {
  BETA_INC_RTOL,
  TRIMMED_POWER_ATOL,
  binomialCdf,
  binomialSf,
  compareWithFixedSample,
  fixedSampleSize,
  sequentialDesign,
  sequentialPower,
} from "signcheck/internal";

const LEVEL = 1 - 2 * BETA_INC_RTOL;

/** An α whose level α(1 − 2·BETA_INC_RTOL) is exactly the double `tail` (the test's comparison sees the tail at the level). */
function alphaWithLevel(tail: number): number {
  const alpha = [0, 1, -1, 2, -2, 3, -3].map((j) => tail / LEVEL + j * 2 ** -56).find((a) => a * LEVEL === tail);
  expect(alpha, `an α with α·(1 − 2·BETA_INC_RTOL) = ${tail}`).toBeDefined();
  return alpha!;
}

const nearPower = (got: number, want: number) => expect(Math.abs(got - want), `${got} vs ${want}`).toBeLessThanOrEqual(TRIMMED_POWER_ATOL);

describe("fixed-sample size: the exact test's level, by hand at δ = ½", () => {
  // n ≤ 2, δ = ½: P(K ≤ 0) = 1/2, 1/4 and P(K ≥ n) the same; the next tails P(K ≤ 1) = 1, 3/4 never qualify at
  // α ≤ 0.26. So the certify test exists at n = 2 only when 1/4 is within the level, and then its power at p = ¼ is
  // P(K ≤ 0) = (3/4)² = 9/16 (and the refute test's at p = ¾ is P(K ≥ 2) = 9/16 too); at n = 1 there is no test.

  test("α is moved inward by 2·BETA_INC_RTOL: at α = 1/4 exactly the tail 1/4 at n = 2 does not qualify, so no n ≤ 2 reaches power ½", () => {
    expect(Math.abs(binomialCdf(0, 2, 0.5) - 1 / 4)).toBeLessThanOrEqual(BETA_INC_RTOL / 4);
    expect(Math.abs(binomialSf(2, 2, 0.5) - 1 / 4)).toBeLessThanOrEqual(BETA_INC_RTOL / 4);
    expect(fixedSampleSize(0.5, 1 / 4, 0.25, "certify", 0.5, 2)).toBeUndefined();
    expect(fixedSampleSize(0.5, 1 / 4, 0.75, "refute", 0.5, 2)).toBeUndefined();
    // The control: at α = 0.26 the tail 1/4 qualifies and n = 2 is the answer.
    expect(fixedSampleSize(0.5, 0.26, 0.25, "certify", 0.5, 2)).toBe(2);
    expect(fixedSampleSize(0.5, 0.26, 0.75, "refute", 0.5, 2)).toBe(2);
  });

  test("a tail exactly at the level qualifies (the test is P ≤ level, on both sides)", () => {
    // The computed P(K ≤ 0 | 2, ½) and P(K ≥ 2 | 2, ½), each put exactly at the level: n = 2 certifies / refutes.
    expect(fixedSampleSize(0.5, alphaWithLevel(binomialCdf(0, 2, 0.5)), 0.25, "certify", 0.5, 2)).toBe(2);
    expect(fixedSampleSize(0.5, alphaWithLevel(binomialSf(2, 2, 0.5)), 0.75, "refute", 0.5, 2)).toBe(2);
  });

  test("a power exactly at the asked power is enough (≥); one ulp more is not reached at n ≤ 2", () => {
    // The power at n = 2 as the tails compute it: 9/16 to within BETA_INC_RTOL.
    const certifyPower = binomialCdf(0, 2, 0.25);
    const refutePower = binomialSf(2, 2, 0.75);
    for (const pw of [certifyPower, refutePower]) expect(Math.abs(pw - 9 / 16)).toBeLessThanOrEqual((BETA_INC_RTOL * 9) / 16);
    expect(fixedSampleSize(0.5, 0.26, 0.25, "certify", certifyPower, 2)).toBe(2);
    expect(fixedSampleSize(0.5, 0.26, 0.75, "refute", refutePower, 2)).toBe(2);
    expect(fixedSampleSize(0.5, 0.26, 0.25, "certify", certifyPower + 2 ** -53, 2)).toBeUndefined();
  });
});

describe("fixed-sample size: the doubling search and the bisection below it", () => {
  // δ = 0.01, α = 0.1: one failure refutes while P(K ≥ 1) = 1 − 0.99ⁿ ≤ 0.1, i.e. for n ≤ 10 (1 − 0.99¹⁰ = 0.0956,
  // 1 − 0.99¹¹ = 0.1047), and no failure never refutes (P(K ≥ 0) = 1). So for n ≤ 10 the power at p = 0.02 is
  // 1 − 0.98ⁿ: n = 4: 0.0776, 5: 0.0961, 6: 0.1142, 8: 0.1492. Power 0.11 is first reached at
  // n = ⌈ln 0.89 / ln 0.98⌉ = ⌈5.77⌉ = 6; the doubling search stops at 8 (1, 2, 4 fall short) and bisects [4, 8].

  test("the least n, found by bisection between the last two doubling points: 6, not the doubling point 8", () => {
    expect(fixedSampleSize(0.01, 0.1, 0.02, "refute", 0.11, 1000)).toBe(6);
  });

  test("the cap is the largest n tried: cap 6 still finds 6, cap 5 finds none", () => {
    expect(fixedSampleSize(0.01, 0.1, 0.02, "refute", 0.11, 6)).toBe(6);
    expect(fixedSampleSize(0.01, 0.1, 0.02, "refute", 0.11, 5)).toBeUndefined();
  });
});

describe("comparison with the sequential design, by hand on designs of one or two looks", () => {
  // Every design here has δ or looks of its own: compareWithFixedSample memoises per design and decision.

  test("one look at n = 12, δ = ½, α = 0.01: certify at k ≤ 1, refute at k ≥ 11; the powers are exact binomial sums", () => {
    // P(K ≤ 1 | 12, ½) = 13/4096 ≤ 0.01 < P(K ≤ 2) = 79/4096, and by symmetry P(K ≥ 11) = 13/4096.
    // At p = ¼: P(K ≤ 1) = 3¹¹·(3 + 12)/4¹² = 2657205/2²⁴, P(K ≥ 11) = (12·3 + 1)/4¹² = 37/2²⁴; at p = ¾ they swap.
    const design = sequentialDesign(0.5, 0.01, 12, 12);
    expect(design.looks).toEqual([12]);
    const atQuarter = sequentialPower(design, 0.25);
    nearPower(atQuarter.certify, 2657205 / 2 ** 24);
    nearPower(atQuarter.refute, 37 / 2 ** 24);
    expect(atQuarter.expectedTrials).toBe(12);
    const certified = compareWithFixedSample(design, "certified");
    expect(certified.alternative).toBe(0.25);
    expect(certified.side).toBe("certify");
    nearPower(certified.sequentialPower, 2657205 / 2 ** 24);
    expect(certified.fixedTrials).toBeUndefined(); // power 0.158 < ½: not compared
    // A refutation is compared at p₁ = min(2δ, (1 + δ)/2) = ¾ by the power to refute, P(K ≥ 11 | 12, ¾), not to certify (37/2²⁴).
    const refuted = compareWithFixedSample(design, "refuted");
    expect(refuted.alternative).toBe(0.75);
    expect(refuted.side).toBe("refute");
    nearPower(refuted.sequentialPower, 2657205 / 2 ** 24);
    expect(refuted.sequentialExpectedTrials).toBe(12);
  });

  test("looks [1, 2] and [12] are different designs to the memo (their looks joined without a separator would both read 12)", () => {
    // δ = ½, α = 0.015. Looks [1, 2] (α/2 per look): P(K ≤ 0) = P(K ≥ n) = 2⁻ⁿ ≥ ¼ at n ≤ 2, no decision: power 0, 2 trials.
    // Look [12]: P(K ≤ 1) = 13/4096 ≤ 0.015 < P(K ≤ 2) = 79/4096, so it certifies at k ≤ 1 as above: 2657205/2²⁴ at p = ¼, 12 trials.
    const two = sequentialDesign(0.5, 0.015, 2, 1);
    const twelve = sequentialDesign(0.5, 0.015, 12, 12);
    expect([two.looks, twelve.looks]).toEqual([[1, 2], [12]]);
    const a = compareWithFixedSample(two, "certified");
    expect([a.sequentialPower, a.sequentialExpectedTrials]).toEqual([0, 2]);
    const b = compareWithFixedSample(twelve, "certified");
    nearPower(b.sequentialPower, 2657205 / 2 ** 24);
    expect(b.sequentialExpectedTrials).toBe(12);
  });

  test("a sequential power of exactly ½ is compared (≥ ½), at that power: one look at n = 1 refuting δ = ¼ at α = 0.3", () => {
    // One failure in one trial: P(K ≥ 1 | 1, ¼) = ¼ ≤ 0.3 refutes; no failure: P(K ≤ 0) = ¾ > 0.3, undecided.
    // At p₁ = min(½, 5/8) = ½ the power is exactly ½, every path stops at n = 1, and the fixed test of the same α
    // at n = 1 is the same test: power ½, so 1 trial (asked for power min(½, 1 − 1e-9) = ½, not 1 − 1e-9).
    const design = sequentialDesign(0.25, 0.3, 1, 1);
    expect(design.looks).toEqual([1]);
    const c = compareWithFixedSample(design, "refuted");
    expect(c).toEqual({ alternative: 0.5, side: "refute", sequentialPower: 0.5, sequentialExpectedTrials: 1, fixedTrials: 1 });
    expect(sequentialPower(design, 0.5)).toEqual({ certify: 0, refute: 0.5, expectedTrials: 1 });
  });
});
