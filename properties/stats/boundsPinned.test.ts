/**
 * The statistics main's engine rewrite added without tests of their own, pinned by hand (issue 14, mutation
 * testing: they were not covered by any test of properties/stats): the empirical-Bernstein bounds (Maurer & Pontil
 * 2009, Thm 4) and the sample moments behind them, the least-squares log–log slope of the scaling claims, and the
 * one-sided lower quantile bound. Every value is computed here by another route (closed forms, a different formula
 * for the slope, the ranks worked by hand in quantileInterval.test.ts), with the range R ≠ 1 and the clipping to
 * [lo, hi] both visible.
 */
import { describe, expect, test } from "vitest";
import { TOL, close, empiricalBernsteinLower, empiricalBernsteinUpper, logLogSlope, quantileLowerBound, sampleMoments } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

describe("sample moments (Welford)", () => {
  test("[1, 2, 4]: mean 7/3 and unbiased variance ((4/3)² + (1/3)² + (5/3)²)/2 = 7/3; one value has variance 0, none has mean 0", () => {
    const m = sampleMoments([1, 2, 4]);
    expect(m.n).toBe(3);
    expect(close(m.mean, 7 / 3, TOL.exact)).toBe(true);
    expect(close(m.variance, 7 / 3, TOL.exact)).toBe(true);
    expect(sampleMoments([3])).toEqual({ n: 1, mean: 3, variance: 0 });
    expect(sampleMoments([])).toEqual({ n: 0, mean: 0, variance: 0 });
  });
});

describe("empirical-Bernstein bounds on the mean", () => {
  // 50 × 0.4 and 50 × 0.6: n = 100, mean ½, V = 100·0.01/99 = 1/99; in [−1, 2], so R = 3.
  const xs = Array.from({ length: 100 }, (_, i) => (i % 2 ? 0.6 : 0.4));

  test("X̄ ± (√(2V·ln(2/α)/n) + 7R·ln(2/α)/(3(n − 1))) by hand: n = 100, V = 1/99, R = 3, α = 0.05", () => {
    const ell = Math.log(40);
    const radius = Math.sqrt((2 * ell) / 9900) + (21 * ell) / 297;
    expect(close(empiricalBernsteinUpper(xs, -1, 2, 0.05), 0.5 + radius, TOL.exact)).toBe(true);
    expect(close(empiricalBernsteinLower(xs, -1, 2, 0.05), 0.5 - radius, TOL.exact)).toBe(true);
    // A smaller α widens both sides: ln(2/α) grows.
    expect(empiricalBernsteinUpper(xs, -1, 2, 0.01)).toBeGreaterThan(empiricalBernsteinUpper(xs, -1, 2, 0.05));
    expect(empiricalBernsteinLower(xs, -1, 2, 0.01)).toBeLessThan(empiricalBernsteinLower(xs, -1, 2, 0.05));
  });

  test("bounds are clipped to the declared range [lo, hi], never beyond it", () => {
    // n = 2: the radius 7R·ln(2/α)/3 > R, so both ends are the range's.
    expect(empiricalBernsteinUpper([0.25, 0.75], 0, 1, 0.1)).toBe(1);
    expect(empiricalBernsteinLower([0.25, 0.75], 0, 1, 0.1)).toBe(0);
  });

  test("bad input is a typed error naming the parameter: n < 2, α outside (0, 1), an empty or non-finite range, a value outside it", () => {
    for (const f of [empiricalBernsteinUpper, empiricalBernsteinLower]) {
      expectInputError(() => f([0.5], 0, 1, 0.05), "n");
      expectInputError(() => f([0.5, 0.5], 0, 1, 0), "alpha");
      expectInputError(() => f([0.5, 0.5], 0, 1, 1), "alpha");
      expectInputError(() => f([0.5, 0.5], 1, 0, 0.05), "range");
      expectInputError(() => f([0.5, 0.5], 0, Infinity, 0.05), "range");
      expectInputError(() => f([0.5, 0.5], -Infinity, 1, 0.05), "range");
      expectInputError(() => f([0.5, 1.5], 0, 1, 0.05), "sample[1]");
      expectInputError(() => f([-0.5, 0.5], 0, 1, 0.05), "sample[0]");
      expectInputError(() => f([0.5, NaN], 0, 1, 0.05), "sample[1]");
      // The ends themselves are inside the range.
      expect(Number.isFinite(f([0, 1], 0, 1, 0.05))).toBe(true);
    }
  });
});

describe("log–log slope", () => {
  test("y = 3x² gives 2 and y = 5/√x gives −½ exactly up to round-off", () => {
    expect(close(logLogSlope([1, 2, 4, 8], [3, 12, 48, 192]), 2, TOL.exact)).toBe(true);
    expect(close(logLogSlope([1, 4, 16], [5, 2.5, 1.25]), -0.5, TOL.exact)).toBe(true);
  });

  test("a noisy fit equals (nΣuv − ΣuΣv)/(nΣu² − (Σu)²) on u = log x, v = log y", () => {
    const xs = [1, 10, 100, 30];
    const ys = [5, 7, 30, 11];
    const u = xs.map(Math.log);
    const v = ys.map(Math.log);
    const n = xs.length;
    const sum = (a: number[]) => a.reduce((s, t) => s + t, 0);
    const want = (n * sum(u.map((ui, i) => ui * v[i])) - sum(u) * sum(v)) / (n * sum(u.map((ui) => ui * ui)) - sum(u) ** 2);
    expect(close(logLogSlope(xs, ys), want, TOL.claim)).toBe(true);
  });

  test("bad input is a typed error: fewer than 2 sizes, lengths that differ, a size or cost ≤ 0 or non-finite, one distinct size", () => {
    expectInputError(() => logLogSlope([1], [1]), "sizes");
    expectInputError(() => logLogSlope([1, 2], [1]), "sizes");
    expectInputError(() => logLogSlope([1, 0], [1, 2]), "(size, cost)[1]");
    expectInputError(() => logLogSlope([1, 2], [-1, 2]), "(size, cost)[0]");
    expectInputError(() => logLogSlope([1, Infinity], [1, 2]), "(size, cost)[1]");
    expectInputError(() => logLogSlope([1, 2], [1, Infinity]), "(size, cost)[1]");
    expectInputError(() => logLogSlope([3, 3, 3], [1, 2, 4]), "sizes");
  });
});

describe("one-sided lower quantile bound", () => {
  // 1 … 20 out of order: X₍ᵣ₎ = r.
  const sample = Array.from({ length: 20 }, (_, i) => ((i * 7) % 20) + 1);

  test("spends all of α on one side: n = 20, q = ½ gives X₍₆₎ at α = 0.025 and X₍₇₎ at α = 0.06 (P(K ≤ 5) = 0.0207, P(K ≤ 6) = 0.0577)", () => {
    expect(quantileLowerBound(sample, 0.5, 0.025)).toBe(6);
    expect(quantileLowerBound(sample, 0.5, 0.06)).toBe(7);
  });

  test("too few samples give −∞, never a wrong bound: n = 3, q = ½, α = 0.05 (P(K ≤ 0) = 1/8 > α)", () => {
    expect(quantileLowerBound([3, 1, 2], 0.5, 0.05)).toBe(-Infinity);
  });

  test("bad levels are typed errors naming the parameter", () => {
    expectInputError(() => quantileLowerBound(sample, 0, 0.05), "q");
    expectInputError(() => quantileLowerBound(sample, 1, 0.05), "q");
    expectInputError(() => quantileLowerBound(sample, 0.5, 0), "alpha");
    expectInputError(() => quantileLowerBound(sample, 0.5, 1), "alpha");
  });
});
