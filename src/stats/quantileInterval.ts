/**
 * Distribution-free confidence bounds for a quantile ξ_q from order statistics (e.g. David &
 * Nagaraja, Order Statistics, §7.1): with X_(1) ≤ … ≤ X_(n) and K ~ Binomial(n, q),
 * P(X_(r) ≤ ξ_q) ≥ P(K ≥ r) and P(ξ_q ≤ X_(s)) ≥ P(K ≤ s − 1), for any continuous or discrete law.
 * A rank beyond the sample gives an infinite bound: the sample is too small for that confidence.
 * The ranks compare the binomial tail that must be small with α moved inward by its error bound
 * (P(K ≥ s) ≤ α(1 − 2·BETA_INC_RTOL), never P(K ≤ s − 1) ≥ 1 − α, which resolves α only to EPS/α), so a
 * rank is never less conservative than the exact one; both tails are monotone in the rank, so the rank
 * is found by bisection (O(log n) tail evaluations).
 */
import { BETA_INC_RTOL } from "../core/tolerance.ts";
import { requireInRange, requireInteger, requireProbabilityOpen } from "../core/validate.ts";
import { binomialCdf, binomialSf } from "./binomial.ts";
import type { Interval } from "./clopperPearson.ts";

function sortedCopy(sample: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(sample);
  s.sort();
  return s;
}

function checkRank(n: number, q: number, alpha: number): void {
  requireInteger("n", n, 0);
  requireInRange("q", q, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
}

/** The least r ∈ [1, n] with holds(r), for a predicate false…false true…true on 1..n; n + 1 if none holds. */
function firstHolding(n: number, holds: (r: number) => boolean): number {
  let lo = 0;
  let hi = n + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Rank s (1-based) of the one-sided upper bound: least s with P(K ≥ s) ≤ α, i.e. P(K ≤ s − 1) ≥ 1 − α; n + 1 if none. */
export function upperRank(n: number, q: number, alpha: number): number {
  checkRank(n, q, alpha);
  const level = alpha * (1 - 2 * BETA_INC_RTOL);
  return firstHolding(n, (s) => binomialSf(s, n, q) <= level); // P(K ≥ s) decreases in s
}

/** Rank r (1-based) of the one-sided lower bound: greatest r with P(K ≤ r − 1) ≤ α, i.e. P(K ≥ r) ≥ 1 − α; 0 if none. */
export function lowerRank(n: number, q: number, alpha: number): number {
  checkRank(n, q, alpha);
  const level = alpha * (1 - 2 * BETA_INC_RTOL);
  return firstHolding(n, (r) => binomialCdf(r - 1, n, q) > level) - 1; // P(K ≤ r − 1) increases in r
}

/** Upper confidence bound for the q-quantile: P(ξ_q ≤ bound) ≥ 1 − α (q and α are checked by upperRank). */
export function quantileUpperBound(sample: ArrayLike<number>, q: number, alpha: number): number {
  const s = sortedCopy(sample);
  const rank = upperRank(s.length, q, alpha);
  return rank > s.length ? Infinity : s[rank - 1];
}

/** Lower confidence bound for the q-quantile: P(bound ≤ ξ_q) ≥ 1 − α, −∞ when the sample is too small (q and α are checked by lowerRank). */
export function quantileLowerBound(sample: ArrayLike<number>, q: number, alpha: number): number {
  const s = sortedCopy(sample);
  const rank = lowerRank(s.length, q, alpha);
  return rank === 0 ? -Infinity : s[rank - 1];
}

/** Two-sided interval [X_(r), X_(s)] for the q-quantile at confidence ≥ 1 − α (α/2 per side). */
export function quantileInterval(sample: ArrayLike<number>, q: number, alpha = 0.05): Interval {
  requireProbabilityOpen("alpha", alpha); // the ranks check q, but see only α/2, which would pass for α up to 2
  const s = sortedCopy(sample);
  const n = s.length;
  const r = lowerRank(n, q, alpha / 2);
  const u = upperRank(n, q, alpha / 2);
  return { lo: r === 0 ? -Infinity : s[r - 1], hi: u > n ? Infinity : s[u - 1], confidence: 1 - alpha };
}

/** The empirical q-quantile X_(⌈nq⌉) (type-1 inverse of the empirical CDF). */
export function empiricalQuantile(sample: ArrayLike<number>, q: number): number {
  requireInRange("q", q, 0, 1);
  const s = sortedCopy(sample);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1];
}
