/**
 * The running half of the empirical-Bernstein bounds (Maurer & Pontil 2009, Thm 4), pinned by hand: `RunningMoments`
 * (Welford's recurrence, what the expectation kind keeps per look) against the exact rationals of a small sample and a
 * two-pass mean and variance, and `empiricalBernsteinFromMoments` against the radius written out, with R ≠ 1, lo ≠ 0,
 * and the clipping to [lo, hi] on each side alone and on both. Also the public bounds' edge cases boundsPinned.test.ts
 * leaves open: a one-point range [c, c] is accepted, and a reversed range is refused carrying [lo, hi].
 */
import { describe, expect, test } from "vitest";
import { RunningMoments, TOL, close, empiricalBernsteinFromMoments, empiricalBernsteinLower, empiricalBernsteinUpper } from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

/** The textbook two-pass mean and unbiased variance (another route than Welford's one pass). */
function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, variance };
}

describe("RunningMoments (Welford)", () => {
  test("pushing 1, 2, 4: n counts up; means 1, 3/2, 7/3; variances 0 (one value), ½, 7/3 = ((4/3)² + (1/3)² + (5/3)²)/2", () => {
    const m = new RunningMoments();
    expect([m.n, m.mean, m.variance]).toEqual([0, 0, 0]);
    m.push(1);
    // n = 1: no spread to estimate, variance 0 (not m2/0 = NaN).
    expect([m.n, m.mean, m.variance]).toEqual([1, 1, 0]);
    m.push(2);
    // (1 − 3/2)² + (2 − 3/2)² = ½, over n − 1 = 1.
    expect([m.n, m.mean, m.variance]).toEqual([2, 1.5, 0.5]);
    m.push(4);
    expect(m.n).toBe(3);
    expect(close(m.mean, 7 / 3, TOL.exact), `mean ${m.mean}`).toBe(true);
    // Σ(x − 7/3)² = 16/9 + 1/9 + 25/9 = 14/3, over n − 1 = 2.
    expect(close(m.variance, 7 / 3, TOL.exact), `variance ${m.variance}`).toBe(true);
  });

  test("after every push, the running mean and variance equal the two-pass ones of the prefix (negative values, repeats, mean ≠ 0)", () => {
    const xs = [0.3, -1.2, 5, 2.5, 2.5, 7.75, -3, 0];
    const m = new RunningMoments();
    for (let k = 1; k <= xs.length; k++) {
      m.push(xs[k - 1]);
      const want = twoPass(xs.slice(0, k));
      expect(m.n).toBe(k);
      expect(close(m.mean, want.mean, TOL.exact), `mean after ${k}: ${m.mean} vs ${want.mean}`).toBe(true);
      expect(close(m.variance, want.variance, TOL.exact), `variance after ${k}: ${m.variance} vs ${want.variance}`).toBe(true);
    }
  });

  test("a constant sample has variance exactly 0 at every n", () => {
    const m = new RunningMoments();
    for (let k = 0; k < 5; k++) {
      m.push(-2.5);
      expect([m.n, m.mean, m.variance]).toEqual([k + 1, -2.5, 0]);
    }
  });
});

describe("empiricalBernsteinFromMoments", () => {
  // n = 100, V = 1/99 in [−1, 2] (R = 3), α = 0.05: ln(2/α) = ln 40, radius = √(2·V·ln 40/n) + 7R·ln 40/(3(n − 1))
  // = √(2 ln 40/9900) + 21 ln 40/297 ≈ 0.027 + 0.261 ≈ 0.288.
  const ell = Math.log(40);
  const radius = Math.sqrt((2 * ell) / 9900) + (21 * ell) / 297;

  test("X̄ ± radius by hand with R = hi − lo = 3 (not hi + lo = 1), both ends inside [−1, 2]", () => {
    const b = empiricalBernsteinFromMoments({ n: 100, mean: 0.5, variance: 1 / 99 }, -1, 2, 0.05);
    expect(close(b.lower, 0.5 - radius, TOL.exact), `lower ${b.lower}`).toBe(true);
    expect(close(b.upper, 0.5 + radius, TOL.exact), `upper ${b.upper}`).toBe(true);
  });

  test("the lower end is clipped to lo alone when X̄ − radius < lo; the upper end to hi alone when X̄ + radius > hi", () => {
    // X̄ = −0.9: −0.9 − 0.288 < −1, so lower = lo = −1 and upper = −0.9 + radius (inside).
    const low = empiricalBernsteinFromMoments({ n: 100, mean: -0.9, variance: 1 / 99 }, -1, 2, 0.05);
    expect(low.lower).toBe(-1);
    expect(close(low.upper, -0.9 + radius, TOL.exact), `upper ${low.upper}`).toBe(true);
    // X̄ = 1.9: 1.9 + 0.288 > 2, so upper = hi = 2 and lower = 1.9 − radius (inside).
    const high = empiricalBernsteinFromMoments({ n: 100, mean: 1.9, variance: 1 / 99 }, -1, 2, 0.05);
    expect(high.upper).toBe(2);
    expect(close(high.lower, 1.9 - radius, TOL.exact), `lower ${high.lower}`).toBe(true);
  });

  test("both ends clipped when the radius exceeds the range: n = 2 in [−3, 5] (7R·ln 40/3 ≈ 68.9 > R = 8)", () => {
    expect(empiricalBernsteinFromMoments({ n: 2, mean: 0.5, variance: 0.125 }, -3, 5, 0.05)).toEqual({ lower: -3, upper: 5 });
  });

  test("fed by RunningMoments, gives the bounds empiricalBernsteinUpper/Lower give for the same sample", () => {
    const xs = [0.25, 1.5, -0.5, 1, 1, 0.75, 2, -1, 0.5, 1.25, 0, 1.75];
    const m = new RunningMoments();
    for (const x of xs) m.push(x);
    const b = empiricalBernsteinFromMoments(m, -1, 2, 0.2);
    expect(close(b.lower, empiricalBernsteinLower(xs, -1, 2, 0.2), TOL.exact)).toBe(true);
    expect(close(b.upper, empiricalBernsteinUpper(xs, -1, 2, 0.2), TOL.exact)).toBe(true);
  });

  test("n < 2 and α outside the open (0, 1) are typed errors naming the parameter and carrying the value; n = 2 and α just inside are accepted", () => {
    const m = { n: 100, mean: 0.5, variance: 1 / 99 };
    expectInputError(() => empiricalBernsteinFromMoments({ n: 1, mean: 0.5, variance: 0 }, -1, 2, 0.05), "n", 1);
    expectInputError(() => empiricalBernsteinFromMoments(m, -1, 2, 0), "alpha", 0);
    expectInputError(() => empiricalBernsteinFromMoments(m, -1, 2, 1), "alpha", 1);
    // n = 2 is the smallest accepted.
    expect(empiricalBernsteinFromMoments({ n: 2, mean: 0.5, variance: 0.125 }, -1, 2, 0.05)).toEqual({ lower: -1, upper: 2 });
    // α = the smallest positive double: ln(2/α) = ∞, the bound is the whole range.
    expect(empiricalBernsteinFromMoments(m, -1, 2, Number.MIN_VALUE)).toEqual({ lower: -1, upper: 2 });
    // α = 1 − 2⁻⁵³, the largest double below 1: ln(2/α) ≈ ln 2, a finite radius.
    const a = 1 - 2 ** -53;
    const r = Math.sqrt((2 * Math.log(2 / a)) / 9900) + (21 * Math.log(2 / a)) / 297;
    const b = empiricalBernsteinFromMoments(m, -1, 2, a);
    expect(close(b.lower, 0.5 - r, TOL.exact)).toBe(true);
    expect(close(b.upper, 0.5 + r, TOL.exact)).toBe(true);
  });
});

describe("empirical-Bernstein bounds: the declared range's edges", () => {
  test("a one-point range [c, c] is accepted (lo ≤ hi, not lo < hi): R = 0 and V = 0 give radius 0, both bounds c", () => {
    expect(empiricalBernsteinUpper([0.5, 0.5, 0.5], 0.5, 0.5, 0.05)).toBe(0.5);
    expect(empiricalBernsteinLower([0.5, 0.5, 0.5], 0.5, 0.5, 0.05)).toBe(0.5);
  });

  test("a reversed or infinite range is refused naming `range` and carrying [lo, hi]", () => {
    for (const f of [empiricalBernsteinUpper, empiricalBernsteinLower]) {
      expectInputError(() => f([0.5, 0.5], 1, 0, 0.05), "range", [1, 0]);
      expectInputError(() => f([0.5, 0.5], 0, Infinity, 0.05), "range", [0, Infinity]);
    }
  });
});
