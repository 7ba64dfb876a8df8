/**
 * The goodness-of-fit tests pinned by independent computations:
 *   - Kolmogorov's tail Q(λ) = 2Σ(−1)^{k−1}e^{−2k²λ²} against its dual (Jacobi theta) series
 *     Q(λ) = 1 − (√(2π)/λ)Σ_{k≥1} e^{−(2k−1)²π²/(8λ²)}, which converges fast exactly where the first is slow;
 *   - the KS statistic of small samples worked by hand (D = max_i max((i+1)/n − F, F − i/n)), and the p-value
 *     at Stephens' λ = (√n + 0.12 + 0.11/√n)·D;
 *   - Pearson's χ² worked by hand, with the pooling of cells whose expected count is below 5, and its p-value
 *     from the χ² tails with 1, 2 and 3 degrees of freedom in closed form (erfc, e^{−x/2}, erfc + √(2x/π)e^{−x/2}).
 */
import { describe, expect, test } from "vitest";
import { TOL, chiSquareTest, close, erfc, kolmogorovSf, ksTest } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

/** Q(λ) by the dual series (independent of the alternating one). */
function kolmogorovDual(lambda: number): number {
  let s = 0;
  for (let k = 1; k <= 400; k++) {
    const term = Math.exp((-((2 * k - 1) ** 2) * Math.PI ** 2) / (8 * lambda * lambda));
    s += term;
    if (term < 1e-18 * s) break;
  }
  return 1 - (Math.sqrt(2 * Math.PI) / lambda) * s;
}

const chi2Tail = (x: number, df: 1 | 2 | 3): number =>
  df === 1 ? erfc(Math.sqrt(x / 2)) : df === 2 ? Math.exp(-x / 2) : erfc(Math.sqrt(x / 2)) + Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2);

const uniformCdf = (x: number) => Math.min(1, Math.max(0, x));

describe("Kolmogorov's tail", () => {
  test("equals the dual theta series from λ = 0.2 (where the alternating series needs many terms) to λ = 2.5", () => {
    for (let lambda = 0.2; lambda <= 2.5; lambda += 0.05) {
      expect(close(kolmogorovSf(lambda), kolmogorovDual(lambda), TOL.special), `Q(${lambda}) = ${kolmogorovSf(lambda)} vs ${kolmogorovDual(lambda)}`).toBe(
        true,
      );
    }
    // The 5 % critical value of the asymptotic KS test is λ = 1.3581.
    expect(close(kolmogorovSf(1.3581), 0.05, TOL.table4)).toBe(true);
  });

  test("is returned as 1 below λ = 0.2, where 1 − Q(λ) < 5.1e-13, and stays in [0, 1]", () => {
    for (const lambda of [0, 0.05, 0.1999]) expect(kolmogorovSf(lambda)).toBe(1);
    expect(1 - kolmogorovDual(0.2)).toBeLessThan(5.1e-13);
    expect(1 - kolmogorovDual(0.2)).toBeGreaterThan(5e-13); // so λ = 0.2 itself is computed, not cut off:
    expect(kolmogorovSf(0.2)).toBeLessThan(1);
    for (const lambda of [0.2, 0.3, 1, 5, 30]) {
      expect(kolmogorovSf(lambda)).toBeLessThanOrEqual(1);
      expect(kolmogorovSf(lambda)).toBeGreaterThanOrEqual(0);
    }
    expect(kolmogorovSf(30)).toBe(0);
  });
});

describe("Kolmogorov–Smirnov test", () => {
  test("the statistic of a small sample worked by hand, on an unsorted sample, and its p-value at Stephens' λ", () => {
    // Sorted 0.1, 0.4, 0.7 against U(0, 1): (i+1)/n − F = 0.2333, 0.2667, 0.3; F − i/n = 0.1, 0.0667, 0.0333.
    const sample = Float64Array.of(0.7, 0.1, 0.4);
    const r = ksTest(sample, uniformCdf);
    expect(close(r.statistic, 0.3, TOL.exact)).toBe(true);
    expect(r.n).toBe(3);
    expect(Array.from(sample)).toEqual([0.1, 0.4, 0.7]); // sorted in place, as documented
    const lambda = (Math.sqrt(3) + 0.12 + 0.11 / Math.sqrt(3)) * 0.3;
    expect(close(r.pValue, kolmogorovDual(lambda), TOL.special)).toBe(true);
    // The statistic can come from the F − i/n side: 0.9, 0.95 against U(0, 1) gives max(0.9 − 0, 0.95 − 0.5) = 0.9.
    expect(close(ksTest(Float64Array.of(0.95, 0.9), uniformCdf).statistic, 0.9, TOL.exact)).toBe(true);
    // The F − i/n side at i ≥ 1: 0.1, 0.9, 0.95 gives 0.9 − 1/3 at i = 1.
    expect(close(ksTest(Float64Array.of(0.95, 0.1, 0.9), uniformCdf).statistic, 0.9 - 1 / 3, TOL.exact)).toBe(true);
    // One point: D = max(1 − F, F).
    const one = ksTest(Float64Array.of(0.3), uniformCdf);
    expect(close(one.statistic, 0.7, TOL.exact)).toBe(true);
    expect(one.n).toBe(1);
    // A sample right on the uniform grid (i + ½)/n has D = 1/(2n).
    expect(
      close(
        ksTest(
          Float64Array.from({ length: 10 }, (_, i) => (i + 0.5) / 10),
          uniformCdf,
        ).statistic,
        0.05,
        TOL.exact,
      ),
    ).toBe(true);
  });

  test("an empty sample is a typed error", () => {
    expectInputError(() => ksTest(new Float64Array(0), uniformCdf), "sample");
  });
});

describe("Pearson χ² test", () => {
  test("a perfect fit has χ² = 0 and p = 1; a worked case with 2 degrees of freedom has p = e^{−χ²/2}", () => {
    const perfect = chiSquareTest([10, 20, 30, 40], [0.1, 0.2, 0.3, 0.4]);
    expect(perfect).toEqual({ statistic: 0, pValue: 1, n: 100 });
    // expected 25, 25, 50: χ² = 25/25 + 25/25 + 0 = 2, df = 2.
    const r = chiSquareTest([30, 20, 50], [0.25, 0.25, 0.5]);
    expect(close(r.statistic, 2, TOL.exact)).toBe(true);
    expect(close(r.pValue, chi2Tail(2, 2), TOL.special)).toBe(true);
    expect(r.n).toBe(100);
  });

  test("cells with expected count below 5 are pooled into one cell; a count of exactly 5 is not", () => {
    // expected 1, 2, 97: the first two pool to O = 6, E = 3 → (6 − 3)²/3 = 3, plus (94 − 97)²/97; 2 cells, df = 1.
    const pooled = chiSquareTest([3, 3, 94], [0.01, 0.02, 0.97]);
    const chi = 3 + 9 / 97;
    expect(close(pooled.statistic, chi, TOL.exact)).toBe(true);
    expect(close(pooled.pValue, chi2Tail(chi, 1), TOL.special)).toBe(true);
    // expected 5, 5, 90 are three cells of their own: (7 − 5)²/5 + (3 − 5)²/5 = 1.6 with df = 2 (pooled, the two would cancel).
    const kept = chiSquareTest([7, 3, 90], [0.05, 0.05, 0.9]);
    expect(close(kept.statistic, 1.6, TOL.exact)).toBe(true);
    expect(close(kept.pValue, chi2Tail(1.6, 2), TOL.special)).toBe(true);
    // four cells, none pooled, df = 3: expected 10, 20, 30, 40 against 14, 16, 30, 40: 16/10 + 16/20 = 2.4.
    const four = chiSquareTest([14, 16, 30, 40], [0.1, 0.2, 0.3, 0.4]);
    expect(close(four.statistic, 2.4, TOL.exact)).toBe(true);
    expect(close(four.pValue, chi2Tail(2.4, 3), TOL.special)).toBe(true);
  });

  test("with everything pooled into a single cell there is no degree of freedom: p = 1", () => {
    const r = chiSquareTest([3, 1], [0.5, 0.5]); // expected 2, 2: one pooled cell, χ² = 0
    expect(r).toEqual({ statistic: 0, pValue: 1, n: 4 });
    const one = chiSquareTest([40, 1], [0.9, 0.1]); // expected 36.9 and 4.1: the second pools alone, 2 cells
    expect(close(one.statistic, (40 - 36.9) ** 2 / 36.9 + (1 - 4.1) ** 2 / 4.1, TOL.exact)).toBe(true);
    expect(close(one.pValue, chi2Tail(one.statistic, 1), TOL.special)).toBe(true);
  });

  test("mismatched or too few cells are typed errors", () => {
    expectInputError(() => chiSquareTest([1, 2, 3], [0.5, 0.5]), "observed");
    expectInputError(() => chiSquareTest([10], [1]), "observed");
  });
});
