/**
 * Exact binomial tail probabilities through the regularised incomplete beta function:
 * P(K ≤ k) = I_{1−p}(n − k, k + 1) and P(K ≥ k) = I_p(k, n − k + 1), each computed directly so that
 * small tails keep their relative accuracy.
 */
import { betaInc } from "../core/special/incompleteBeta.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";

function check(k: number, n: number, p: number): void {
  requireInteger("n", n, 0);
  requireInRange("p", p, 0, 1);
  if (!Number.isInteger(k)) requireInteger("k", k);
}

/** P(K ≤ k) for K ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  check(k, n, p);
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return betaInc(1 - p, n - k, k + 1);
}

/** P(K ≥ k) for K ~ Binomial(n, p). */
export function binomialSf(k: number, n: number, p: number): number {
  check(k, n, p);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return betaInc(p, k, n - k + 1);
}
