/**
 * Goodness-of-fit tests of a sample against a declared law (the check that each sampler draws from
 * the distribution it declares; issue 4):
 *   Kolmogorov–Smirnov: D = sup_x |F_n(x) − F(x)| for a continuous F; p-value from the asymptotic
 *     Kolmogorov distribution Q(λ) = 2Σ_{k≥1}(−1)^{k−1}e^{−2k²λ²} at λ = (√n + 0.12 + 0.11/√n)·D
 *     (Stephens 1970; Numerical Recipes §14.3.3) — asymptotic, accurate to a few per cent of p for
 *     n ≥ 35 and far better at the n ≥ 10³ the tests use;
 *   Pearson χ² over the atoms of a discrete law (cells with expected count < 5 pooled into one):
 *     p = Q((k−1)/2, χ²/2), the asymptotic χ²_{k−1} tail.
 */
import { InputError } from "../core/errors.ts";
import { gammaQ } from "../core/special/incompleteGamma.ts";

/** A goodness-of-fit test's statistic and p-value. */
export interface GofResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly n: number;
}

/** Kolmogorov's asymptotic tail Q(λ) = P(√n·D_n > λ) as n → ∞. */
export function kolmogorovSf(lambda: number): number {
  // Below λ = 0.2, 1 − Q(λ) < 5.1e-13 (the dual series' first term (√(2π)/λ)e^{−π²/(8λ²)}) and the series below
  // converges slowly: Q is returned as 1.
  if (lambda < 0.2) return 1;
  let s = 0;
  // Stryker disable next-line EqualityOperator: a guard; for λ ≥ 0.2 the break below ends the loop by k ≈ 23 (at large λ every term underflows to 0 and the sum stays 0)
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * lambda * lambda);
    s += k % 2 === 1 ? term : -term;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: an early exit once the terms are below 1e-17 of the sum; the rest moves 2s by less than an ulp
    if (term < 1e-17 * s) break;
  }
  return Math.min(1, Math.max(0, 2 * s));
}

/** One-sample KS test of `sample` (sorted in place) against the continuous cdf. */
export function ksTest(sample: Float64Array, cdf: (x: number) => number): GofResult {
  const n = sample.length;
  if (n < 1) throw new InputError("sample", sample, "a non-empty sample");
  sample.sort();
  let D = 0;
  for (let i = 0; i < n; i++) {
    const F = cdf(sample[i]);
    D = Math.max(D, (i + 1) / n - F, F - i / n);
  }
  const sq = Math.sqrt(n);
  return { statistic: D, pValue: kolmogorovSf((sq + 0.12 + 0.11 / sq) * D), n };
}

/** Pearson χ² test of observed counts against expected probabilities (summing to 1). */
export function chiSquareTest(observed: readonly number[], probs: readonly number[]): GofResult {
  if (observed.length !== probs.length || observed.length < 2) throw new InputError("observed", observed, "counts, one per cell of probs (≥ 2 cells)");
  const n = observed.reduce((a, b) => a + b, 0);
  let chi = 0;
  let cells = 0;
  let poolO = 0;
  let poolE = 0;
  for (let j = 0; j < probs.length; j++) {
    const e = n * probs[j];
    if (e < 5) {
      poolO += observed[j];
      poolE += e;
      continue;
    }
    chi += (observed[j] - e) ** 2 / e;
    cells++;
  }
  if (poolE > 0) {
    chi += (poolO - poolE) ** 2 / poolE;
    cells++;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: cells = 1 only when every cell is pooled, and then χ² = 0 and Q(0, 0) = 1 as well
  return { statistic: chi, pValue: cells > 1 ? gammaQ((cells - 1) / 2, chi / 2) : 1, n };
}
