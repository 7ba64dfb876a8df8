/**
 * What early stopping buys: the sequential rate test of `sequentialRateTest.ts` (exact binomial tests at a
 * geometric grid of looks, α split over the looks) against the fixed-sample design that a test of the same α and
 * the same power would need. The comparison is made at a stated alternative p₁, a failure rate off from the
 * target δ by a factor 2 in the direction the test decided:
 *   certified or undecided:  p₁ = δ/2            (the design must certify "p ≤ δ");
 *   refuted:                 p₁ = min(2δ, (1+δ)/2) (the design must refute it).
 * The sequential design's power at p₁ is P_{p₁}(it reaches that decision at some look), computed exactly by
 * propagating the distribution of the failure count through the looks (the certify and refute regions at look j
 * are k ≤ c_j and k ≥ r_j, found once per design by bisection on the exact tails). The fixed-sample design is
 * one exact one-sided binomial test after n trials at level α — the whole α, with nothing spent on looks — and n
 * is the least whose power at p₁ reaches the sequential design's (bisection over n; the power of a discrete test
 * is saw-toothed in n, so the n found may exceed the least by a few trials). Where the sequential design's power
 * at p₁ is below 1/2, it was not built to decide there (its budget is too small for that δ), and no comparison
 * is made.
 */
import { BETA_INC_RTOL } from "../core/tolerance.ts";
import { binomialCdf, binomialSf } from "./binomial.ts";
import { decideRate, type RateDecision, type SequentialDesign } from "./sequentialRateTest.ts";

/** Below this power at p₁ the sequential design was not built to decide there: no comparison. */
export const LEAST_COMPARABLE_POWER = 0.5;
/** Powers above this count as certainty: matching 1 − 1e-13 exactly would only inflate the fixed n. */
const MOST_POWER = 1 - 1e-9;
/** Mass below this is dropped from the edges of the failure-count distribution (it cannot move a power that is compared at 1e-9). */
const NEGLIGIBLE_MASS = 1e-18;

export interface FixedSampleComparison {
  /** The alternative p₁ and the decision the designs must reach there. */
  readonly alternative: number;
  readonly side: "certify" | "refute";
  /** Power of the sequential design at p₁. */
  readonly sequentialPower: number;
  /** Expected trials of the sequential design at p₁. */
  readonly sequentialExpectedTrials: number;
  /** Trials of the fixed-sample design of the same α and at least that power at p₁; undefined when not comparable. */
  readonly fixedTrials?: number;
}

/** The alternative p₁ of a test that reached `decision` on target δ. */
export function alternativeFor(delta: number, decision: RateDecision): { p: number; side: "certify" | "refute" } {
  return decision === "refuted" ? { p: Math.min(2 * delta, (1 + delta) / 2), side: "refute" } : { p: delta / 2, side: "certify" };
}

/** The largest k in [−1, n] with pred(k) true, for pred true on a prefix. */
function lastTrue(n: number, pred: (k: number) => boolean): number {
  let lo = -1;
  let hi = n + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** certify iff k ≤ certifyAt, refute iff k ≥ refuteAt, at n trials and δ, spending `alphaLook` (as decideRate). */
function thresholds(n: number, delta: number, alphaLook: number): { certifyAt: number; refuteAt: number } {
  const certifyAt = lastTrue(n, (k) => decideRate(k, n, delta, alphaLook) === "certified");
  const refuteAt = lastTrue(n, (k) => decideRate(k, n, delta, alphaLook) !== "refuted") + 1; // lastTrue asks only k ∈ [0, n]
  return { certifyAt, refuteAt };
}

/** P_p(certify), P_p(refute) and E_p[trials] of a sequential design, exactly (up to NEGLIGIBLE_MASS at the edges). */
export function sequentialPower(design: SequentialDesign, p: number): { certify: number; refute: number; expectedTrials: number } {
  const nMax = design.looks[design.looks.length - 1];
  const dist = new Float64Array(nMax + 2);
  dist[0] = 1;
  let lo = 0;
  let hi = 0; // mass lives in dist[lo..hi]
  let n = 0;
  let certify = 0;
  let refute = 0;
  let expected = 0;
  for (const look of design.looks) {
    for (; n < look; n++) {
      for (let k = hi; k >= lo; k--) {
        const m = dist[k];
        dist[k + 1] += m * p;
        dist[k] = m * (1 - p);
      }
      hi++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: drops (or keeps) only cells below NEGLIGIBLE_MASS = 1e-18, which moves the powers by less than TRIMMED_POWER_ATOL = 1e-12 (tolerance.ts), their stated accuracy; the trimming buys speed
      while (lo < hi && dist[lo] < NEGLIGIBLE_MASS) dist[lo++] = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: drops (or keeps) only cells below NEGLIGIBLE_MASS = 1e-18, which moves the powers by less than TRIMMED_POWER_ATOL = 1e-12 (tolerance.ts), their stated accuracy; the trimming buys speed
      while (hi > lo && dist[hi] < NEGLIGIBLE_MASS) dist[hi--] = 0;
    }
    const { certifyAt, refuteAt } = thresholds(look, design.delta, design.alphaPerLook);
    let stopped = 0;
    for (let k = lo; k <= Math.min(hi, certifyAt); k++) {
      certify += dist[k];
      stopped += dist[k];
      dist[k] = 0;
    }
    for (let k = Math.max(lo, refuteAt); k <= hi; k++) {
      refute += dist[k];
      stopped += dist[k];
      dist[k] = 0;
    }
    expected += stopped * look;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: skips absorbed cells (exact zeros) for speed; the trimming at the next step skips them anyway, so the values are the same
    while (lo < hi && dist[lo] === 0) lo++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: skips absorbed cells (exact zeros) for speed; left in, the next step's trimming removes them and at most one cell below NEGLIGIBLE_MASS (within TRIMMED_POWER_ATOL)
    while (hi > lo && dist[hi] === 0) hi--;
  }
  // Paths still undecided stop at nMax.
  expected += Math.max(0, 1 - certify - refute) * nMax;
  return { certify, refute, expectedTrials: expected };
}

/** Power at p of the fixed-sample exact test after n trials at level α (the same inward rounding as decideRate). */
function fixedPower(n: number, delta: number, alpha: number, p: number, side: "certify" | "refute"): number {
  const level = alpha * (1 - 2 * BETA_INC_RTOL);
  if (side === "certify") {
    const c = lastTrue(n, (k) => binomialCdf(k, n, delta) <= level);
    return binomialCdf(c, n, p); // c = −1 (no k certifies): P(K ≤ −1) = 0
  }
  const r = lastTrue(n, (k) => binomialSf(k, n, delta) > level) + 1; // lastTrue asks only k ∈ [0, n]
  return binomialSf(r, n, p); // r = n + 1 (no k refutes): P(K ≥ n + 1) = 0
}

/** The least n (by bisection) whose fixed-sample power at p reaches `power`; undefined when none ≤ cap does. */
export function fixedSampleSize(delta: number, alpha: number, p: number, side: "certify" | "refute", power: number, cap: number): number | undefined {
  const enough = (n: number) => fixedPower(n, delta, alpha, p, side) >= power;
  let hi = 1;
  while (!enough(hi)) {
    if (hi >= cap) return undefined;
    hi = Math.min(cap, hi * 2);
  }
  let lo = Math.floor(hi / 2); // not enough at lo (or lo = 0)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

const memo = new Map<string, FixedSampleComparison>();

/** The comparison for one sequential test that reached `decision` (memoised per design and decision). */
export function compareWithFixedSample(design: SequentialDesign, decision: RateDecision): FixedSampleComparison {
  const key = `${design.delta}|${design.alpha}|${design.looks.join(",")}|${decision}`;
  const known = memo.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing gives a result with the same fields (for a design of sequentialDesign the key fixes it), only slower
  if (known) return known;
  const { p, side } = alternativeFor(design.delta, decision);
  const power = sequentialPower(design, p);
  const sequentialPowerAtP = side === "certify" ? power.certify : power.refute;
  const nMax = design.looks[design.looks.length - 1];
  const fixedTrials =
    sequentialPowerAtP >= LEAST_COMPARABLE_POWER
      ? fixedSampleSize(design.delta, design.alpha, p, side, Math.min(sequentialPowerAtP, MOST_POWER), 64 * nMax)
      : undefined;
  const result: FixedSampleComparison = {
    alternative: p,
    side,
    sequentialPower: sequentialPowerAtP,
    sequentialExpectedTrials: power.expectedTrials,
    fixedTrials,
  };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the cache's memory; clearing it sooner, later or never changes no result, only speed
  if (memo.size > 10_000) memo.clear();
  memo.set(key, result);
  return result;
}
