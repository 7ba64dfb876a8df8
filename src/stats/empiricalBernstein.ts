/**
 * Empirical-Bernstein confidence bounds for the mean of a bounded variable (Maurer & Pontil 2009,
 * "Empirical Bernstein Bounds and Sample Variance Penalization", COLT, Theorem 4): for i.i.d.
 * X_1, …, X_n ∈ [lo, hi], n ≥ 2, R = hi − lo and V the unbiased sample variance, with probability
 * ≥ 1 − α
 *   E X ≤ X̄ + √(2·V·ln(2/α)/n) + 7·R·ln(2/α)/(3(n − 1)),
 * and the mirror image bounds E X from below. Valid for every law on [lo, hi] (no variance or shape
 * assumption), close to the Bernstein bound when V ≪ R². A value outside the declared range is an
 * input error: the bound would be silently wrong.
 */
import { InputError } from "../core/errors.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";

interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/** Mean and unbiased variance by Welford's recurrence (stable for long samples). */
export function sampleMoments(xs: ArrayLike<number>): Moments {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = xs[i] - mean;
    mean += d / (i + 1);
    m2 += d * (xs[i] - mean);
  }
  return { n: xs.length, mean, variance: xs.length > 1 ? m2 / (xs.length - 1) : 0 };
}

function radius(m: Moments, range: number, alpha: number): number {
  const log = Math.log(2 / alpha);
  return Math.sqrt((2 * m.variance * log) / m.n) + (7 * range * log) / (3 * (m.n - 1));
}

/** Welford's running mean and variance, for bounds recomputed at many looks without re-reading the sample. */
export class RunningMoments {
  n = 0;
  mean = 0;
  private m2 = 0;
  push(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }
}

/**
 * The two empirical-Bernstein bounds from running moments of a sample known to lie in [lo, hi] (the
 * caller checks every value; n ≥ 2): the same bounds as `empiricalBernsteinUpper/Lower`.
 */
export function empiricalBernsteinFromMoments(
  m: { n: number; mean: number; variance: number },
  lo: number,
  hi: number,
  alpha: number,
): { lower: number; upper: number } {
  requireInteger("n", m.n, 2);
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  const r = radius(m, hi - lo, alpha);
  return { lower: Math.max(lo, m.mean - r), upper: Math.min(hi, m.mean + r) };
}

function checkSample(xs: ArrayLike<number>, lo: number, hi: number, alpha: number): void {
  requireInteger("n", xs.length, 2);
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  if (!(hi >= lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) throw new InputError("range", [lo, hi], "finite lo ≤ hi");
  for (let i = 0; i < xs.length; i++) {
    if (!(xs[i] >= lo && xs[i] <= hi)) throw new InputError(`sample[${i}]`, xs[i], `a value in the declared range [${lo}, ${hi}]`);
  }
}

/** Upper confidence bound on E X at level 1 − α, for a sample in [lo, hi]. */
export function empiricalBernsteinUpper(xs: ArrayLike<number>, lo: number, hi: number, alpha: number): number {
  checkSample(xs, lo, hi, alpha);
  const m = sampleMoments(xs);
  return Math.min(hi, m.mean + radius(m, hi - lo, alpha));
}

/** Lower confidence bound on E X at level 1 − α, for a sample in [lo, hi]. */
export function empiricalBernsteinLower(xs: ArrayLike<number>, lo: number, hi: number, alpha: number): number {
  checkSample(xs, lo, hi, alpha);
  const m = sampleMoments(xs);
  return Math.max(lo, m.mean - radius(m, hi - lo, alpha));
}
