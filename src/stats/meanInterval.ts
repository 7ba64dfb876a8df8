/**
 * Student-t confidence interval for a mean from n independent repeats:
 *   x̄ ± t_{1−α/2, n−1}·s/√n,   s² = Σ(x_i − x̄)²/(n − 1),
 * with the t quantile from the regularised incomplete beta function,
 *   P(|T_ν| ≤ t) = 1 − I_{ν/(ν+t²)}(ν/2, ½)   (Abramowitz & Stegun 26.7.1).
 * Its coverage is exactly 1 − α for normal samples and approximately so otherwise (the central limit
 * theorem; heavy-tailed repeats make it optimistic — experiments report medians beside it). Also the
 * interval of a paired difference, which is the interval of the mean of the differences.
 */
import { InputError } from "../core/errors.ts";
import { betaIncInv } from "../core/special/incompleteBeta.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";

/** The p-quantile of Student's t with ν > 0 degrees of freedom (p ∈ (0, 1)). */
export function studentTQuantile(p: number, nu: number): number {
  requireInRange("p", p, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("nu", nu, 0, Infinity, { loOpen: true });
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p);
  // P(T ≤ −t) = ½·I_{ν/(ν+t²)}(ν/2, ½), so ν/(ν+t²) = I⁻¹(2·tail).
  const x = betaIncInv(2 * tail, nu / 2, 0.5);
  const t = Math.sqrt((nu * (1 - x)) / x);
  return p < 0.5 ? -t : t;
}

/** A mean with its Student-t confidence interval. */
export interface MeanInterval {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 in the denominator); 0 when n = 1. */
  readonly sd: number;
  readonly lo: number;
  readonly hi: number;
  /** Nominal coverage 1 − α (exact under normality). */
  readonly confidence: number;
}

/** The two-sided (1 − α) Student-t interval of the mean of `sample` (n ≥ 2, finite values). */
export function meanInterval(sample: ArrayLike<number>, alpha = 0.05): MeanInterval {
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  const n = requireInteger("sample.length", sample.length, 2);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(sample[i])) throw new InputError(`sample[${i}]`, sample[i], "a finite number");
    mean += (sample[i] - mean) / (i + 1);
  }
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sample[i] - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const half = studentTQuantile(1 - alpha / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, lo: mean - half, hi: mean + half, confidence: 1 - alpha };
}

/** The interval of the mean of a − b over paired repeats (a[i] and b[i] share repeat i). */
export function pairedDifferenceInterval(a: ArrayLike<number>, b: ArrayLike<number>, alpha = 0.05): MeanInterval {
  if (a.length !== b.length) throw new InputError("b", `length ${b.length}`, `length ${a.length} (paired repeats)`);
  return meanInterval(
    Array.from(a, (v, i) => v - b[i]),
    alpha,
  );
}
