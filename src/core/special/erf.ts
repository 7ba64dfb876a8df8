/**
 * erf, erfc and the standard normal CDF / survival function, through the regularised incomplete
 * gamma function: erfc(x) = Q(½, x²) for x ≥ 0. The tail is computed directly (no 1 − Φ), so
 * Φ̄(t) keeps full relative accuracy far into the tail. Near 0, erf is summed from its Maclaurin
 * series (2/√π)Σ(−1)^n x^{2n+1}/(n!(2n+1)) for |x| < ½ (terms fall by ≥ 4× each, the first dominates),
 * since x² underflows below 1e-154 and would make P(½, x²) return 0 instead of 2x/√π.
 */
import { gammaP, gammaQ } from "./incompleteGamma.ts";

const TWO_OVER_SQRT_PI = 1.1283791670955126;
/** Below this |x| the Maclaurin series is used (ratio of successive terms ≤ x² < ¼). */
const SERIES_BELOW = 0.5;

export function erf(x: number): number {
  if (x === 0) return x;
  if (Math.abs(x) < SERIES_BELOW) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 40; n++) {
      term *= -x2 / n;
      const next = sum + term / (2 * n + 1);
      if (next === sum) break;
      sum = next;
    }
    return TWO_OVER_SQRT_PI * sum;
  }
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
