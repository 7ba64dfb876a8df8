/**
 * Student-t intervals and least-squares lines, as the experiments use them: t quantiles against
 * published table values, the intervals' coverage on normal samples (Monte Carlo, decided with an
 * exact binomial interval), and metamorphic laws (shift and scale of the data move the interval the
 * same way; an exact line is recovered exactly).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  AFFINE_STATISTIC,
  BETA_INC_RTOL,
  InputError,
  Stream,
  TOL,
  clopperPearson,
  close,
  linearFit,
  meanInterval,
  pairedDifferenceInterval,
  studentTQuantile,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

describe("studentTQuantile", () => {
  // Student's t table (e.g. Abramowitz & Stegun, Table 26.10), to the 4th decimal or better.
  test.each([
    [0.975, 1, 12.7062],
    [0.975, 4, 2.77645],
    [0.975, 9, 2.26216],
    [0.995, 30, 2.75],
    [0.95, 2, 2.91999],
    [0.9, 120, 1.28865],
  ])("t(%f, ν = %i) = %f", (p, nu, table) => {
    expect(close(studentTQuantile(p, nu), table, TOL.table4)).toBe(true);
  });

  test("symmetric, increasing in p, and the normal quantile in the limit", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.501, max: 0.999, noNaN: true }), fc.double({ min: 1, max: 200, noNaN: true }), (p, nu) => {
        const t = studentTQuantile(p, nu);
        return close(studentTQuantile(1 - p, nu), -t, TOL.special) && studentTQuantile(Math.min(p + 1e-3, 0.9995), nu) > t;
      }),
    );
    expect(close(studentTQuantile(0.975, 1e9), 1.959964, TOL.table4)).toBe(true);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  test("rejects p outside (0, 1) and ν ≤ 0", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(InputError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/nu/);
  });

  test("bad input is a typed error naming the parameter, at both open ends of p ∈ (0, 1) and at ν = 0", () => {
    expectInputError(() => studentTQuantile(0, 3), "p", 0);
    expectInputError(() => studentTQuantile(1, 3), "p", 1);
    expectInputError(() => studentTQuantile(Number.NaN, 3), "p");
    expectInputError(() => studentTQuantile(0.9, 0), "nu", 0);
    expectInputError(() => studentTQuantile(0.9, -1), "nu", -1);
  });

  // Reference values: the root of the t CDF, ½·I_{ν/(ν+t²)}(ν/2, ½), solved at 80 digits (mpmath findroot/betainc).
  // Relative tolerance BETA_INC_RTOL = 1e-12, the incomplete beta's own accuracy (at ν = 99 999 the inversion is 5e-13 off).
  const near = (got: number, want: number) => Math.abs(got - want) <= BETA_INC_RTOL * Math.abs(want);

  test("near the centre t keeps its relative accuracy (1 − x = t²/(ν+t²) is solved for, not formed): the closed forms of ν = 1 and 2", () => {
    // ν = 1 (Cauchy): t = tan(π(p − ½)); ν = 2: t = (2p − 1)/√(2p(1 − p)). p − ½ is exact for these p.
    for (const p of [0.5 - 1e-9, 0.5 + 2 ** -40, 0.5 - 1e-15, 0.4999, 0.3, 0.25, 0.25 + 2 ** -54, 0.2, 1e-3]) {
      expect(near(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5))), `ν = 1, p = ${p}`).toBe(true);
      expect(near(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p))), `ν = 2, p = ${p}`).toBe(true);
    }
    expect(near(studentTQuantile(0.5 + 2 ** -40, 3), 2.4744613677751902e-12)).toBe(true);
    expect(near(studentTQuantile(0.25, 30), -0.68275569332129255)).toBe(true);
  });

  test("many degrees of freedom: Hill's expansion from ν = 10⁵ on agrees with the exact quantile on both sides of the switch, ν = ∞ is the normal quantile", () => {
    expect(near(studentTQuantile(0.025, 99_999), -1.9599877077718448)).toBe(true);
    expect(near(studentTQuantile(0.025, 1e5), -1.9599877075346096)).toBe(true);
    expect(near(studentTQuantile(1e-300, 1e5), -37.174670665466219)).toBe(true);
    expect(near(studentTQuantile(0.499999999, 1e5), -2.506634609463223e-9)).toBe(true);
    expect(near(studentTQuantile(0.975, 1e12), 1.9599639845424261)).toBe(true);
    // the beta inversion gave 1.9712 here (a = ν/2 = 5·10¹⁴)
    expect(near(studentTQuantile(0.975, 1e15), 1.959963984540054)).toBe(true);
    expect(near(studentTQuantile(0.975, Number.POSITIVE_INFINITY), 1.959963984540054)).toBe(true);
    expect(near(studentTQuantile(1e-10, 7.5), -45.361044241339516)).toBe(true);
  });

  test("the median is 0 for every ν > 0, also where the beta inversion cannot be solved (ν = 1e-10)", () => {
    expect(studentTQuantile(0.5, 1e-10)).toBe(0);
    expect(studentTQuantile(0.5, 1e-100)).toBe(0);
    expect(Object.is(studentTQuantile(0.5, 1e6), 0), "+0, not the −0 of z·(1 + …) with z = −0").toBe(true);
    expect(studentTQuantile(0.5, 1)).toBe(0);
  });
});

describe("meanInterval", () => {
  test("shift and scale move the interval with the data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (xs, c, a) => {
          const m = meanInterval(xs);
          const moved = meanInterval(xs.map((x) => a * x + c));
          return close(moved.lo, a * m.lo + c, AFFINE_STATISTIC) && close(moved.hi, a * m.hi + c, AFFINE_STATISTIC) && m.lo <= m.mean && m.mean <= m.hi;
        },
      ),
    );
  });

  test("covers the mean of normal samples at its nominal 95 % (2000 intervals of n = 5, exact 99.9 % binomial interval)", () => {
    const s = new Stream("meanInterval-coverage");
    let covered = 0;
    const runs = 2000;
    for (let r = 0; r < runs; r++) {
      const xs = Array.from({ length: 5 }, () => 3 + 2 * s.normal());
      const m = meanInterval(xs);
      if (m.lo <= 3 && 3 <= m.hi) covered++;
    }
    const ci = clopperPearson(covered, runs, 0.001);
    expect(ci.lo).toBeLessThanOrEqual(0.95);
    expect(ci.hi).toBeGreaterThanOrEqual(0.95);
  });

  test("by hand: [1, 2, 3] has mean 2 and sd 1, so the interval is 2 ± t(1 − α/2, 2)/√3 with t(0.975, 2) = 4.30265, t(0.95, 2) = 2.91999", () => {
    const at05 = meanInterval([3, 1, 2], 0.05);
    expect([at05.n, at05.mean, at05.sd, at05.confidence]).toEqual([3, 2, 1, 0.95]);
    expect(close(at05.hi, 2 + 4.30265 / Math.sqrt(3), TOL.table4)).toBe(true);
    expect(close(at05.lo, 2 - 4.30265 / Math.sqrt(3), TOL.table4)).toBe(true);
    const at10 = meanInterval([3, 1, 2], 0.1);
    expect(at10.confidence).toBe(0.9);
    expect(close(at10.hi, 2 + 2.91999 / Math.sqrt(3), TOL.table4)).toBe(true);
    expect(meanInterval([3, 1, 2]).confidence).toBe(0.95); // the default α is 0.05
  });

  test("bad input is a typed error naming the parameter: α at both open ends of (0, 1), fewer than 2 values, paired lengths that differ", () => {
    expectInputError(() => meanInterval([1, 2, 3], 0), "alpha", 0);
    expectInputError(() => meanInterval([1, 2, 3], 1), "alpha", 1);
    expectInputError(() => meanInterval([1]), "sample.length", 1);
    expectInputError(() => meanInterval([]), "sample.length", 0);
    expectInputError(() => pairedDifferenceInterval([1, 2, 3], [1, 2]), "b", "length 2");
  });

  test("the paired difference is the interval of the differences; inputs are checked", () => {
    const a = [1, 2, 3, 5];
    const b = [0.5, 1.5, 3.5, 4];
    expect(pairedDifferenceInterval(a, b)).toEqual(meanInterval([0.5, 0.5, -0.5, 1]));
    expect(() => pairedDifferenceInterval(a, [1, 2])).toThrow(/paired/);
    expect(() => meanInterval([1])).toThrow(InputError);
    expect(() => meanInterval([1, NaN])).toThrow(/sample\[1\]/);
  });
});

describe("linearFit", () => {
  test("recovers an exact line (its intervals contain it; their width is round-off)", () => {
    const xs = [0.5, 1, 2, 4, 8];
    const fit = linearFit(
      xs,
      xs.map((x) => 2 - 3 * x),
    );
    expect(close(fit.slope, -3, TOL.claim)).toBe(true);
    expect(close(fit.intercept, 2, TOL.claim)).toBe(true);
    expect(close(fit.r2, 1, TOL.claim)).toBe(true);
    expect(fit.slopeInterval[0] <= fit.slope && fit.slope <= fit.slopeInterval[1]).toBe(true);
    expect(fit.interceptInterval[0] <= fit.intercept && fit.intercept <= fit.interceptInterval[1]).toBe(true);
  });

  test("its slope interval covers the true slope at its nominal 95 % (1000 fits of 8 noisy points)", () => {
    const s = new Stream("linearFit-coverage");
    const xs = [1, 2, 3, 4, 5, 6, 7, 8];
    let covered = 0;
    const runs = 1000;
    for (let r = 0; r < runs; r++) {
      const fit = linearFit(
        xs,
        xs.map((x) => 1 + 0.5 * x + 0.3 * s.normal()),
      );
      if (fit.slopeInterval[0] <= 0.5 && 0.5 <= fit.slopeInterval[1]) covered++;
    }
    const ci = clopperPearson(covered, runs, 0.001);
    expect(ci.lo).toBeLessThanOrEqual(0.95);
    expect(ci.hi).toBeGreaterThanOrEqual(0.95);
  });

  test("needs three points and two distinct x", () => {
    expect(() => linearFit([1, 2], [1, 2])).toThrow(InputError);
    expect(() => linearFit([1, 1, 1], [1, 2, 3])).toThrow(/distinct/);
  });
});
