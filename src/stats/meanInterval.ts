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
import { betaIncInv, betaIncInvComplement } from "../core/special/incompleteBeta.ts";
import { normalQuantile } from "../core/special/normalQuantile.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";

/**
 * Above this many degrees of freedom the quantile is Hill's expansion around the normal quantile (A&S 26.7.5, four
 * terms in 1/ν), within 4e-13 relative even at p = 1e-300 (|z| ≈ 37), while the incomplete beta with a = ν/2 > 5·10⁴
 * loses digits (at ν = 10¹⁵ it gave t(0.975) = 1.971 for 1.960).
 */
const NU_EXPANSION = 1e5;

/** The p-quantile of Student's t with ν > 0 degrees of freedom (p ∈ (0, 1); ν = ∞ is the normal quantile). */
export function studentTQuantile(p: number, nu: number): number {
  requireInRange("p", p, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("nu", nu, 0, Infinity, { loOpen: true });
  if (p === 0.5) return 0; // +0 (the expansion would give −0)
  const tail = Math.min(p, 1 - p); // exact: 1 − p for p ≥ ½ (Sterbenz)
  // Stryker disable next-line EqualityOperator: at ν = NU_EXPANSION both methods are within 1e-13 relative of the quantile (and of each other)
  const t = nu >= NU_EXPANSION ? hillQuantile(tail, nu) : betaQuantile(tail, nu);
  // Stryker disable next-line EqualityOperator: p = 0.5 has returned 0 above, so p < 0.5 and p <= 0.5 agree
  return p < 0.5 ? -t : t;
}

/**
 * The t > 0 with P(T ≤ −t) = tail (ν ≥ NU_EXPANSION): Hill's expansion in 1/ν around the normal quantile z (A&S
 * 26.7.5), keeping the terms that matter at ν ≥ 10⁵: left out are g3's 17z² − 15 and g4's 776z⁶ + 1482z⁴ − 1920z² −
 * 945 (each under 7e-14 relative for ν ≥ 10⁵ at any |z| ≤ 37.5, i.e. p ≥ 1e-300) and the terms from g5 on. The
 * truncation error, measured against 80-digit roots of the t CDF, is 3.1e-13 relative at p = 1e-300, ν = 10⁵, 2.8e-14
 * at p = 1e-100 and below 2e-15 for p ≥ 1e-10: inside the stated accuracy BETA_INC_RTOL = 1e-12.
 */
function hillQuantile(tail: number, nu: number): number {
  const z = -normalQuantile(tail);
  const z2 = z * z;
  const g1 = (z2 + 1) / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) / 96;
  const g3 = ((3 * z2 + 19) * z2 * z2) / 384;
  const g4 = (79 * z2 * z2 * z2 * z2) / 92160;
  return z * (1 + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu);
}

/**
 * The t > 0 with P(T ≤ −t) = ½·I_x(ν/2, ½) = tail, x = ν/(ν + t²). y = 1 − x = t²/(ν + t²) solves 1 − I_y(½, ν/2) =
 * 2·tail (the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)), found without forming 1 − 2·tail; t comes from the smaller of
 * x and y: near the centre x → 1 and 1 − x would cancel, in a heavy tail y → 1 and 1 − y would.
 */
function betaQuantile(tail: number, nu: number): number {
  const y = betaIncInvComplement(2 * tail, 0.5, nu / 2);
  // Stryker disable next-line EqualityOperator: at y = ½ both forms are exact to an ulp (x = y = ½)
  if (y <= 0.5) return Math.sqrt((nu * y) / (1 - y));
  const x = betaIncInv(2 * tail, nu / 2, 0.5);
  return Math.sqrt((nu * (1 - x)) / x);
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
