/**
 * The exact (Clopper–Pearson, 1934) confidence bounds for a binomial proportion: the one-sided
 * upper bound U with P_U(K ≤ k) = α, the one-sided lower bound L with P_L(K ≥ k) = α, and the
 * two-sided interval [L(α/2), U(α/2)]. Coverage is at least the nominal level for every p and n.
 * Each end is solved for its tail itself — P_U(K ≤ k) = 1 − I_U(k + 1, n − k) = α as an upper tail
 * of the beta law, never I_U = 1 − α, which resolves α only to ≈ EPS/α (clopperPearsonUpper(3, 100,
 * 1e-10) came out 0.27527951007 against 0.27527951516) — and rounded outward: the tail is solved for
 * α(1 − 2·BETA_INC_RTOL) and the double on the conservative side of that root is returned, so that
 * P_U(K ≤ k) < α and P_L(K ≥ k) < α hold for the true tails, not only for the computed ones.
 */
import { betaIncSolve } from "../core/special/incompleteBeta.ts";
import { BETA_INC_RTOL } from "../core/tolerance.ts";
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

/** α moved inward by the tails' error bound: a root of the computed tail at this level is a safe end. */
const safeLevel = (alpha: number) => alpha * (1 - 2 * BETA_INC_RTOL);

/** One-sided upper bound: P(p ≤ U) ≥ 1 − α (U is the least double with P_U(K ≤ k) < α for certain). */
export function clopperPearsonUpper(k: number, n: number, alpha: number): number {
  check(k, n, alpha);
  return k === n ? 1 : betaIncSolve(safeLevel(alpha), k + 1, n - k, "upper", "up");
}

/** One-sided lower bound: P(p ≥ L) ≥ 1 − α (L is the greatest double with P_L(K ≥ k) < α for certain). */
export function clopperPearsonLower(k: number, n: number, alpha: number): number {
  check(k, n, alpha);
  return k === 0 ? 0 : betaIncSolve(safeLevel(alpha), k, n - k + 1, "lower", "down");
}

/** Two-sided interval at confidence 1 − α (α/2 in each tail). */
export function clopperPearson(k: number, n: number, alpha = 0.05): Interval {
  check(k, n, alpha);
  return { lo: clopperPearsonLower(k, n, alpha / 2), hi: clopperPearsonUpper(k, n, alpha / 2), confidence: 1 - alpha };
}
