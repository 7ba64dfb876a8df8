/**
 * erf, erfc and the standard normal CDF / survival function, through the regularised incomplete
 * gamma function: erfc(x) = Q(½, x²) for x ≥ 0. The tail is computed directly (no 1 − Φ), so
 * Φ̄(t) keeps full relative accuracy far into the tail.
 */
import { gammaP, gammaQ } from "./incompleteGamma.ts";

export function erf(x: number): number {
  if (x === 0) return x;
  const v = gammaP(0.5, x * x);
  return x < 0 ? -v : v;
}

export function erfc(x: number): number {
  if (x < 0) return 1 + gammaP(0.5, x * x);
  return gammaQ(0.5, x * x);
}

/** P(Z > t) for Z ~ N(0, 1). */
export function normalSf(t: number): number {
  return 0.5 * erfc(t / Math.SQRT2);
}

/** P(Z ≤ t) for Z ~ N(0, 1). */
export function normalCdf(t: number): number {
  return 0.5 * erfc(-t / Math.SQRT2);
}
