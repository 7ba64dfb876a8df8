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
