/**
 * The exact (Clopper–Pearson, 1934) confidence bounds for a binomial proportion: the one-sided
 * upper bound U with P_U(K ≤ k) = α, the one-sided lower bound L with P_L(K ≥ k) = α, and the
 * two-sided interval [L(α/2), U(α/2)]. Coverage is at least the nominal level for every p and n.
 */
import { betaIncInv } from "../core/special/incompleteBeta.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  /** Coverage probability the interval is guaranteed to have (at least). */
  readonly confidence: number;
}

function check(k: number, n: number, alpha: number): void {
  requireInteger("n", n, 1);
  requireInteger("k", k, 0, n);
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
}

/** One-sided upper bound: P(p ≤ U) ≥ 1 − α. */
export function clopperPearsonUpper(k: number, n: number, alpha: number): number {
  check(k, n, alpha);
  return k === n ? 1 : betaIncInv(1 - alpha, k + 1, n - k);
}

/** One-sided lower bound: P(p ≥ L) ≥ 1 − α. */
export function clopperPearsonLower(k: number, n: number, alpha: number): number {
  check(k, n, alpha);
  return k === 0 ? 0 : betaIncInv(alpha, k, n - k + 1);
}

/** Two-sided interval at confidence 1 − α (α/2 in each tail). */
export function clopperPearson(k: number, n: number, alpha = 0.05): Interval {
  check(k, n, alpha);
  return { lo: clopperPearsonLower(k, n, alpha / 2), hi: clopperPearsonUpper(k, n, alpha / 2), confidence: 1 - alpha };
}
