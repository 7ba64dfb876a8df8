/**
 * A sequential test of "failure rate p ≤ δ" that can stop early in either direction: exact
 * one-sided binomial tests at a pre-planned geometric grid of looks n_1 < n_2 < … < n_J = nMax,
 * with α split equally over the looks (Bonferroni). This is an anytime-valid confidence sequence
 * over the look times: by the union bound, for every stopping rule that stops at a look,
 *   P_p(certify "p ≤ δ") ≤ α when p > δ,  and  P_p(refute, i.e. certify "p > δ") ≤ α when p ≤ δ,
 * and the interval [L_j, U_j] reported at the stopping look (Clopper–Pearson, α/J per side) covers
 * p with probability ≥ 1 − 2α simultaneously over all looks.
 *
 * Why this and not Wald's SPRT: the SPRT tests two simple hypotheses (p = δ vs p = p₁) and needs an
 * indifference point p₁ that no claim gives; its error rates for composite hypotheses and its
 * truncated form are approximate. The grid design is exact at every n, needs no p₁, certifies with
 * zero failures as soon as (1 − δ)^n ≤ α/J, and costs only a factor log J in α. Each look compares the
 * computed tail with α/J moved inward by the tail's error bound (BETA_INC_RTOL), so a decision never
 * rests on round-off.
 */
import { BETA_INC_RTOL } from "../core/tolerance.ts";
import { requireInRange, requireInteger, requireProbabilityOpen } from "../core/validate.ts";
import { binomialCdf, binomialSf } from "./binomial.ts";
import { clopperPearsonLower, clopperPearsonUpper, type Interval } from "./clopperPearson.ts";

export type RateDecision = "certified" | "refuted" | "undecided";

export interface SequentialDesign {
  readonly delta: number;
  readonly alpha: number;
  /** Sample sizes at which the test looks, increasing, last = nMax. */
  readonly looks: readonly number[];
  /** α spent at each look (α / J). */
  readonly alphaPerLook: number;
}

/** Ratio between consecutive looks: 1.5 keeps J ≈ 2.5·ln(nMax/nMin) while overshoot stays ≤ 50 %. */
export const LOOK_RATIO = 1.5;

export function sequentialDesign(delta: number, alpha: number, nMax: number, nMin = Math.min(nMax, 10)): SequentialDesign {
  requireProbabilityOpen("delta", delta);
  requireProbabilityOpen("alpha", alpha);
  requireInteger("nMax", nMax, 1);
  requireInteger("nMin", nMin, 1, nMax);
  const looks: number[] = [];
  for (let n = nMin; n < nMax; n = Math.max(n + 1, Math.ceil(n * LOOK_RATIO))) looks.push(n);
  looks.push(nMax);
  return { delta, alpha, looks, alphaPerLook: alpha / looks.length };
}

/** The decision after k failures in n trials at a look that spends `alphaLook`. */
export function decideRate(k: number, n: number, delta: number, alphaLook: number): RateDecision {
  requireInteger("n", n, 1);
  requireInteger("k", k, 0, n);
  requireInRange("alphaLook", alphaLook, 0, 0.5, { loOpen: true, hiOpen: true });
  const level = alphaLook * (1 - 2 * BETA_INC_RTOL);
  if (binomialCdf(k, n, delta) <= level) return "certified";
  if (binomialSf(k, n, delta) <= level) return "refuted";
  return "undecided";
}

/** The interval valid under the design's stopping rule, at the look where the test stopped. */
export function sequentialInterval(k: number, n: number, design: SequentialDesign): Interval {
  return {
    lo: clopperPearsonLower(k, n, design.alphaPerLook),
    hi: clopperPearsonUpper(k, n, design.alphaPerLook),
    confidence: 1 - 2 * design.alpha,
  };
}

/**
 * Probability that the design refutes (certifies p > δ) at some look when the true rate is p —
 * the power against p — computed exactly by propagating the distribution of the failure count
 * through the looks (absorbing the paths that have stopped). O(nMax²) work; for tests and reports.
 */
export function refutationProbability(design: SequentialDesign, p: number): { refute: number; certify: number } {
  requireInRange("p", p, 0, 1);
  const nMax = design.looks[design.looks.length - 1];
  let dist = new Float64Array(nMax + 1);
  dist[0] = 1;
  let n = 0;
  let refute = 0;
  let certify = 0;
  for (const look of design.looks) {
    for (; n < look; n++) {
      const next = new Float64Array(nMax + 1);
      for (let k = 0; k <= n; k++) {
        const m = dist[k];
        if (m === 0) continue;
        next[k] += m * (1 - p);
        next[k + 1] += m * p;
      }
      dist = next;
    }
    for (let k = 0; k <= look; k++) {
      if (dist[k] === 0) continue;
      const d = decideRate(k, look, design.delta, design.alphaPerLook);
      if (d === "refuted") refute += dist[k];
      else if (d === "certified") certify += dist[k];
      else continue;
      dist[k] = 0;
    }
  }
  return { refute, certify };
}
