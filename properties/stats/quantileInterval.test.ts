/**
 * Distribution-free quantile bounds from order statistics, pinned by exact binomial tails: the ranks are the
 * sharpest with the stated coverage (exact rational sums, exactBinomial.ts), the two-sided interval spends α/2
 * on each side — not α, not 2α — so its coverage is ≥ 1 − α and no more conservative than the ranks allow, and
 * hand-worked cases (n = 20, q = ½, where P(K ≤ 5) = 21700/2²⁰ and P(K ≤ 6) = 60460/2²⁰) fix which order
 * statistics are returned. Plain vitest with fc.assert: @fast-check/vitest 0.5.0 spends ~14 s at import under
 * vitest 4.1 (its buildTest walks every ordering of vitest's chain modifiers), once per file and per mutant.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  BETA_INC_RTOL,
  INTERVAL_END_TAIL,
  arb,
  binomialCdf,
  binomialSf,
  empiricalQuantile,
  lowerRank,
  quantileInterval,
  quantileUpperBound,
  upperRank,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";
import { exactBinomial } from "./exactBinomial.ts";

/** 10, 20, …, 10n in a scrambled order (the odd multiples descending, then the even ones): the k-th order statistic is 10k. */
const scrambled = (n: number): number[] => [
  ...Array.from({ length: n }, (_, i) => 10 * (n - i)).filter((v) => (v / 10) % 2 === 1),
  ...Array.from({ length: n }, (_, i) => 10 * (i + 1)).filter((v) => (v / 10) % 2 === 0),
];

/** Exact ranks: r = greatest r ≥ 0 with P(K ≤ r − 1) ≤ level (0 if none), s = least s ≤ n with P(K ≥ s) ≤ level (n + 1 if none). */
function exactRanks(n: number, q: number, level: number): { r: number; s: number; nearLevel: boolean } {
  let r = 0;
  let s = n + 1;
  let nearLevel = false;
  for (let k = 0; k <= n; k++) {
    const { cdf, sf } = exactBinomial(k, n, q);
    for (const tail of [cdf, sf]) if (Math.abs(tail - level) <= INTERVAL_END_TAIL.rtol * level) nearLevel = true;
    if (cdf <= level) r = k + 1; // P(K ≤ (k + 1) − 1) ≤ level
    if (sf <= level && s === n + 1) s = k;
  }
  return { r: Math.min(r, n), s: s === 0 ? 1 : s, nearLevel };
}

describe("quantile ranks", () => {
  test("ranks have exact coverage ≥ 1 − α: P(K ≥ r) ≥ 1 − α and P(K ≤ s − 1) ≥ 1 − α, and are the sharpest such ranks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 0.3, noNaN: true }),
        (n, q, alpha) => {
          const r = lowerRank(n, q, alpha);
          const s = upperRank(n, q, alpha);
          if (r > 0) expect(1 - binomialCdf(r - 1, n, q)).toBeGreaterThanOrEqual(1 - alpha);
          if (s <= n) expect(binomialCdf(s - 1, n, q)).toBeGreaterThanOrEqual(1 - alpha);
          if (r < n) expect(1 - binomialCdf(r, n, q)).toBeLessThan(1 - alpha);
          if (s > 1 && s <= n + 1) expect(binomialCdf(s - 2, n, q)).toBeLessThan(1 - alpha);
        },
      ),
    );
  });

  test("n = 20, q = ½ by hand: P(K ≤ 5) = 0.0207 and P(K ≤ 6) = 0.0577 put the ranks at 6 and 15 for α = 0.025, at 7 and 14 for α = 0.06", () => {
    expect(exactBinomial(5, 20, 0.5).cdf).toBe(21700 / 2 ** 20);
    expect(exactBinomial(6, 20, 0.5).cdf).toBe(60460 / 2 ** 20);
    expect([lowerRank(20, 0.5, 0.025), upperRank(20, 0.5, 0.025)]).toEqual([6, 15]);
    expect([lowerRank(20, 0.5, 0.06), upperRank(20, 0.5, 0.06)]).toEqual([7, 14]);
    // A sample too small for the level: neither rank exists (P(K ≤ 0) = P(K ≥ 3) = 1/8 > α).
    expect([lowerRank(3, 0.5, 0.05), upperRank(3, 0.5, 0.05)]).toEqual([0, 4]);
    // n = 0: no order statistic at all.
    expect([lowerRank(0, 0.5, 0.05), upperRank(0, 0.5, 0.05)]).toEqual([0, 1]);
  });

  test("ranks equal the exact ones computed from rational binomial tails, at skewed q and small α", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), arb.logUniform(1e-3, 0.999), arb.logUniform(1e-6, 0.4), (n, q, alpha) => {
        const ref = exactRanks(n, q, alpha);
        fc.pre(!ref.nearLevel); // a tail within the ranks' round-off margin of α may round either way
        expect(lowerRank(n, q, alpha), `lowerRank(${n}, ${q}, ${alpha})`).toBe(ref.r);
        expect(upperRank(n, q, alpha), `upperRank(${n}, ${q}, ${alpha})`).toBe(ref.s);
      }),
      { numRuns: 150 },
    );
  });

  test("never rests on round-off: a tail exactly α·(1 − BETA_INC_RTOL) below its exact value is not accepted; one exactly at the level is", () => {
    // P(K ≥ s) and P(K ≤ r − 1) at n = 2, 3, q = ½ are exact dyadic numbers: α just below them must move the rank.
    for (const [n, s] of [
      [2, 2],
      [3, 3],
      [3, 2],
    ] as const) {
      const P = exactBinomial(s, n, 0.5).sf;
      expect(upperRank(n, 0.5, P * (1 - BETA_INC_RTOL)), `P(K ≥ ${s}) = ${P} > α`).toBe(s + 1);
      const C = exactBinomial(n - s, n, 0.5).cdf; // = P by symmetry: P(K ≤ n − s)
      expect(lowerRank(n, 0.5, C * (1 - BETA_INC_RTOL)), `P(K ≤ ${n - s}) = ${C} > α`).toBe(n - s);
    }
    // A computed tail exactly at the level α(1 − 2·BETA_INC_RTOL) qualifies: the test is P ≤ α.
    const c = binomialSf(2, 2, 0.5);
    const alpha = [0, 1, -1, 2, -2].map((j) => c / (1 - 2 * BETA_INC_RTOL) + j * 2 ** -54).find((a) => a * (1 - 2 * BETA_INC_RTOL) === c);
    expect(alpha).toBeDefined();
    expect(upperRank(2, 0.5, alpha!)).toBe(2);
    expect(binomialCdf(0, 2, 0.5)).toBe(c);
    expect(lowerRank(2, 0.5, alpha!)).toBe(1);
  });

  test("bad parameters are typed errors naming the parameter, open ends included", () => {
    for (const f of [lowerRank, upperRank]) {
      expectInputError(() => f(-1, 0.5, 0.05), "n");
      expectInputError(() => f(2.5, 0.5, 0.05), "n");
      expectInputError(() => f(10, 0, 0.05), "q");
      expectInputError(() => f(10, 1, 0.05), "q");
      expectInputError(() => f(10, 0.5, 0), "alpha");
      expectInputError(() => f(10, 0.5, 1), "alpha");
    }
  });
});

describe("quantile interval and upper bound", () => {
  test("the two-sided interval spends α/2 per side: n = 20, q = ½, α = 0.05 gives [X₍₆₎, X₍₁₅₎], α = 0.12 gives [X₍₇₎, X₍₁₄₎]", () => {
    const xs = scrambled(20);
    expect(quantileInterval(xs, 0.5, 0.05)).toEqual({ lo: 60, hi: 150, confidence: 0.95 });
    expect(quantileInterval(xs, 0.5, 0.12)).toEqual({ lo: 70, hi: 140, confidence: 0.88 });
    expect(quantileInterval(xs, 0.5)).toEqual(quantileInterval(xs, 0.5, 0.05)); // the default level is 95 %
    // Too few points for the level: the ends are infinite, never a finite end with less coverage.
    expect(quantileInterval([3, 1, 2], 0.5, 0.05)).toEqual({ lo: -Infinity, hi: Infinity, confidence: 0.95 });
  });

  test("exact coverage: P(K ≤ r − 1) ≤ α/2 and P(K ≥ s) ≤ α/2, so P(X₍ᵣ₎ ≤ ξ_q ≤ X₍ₛ₎) ≥ 1 − α, with ranks from α/2 exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 80 }), arb.logUniform(0.02, 0.98), arb.logUniform(1e-4, 0.5), (n, q, alpha) => {
        const ref = exactRanks(n, q, alpha / 2);
        fc.pre(!ref.nearLevel);
        const xs = scrambled(n);
        const ci = quantileInterval(xs, q, alpha);
        expect(ci.lo).toBe(ref.r === 0 ? -Infinity : 10 * ref.r);
        expect(ci.hi).toBe(ref.s > n ? Infinity : 10 * ref.s);
        expect(ci.confidence).toBe(1 - alpha);
        const below = ref.r === 0 ? 0 : exactBinomial(ref.r - 1, n, q).cdf;
        const above = ref.s > n ? 0 : exactBinomial(ref.s, n, q).sf;
        expect(below).toBeLessThanOrEqual(alpha / 2);
        expect(above).toBeLessThanOrEqual(alpha / 2);
      }),
      { numRuns: 120 },
    );
  });

  test("the one-sided upper bound spends all of α on one side: n = 20, q = ½ gives X₍₁₅₎ at α = 0.05 and X₍₁₄₎ at α = 0.06", () => {
    const xs = scrambled(20);
    expect(quantileUpperBound(xs, 0.5, 0.05)).toBe(150);
    expect(quantileUpperBound(xs, 0.5, 0.06)).toBe(140);
    expect(quantileUpperBound([2, 1], 0.5, 0.05)).toBe(Infinity);
    // The rank can be n itself: P(K ≥ 5 | n = 5) = 1/32 ≤ 0.05, so the bound is the sample's maximum.
    expect(quantileUpperBound([3, 5, 1, 4, 2], 0.5, 0.05)).toBe(5);
  });

  test("the interval brackets the empirical quantile, and the input sample is left as it was", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 50, maxLength: 300 }), (xs) => {
        const copy = [...xs];
        const ci = quantileInterval(xs, 0.9, 0.05);
        const q = empiricalQuantile(xs, 0.9);
        expect(ci.lo).toBeLessThanOrEqual(q);
        expect(ci.hi).toBeGreaterThanOrEqual(q);
        expect(quantileUpperBound(xs, 0.9, 0.05)).toBeGreaterThanOrEqual(q);
        expect(xs).toEqual(copy);
      }),
    );
  });

  test("too few samples give an infinite bound, never a wrong one", () => {
    for (let n = 1; n <= 20; n++)
      expect(
        quantileUpperBound(
          Array.from({ length: n }, (_, i) => i),
          0.999,
          0.01,
        ),
      ).toBe(Infinity);
  });

  test("bad levels are typed errors naming the parameter", () => {
    for (const q of [0, 1]) {
      expectInputError(() => quantileInterval([1, 2, 3], q, 0.05), "q");
      expectInputError(() => quantileUpperBound([1, 2, 3], q, 0.05), "q");
    }
    for (const alpha of [0, 1]) {
      expectInputError(() => quantileInterval([1, 2, 3], 0.5, alpha), "alpha");
      expectInputError(() => quantileUpperBound([1, 2, 3], 0.5, alpha), "alpha");
    }
  });
});

describe("empirical quantile", () => {
  test("is X₍⌈nq⌉₎, the least order statistic at q = 0 and the greatest at q = 1", () => {
    const xs = [50, 10, 40, 20, 30];
    expect([0, 0.2, 0.21, 0.5, 0.8, 0.81, 1].map((q) => empiricalQuantile(xs, q))).toEqual([10, 10, 20, 30, 40, 50, 50]);
    expect(empiricalQuantile([], 0.5)).toBeNaN();
    expectInputError(() => empiricalQuantile(xs, -0.1), "q");
    expectInputError(() => empiricalQuantile(xs, 1.1), "q");
  });
});
