/**
 * Runs behind the seed's complexity claims (seed §4.1, "Optimal tuning" and (5); seedfinal/complexity-*):
 * what a real run of minibatch-SignSGD with the seed's prescribed γ and B needs to reach ε, measured
 * the way the theorem speaks of accuracy — the first T at which the running mean
 *   (1/T)Σ_{k=1}^{T}‖∇f(x^k)‖₁ ≤ ε
 * (a run stopped there and output with the seed's rule "a uniformly random point" meets ε in expectation).
 * The test function is f = Σcosh x_i ((L0, L1) = (1, 1)), whose x¹ is set from a target ‖∇f(x¹)‖₁ or a
 * target Δ₁ = f(x¹) − f*. The run stops at the seed's own prescribed T at the latest: a run that has not
 * reached ε by then is a failure of the prescription, reported as an error naming ε and T, never
 * truncated into a cost. Also the batch the proof's noise term needs: the least B for which the
 * Monte-Carlo estimate of sup_g 2|g|·P(sign(g + ξ̄_B) ≠ sign g), with ξ̄_B drawn by the law's exact
 * batch mean, stays under a budget (the seed bounds it by 8‖σ⃗‖₁/B^{(κ−1)/κ} through Markov and the
 * batching lemma).
 */
import {
  BATCH_SEARCH_RTOL,
  FLOAT,
  coshSum,
  gaussian,
  gradientOracle,
  seedMinibatchTuningIn,
  seedRegimeThresholdIn,
  sigmaKappa,
  signSgd,
  streamFor,
  symmetricStable,
  type NoiseLaw,
  type SeedRegime,
  type SeedTuning,
  type Stream,
} from "signcheck";

/** (L0, L1) of Σcosh x_i (src/functions/coshSum.ts: valid, and the least L1). */
export const COSH_L0 = 1;
export const COSH_L1 = 1;

/** The regime threshold 8·L0/(L1·√d) of the seed's tuning for Σcosh. */
export const coshThreshold = (d: number): number => seedRegimeThresholdIn(FLOAT, { L0: COSH_L0, L1: COSH_L1, d, c: 1 });

/** Per-coordinate shares of a target, so that x¹ is not a multiple of (1, …, 1); the first d are used. */
export const SHARES_MAX_D = 16;

function normalisedShares(shares: readonly number[], d: number): number[] {
  const w = shares.slice(0, d);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / total);
}

/** x¹ with ‖∇f(x¹)‖₁ = G for f = Σcosh: |sinh x_i| = G·w_i. */
export function startForGradient(G: number, shares: readonly number[], d: number): Float64Array {
  return Float64Array.from(normalisedShares(shares, d), (w, i) => (i % 2 === 0 ? 1 : -1) * Math.asinh(G * w));
}

/** x¹ with f(x¹) − f* = Δ₁ for f = Σcosh: cosh x_i − 1 = Δ₁·w_i. */
export function startForGap(Delta1: number, shares: readonly number[], d: number): Float64Array {
  // acosh(1 + t) = log1p(t + √(t(t + 2))): no cancellation for small t.
  return Float64Array.from(normalisedShares(shares, d), (w, i) => (i % 2 === 0 ? 1 : -1) * Math.log1p(Delta1 * w + Math.sqrt(Delta1 * w * (Delta1 * w + 2))));
}

/** Δ₁ = Σ(cosh x_i − 1) = Σ 2 sinh²(x_i/2), without cancellation. */
export function coshGap(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += 2 * Math.sinh(x[i] / 2) ** 2;
  return s;
}

export interface ReachRun {
  /** Iterations T until the running mean of ‖∇f(x^k)‖₁ first reached ε. */
  readonly iterations: number;
  /** Oracle calls spent: B per iteration. */
  readonly calls: number;
  readonly tuning: SeedTuning;
}

export interface ReachSpec {
  readonly x0: Float64Array;
  readonly epsilon: number;
  readonly delta: number;
  readonly regime: SeedRegime;
  /** The noise: none (σ⃗ = 0) or a law with its per-coordinate scale and κ. */
  readonly noise?: { readonly law: NoiseLaw; readonly scale: number; readonly kappa: number };
}

/** The seed's prescription (γ, B, T) for Σcosh at x¹, in the stated regime (an error if ε lies in the other one). */
export function coshTuning({ x0, epsilon, delta, regime, noise }: ReachSpec): SeedTuning {
  const d = x0.length;
  const kappa = noise?.kappa ?? 2;
  const sigma1 = noise ? d * sigmaKappa(noise.law, noise.scale, kappa) : 0;
  const threshold = coshThreshold(d);
  const inRegime = regime === "L1" ? epsilon >= threshold : epsilon < threshold;
  if (!inRegime) throw new Error(`ε = ${epsilon} is not in the ${regime} regime at d = ${d} (threshold 8L0/(L1√d) = ${threshold})`);
  const params = { L0: COSH_L0, L1: COSH_L1, d, Delta1: coshGap(x0), sigma1, kappa, epsilon, c: 1, ell: -Math.log(delta) };
  return seedMinibatchTuningIn(FLOAT, params, regime);
}

/**
 * Minibatch-SignSGD from x¹ with the seed's (γ, B) until the running mean of ‖∇f(x^k)‖₁ is ≤ ε; at most
 * the prescribed T iterations (a run that needs more throws: the prescription failed).
 */
export function reachEpsilon(spec: ReachSpec, stream: Stream): ReachRun {
  const tuning = coshTuning(spec);
  const d = spec.x0.length;
  const f = coshSum(d);
  const oracle = spec.noise
    ? gradientOracle({ fn: f, noise: spec.noise.law, scale: spec.noise.scale, batch: tuning.B })
    : gradientOracle({ fn: f, noise: gaussian(), scale: 0 }); // σ⃗ = 0: g = ∇f exactly
  const state = signSgd.init(spec.x0, { gamma: tuning.gamma }, stream);
  const grad = new Float64Array(d);
  let sum = 0;
  for (let k = 1; k <= tuning.T; k++) {
    f.gradient(state.x, grad);
    let n1 = 0;
    for (let i = 0; i < d; i++) n1 += Math.abs(grad[i]);
    if (!(n1 < Infinity)) throw new Error(`SignSGD diverged at k = ${k} (ε = ${spec.epsilon}, γ = ${tuning.gamma})`);
    sum += n1;
    if (sum <= spec.epsilon * k) return { iterations: k, calls: k * tuning.B, tuning };
    signSgd.step(state, oracle, grad);
  }
  throw new Error(
    `the running mean of ‖∇f(x^k)‖₁ did not reach ε = ${spec.epsilon} within the prescribed T = ${tuning.T} (γ = ${tuning.gamma}, B = ${tuning.B})`,
  );
}

/**
 * A deterministic cost (σ⃗ = 0) is the same at every replicate: computed once per (instance, size). A
 * cache of a pure function, bounded; it never changes a result, only how often it is computed.
 */
export function memoised<I>(cost: (instance: I, n: number) => number): (instance: I, n: number) => number {
  const cache = new Map<string, number>();
  return (instance, n) => {
    const key = `${JSON.stringify(instance)}|${n}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = cost(instance, n);
    if (cache.size >= 4096) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** The laws with an exact batch mean the batch claims use: N(0, 1) for κ = 2, SαS(α) with α ∈ (κ, 2] for κ = 1.5. */
export function exactMeanLaw(kappa: number, alpha: number): NoiseLaw {
  return kappa === 2 ? gaussian() : symmetricStable(alpha);
}

/**
 * sup_{g > 0} 2g·P̂(sign(g + ξ̄) ≠ sign g) from M draws of a symmetric ξ̄, both tails pooled
 * (P̂(flip at g) = #{|ξ̄_j| > g}/(2M)): with |ξ̄| sorted in decreasing order a₁ ≥ a₂ ≥ …, the supremum
 * is approached as g ↑ a_k, where it is 2a_k·k/(2M) = a_k·k/M.
 */
export function worstMismatchTerm(draws: Float64Array): number {
  const a = Float64Array.from(draws, Math.abs).sort().reverse();
  let best = 0;
  for (let k = 1; k <= a.length; k++) best = Math.max(best, (a[k - 1] * k) / a.length);
  return best;
}

/** Draws of the batch mean per estimate of the worst mismatch term. */
export const MISMATCH_DRAWS = 600;

/**
 * The least batch B ≥ 1 with d·scale·sup_g 2g·P̂(sign(g + ξ̄_B) ≠ sign g) ≤ budget, where ξ̄_B is the
 * law's exact mean of B draws. Every B is estimated from the same uniform stream (common random
 * numbers), so the estimate is monotone in B and the search (quadrupling, then bisection)
 * is exact for the estimate, to the integer or to BATCH_SEARCH_RTOL, whichever is coarser.
 */
export function batchNeeded(law: NoiseLaw, scale: number, d: number, budget: number, stream: Stream): number {
  if (!law.sampleMean || !law.exactBatchMean) throw new Error(`${law.name} has no exact batch mean`);
  const seed = stream.int32() >>> 0;
  const draws = new Float64Array(MISMATCH_DRAWS);
  const term = (B: number): number => {
    const s = streamFor({ seed, claim: "seedfinal/complexity-batch", instance: "crn", trial: 0 });
    for (let j = 0; j < draws.length; j++) draws[j] = law.sampleMean!(s, B);
    return d * scale * worstMismatchTerm(draws);
  };
  if (term(1) <= budget) return 1;
  let lo = 1; // term(lo) > budget
  let hi = 4;
  while (term(hi) > budget) {
    lo = hi;
    hi *= 4;
    if (hi > 2 ** 52) throw new Error(`no batch up to 2^52 brings the mismatch term under ${budget}`);
  }
  // To within 0.5 % (or to the integer): log B is what the slope is fitted on.
  while (hi - lo > Math.max(1, BATCH_SEARCH_RTOL * lo)) {
    const mid = Math.floor((lo + hi) / 2);
    if (term(mid) > budget) lo = mid;
    else hi = mid;
  }
  return hi;
}
