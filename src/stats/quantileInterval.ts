/**
 * Distribution-free confidence bounds for a quantile ξ_q from order statistics (e.g. David &
 * Nagaraja, Order Statistics, §7.1): with X_(1) ≤ … ≤ X_(n) and K ~ Binomial(n, q),
 * P(X_(r) ≤ ξ_q) ≥ P(K ≥ r) and P(ξ_q ≤ X_(s)) ≥ P(K ≤ s − 1), for any continuous or discrete law.
 * A rank beyond the sample gives an infinite bound: the sample is too small for that confidence.
 */
import { requireInRange } from "../core/validate.ts";
import { binomialCdf } from "./binomial.ts";
import type { Interval } from "./clopperPearson.ts";

function sortedCopy(sample: ArrayLike<number>): Float64Array {
  const s = Float64Array.from(sample);
  s.sort();
  return s;
}

/** Rank s (1-based) of the one-sided upper bound: least s with P(K ≤ s − 1) ≥ 1 − α; n + 1 if none. */
export function upperRank(n: number, q: number, alpha: number): number {
  for (let s = 1; s <= n; s++) if (binomialCdf(s - 1, n, q) >= 1 - alpha) return s;
  return n + 1;
}

/** Rank r (1-based) of the one-sided lower bound: greatest r with P(K ≥ r) ≥ 1 − α; 0 if none. */
export function lowerRank(n: number, q: number, alpha: number): number {
  for (let r = n; r >= 1; r--) if (1 - binomialCdf(r - 1, n, q) >= 1 - alpha) return r;
  return 0;
}

/** Upper confidence bound for the q-quantile: P(ξ_q ≤ bound) ≥ 1 − α. */
export function quantileUpperBound(sample: ArrayLike<number>, q: number, alpha: number): number {
  requireInRange("q", q, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  const s = sortedCopy(sample);
  const rank = upperRank(s.length, q, alpha);
  return rank > s.length ? Infinity : s[rank - 1];
}

/** Lower confidence bound for the q-quantile: P(bound ≤ ξ_q) ≥ 1 − α (−∞ when the sample is too small). */
export function quantileLowerBound(sample: ArrayLike<number>, q: number, alpha: number): number {
  requireInRange("q", q, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  const s = sortedCopy(sample);
  const rank = lowerRank(s.length, q, alpha);
  return rank === 0 ? -Infinity : s[rank - 1];
}

/** Two-sided interval [X_(r), X_(s)] for the q-quantile at confidence ≥ 1 − α (α/2 per side). */
export function quantileInterval(sample: ArrayLike<number>, q: number, alpha = 0.05): Interval {
  requireInRange("q", q, 0, 1, { loOpen: true, hiOpen: true });
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
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
