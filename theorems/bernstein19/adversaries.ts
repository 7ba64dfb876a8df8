/**
 * bernstein19/adversaries-blind and bernstein19/adversaries-always-wrong — Bernstein et al. 2019
 * (abstract and §3: "majority vote is robust when up to 50% of workers behave adversarially … the
 * class … includes … those that invert or randomise their gradient estimate"; review §7 C7.4–C7.5).
 * One coordinate with ∇f = g > 0 and Gaussian noise of scale 1, so each honest worker's sign is
 * wrong with probability p = Φ(−S), S = g (< ½). Of M workers the first A = ⌊αM⌋ are adversaries.
 * The number of wrong votes is W = Bin(M − A, p) + Y with Y = Bin(A, 1 − p) (invert), Bin(A, ½)
 * (randomise) or A (always wrong: −sign ∇f, an omniscient adversary outside the paper's class).
 * The vote is wrong (or tied) iff W ≥ M/2, computed exactly by summing P(Y = y)·P(Bin(M − A, p) ≥ M/2 − y).
 * Claimed tolerance, in its quantitative (Hoeffding) form: for α < ½,
 *   P(vote wrong) ≤ exp(−2M(½ − p_α)²),  p_α = p + α(1 − 2p),
 * the error of a blind inverting fraction α (E W ≤ M·p_α for the blind models; the bound is 1 when
 * p_α ≥ ½). Blind adversaries: holds. Always-wrong adversaries: E W/M = (1 − α)p + α exceeds ½ as
 * soon as α > α* = (½ − p)/(1 − p) < ½ (review §7) — the claim is violated there.
 */
import fc from "fast-check";
import {
  arb, binomialSf, defineClaim, gaussian, gradientOracle, leastSquaresOracle, majorityVote, normalSf,
  type AdversaryModel, type ProbabilityClaim, type Stream,
} from "signcheck";

export interface AdversaryInstance {
  /** Signal-to-noise ratio S = |∇f|/σ of the coordinate. */
  readonly S: number;
  readonly M: number;
  readonly alpha: number;
  readonly model: AdversaryModel;
}

/** Per-worker wrong-sign probability of an honest worker: Φ(−S). */
export const honestError = (S: number) => normalSf(S);

/** α* = (½ − p)/(1 − p): always-wrong adversaries tip the vote's mean past ½ beyond it (review §7). */
export const alwaysWrongThreshold = (p: number) => (0.5 - p) / (1 - p);

/** P(Y = y) for the adversaries' wrong votes. */
function adversaryPmf(model: AdversaryModel, A: number, p: number, y: number): number {
  if (model === "wrong") return y === A ? 1 : 0;
  const q = model === "invert" ? 1 - p : 0.5;
  return binomialSf(y, A, q) - binomialSf(y + 1, A, q);
}

/** Exact P(W ≥ M/2): the vote is wrong or tied. */
export function voteErrorExact({ S, M, alpha, model }: AdversaryInstance): number {
  const p = honestError(S);
  const A = Math.floor(alpha * M);
  let total = 0;
  for (let y = 0; y <= A; y++) {
    const py = adversaryPmf(model, A, p, y);
    if (py > 0) total += py * binomialSf(Math.ceil(M / 2 - y), M - A, p);
  }
  return Math.min(1, total);
}

/** The claimed bound exp(−2M(½ − p_α)²), 1 when p_α ≥ ½. */
export function claimedBound({ S, M, alpha }: AdversaryInstance): number {
  const p = honestError(S);
  const pAlpha = p + alpha * (1 - 2 * p);
  return pAlpha >= 0.5 ? 1 : Math.exp(-2 * M * (0.5 - pAlpha) ** 2);
}

/** One step of the majorityVote optimizer on f = x²/2 at x = S with N(0,1) noise: is the vote wrong or tied? */
const unitOracle = gradientOracle({ fn: leastSquaresOracle({ rows: [[1]] }).fn, noise: gaussian(), scale: 1 });

export function voteWrongBySimulation(i: AdversaryInstance, stream: Stream): boolean {
  const oracle = unitOracle;
  const state = majorityVote.init(Float64Array.of(i.S), { gamma: 1, M: i.M, adversary: { model: i.model, alpha: i.alpha } }, stream);
  majorityVote.step(state, oracle);
  return !(state.g[0] > 0);
}

function instances(models: AdversaryModel[], alpha: fc.Arbitrary<number>): fc.Arbitrary<AdversaryInstance> {
  return fc.record({
    S: arb.logUniform(0.1, 2),
    // Mostly many workers: there the Hoeffding form is far from vacuous and the tolerance is tested.
    M: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }) }, { weight: 3, arbitrary: fc.integer({ min: 51, max: 1001 }) }),
    alpha,
    model: fc.constantFrom(...models),
  });
}

const common = {
  kind: "probability" as const,
  source: {
    paper: "bernstein19",
    item: "abstract; §3 (blind multiplicative adversaries)",
    quote: "majority vote is robust when up to 50% of workers behave adversarially",
  },
  tightness: "upper" as const,
  bound: claimedBound,
  exact: voteErrorExact,
  event: (i: AdversaryInstance, s: Stream) => voteWrongBySimulation(i, s),
  classify: (i: AdversaryInstance) => `${i.model}, α ${i.alpha > alwaysWrongThreshold(honestError(i.S)) ? ">" : "≤"} α*`,
};

export const adversariesBlind = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...common,
  id: "bernstein19/adversaries-blind",
  title: "Majority vote tolerates blind (inverting or randomising) adversaries up to α < ½: P(wrong) ≤ exp(−2M(½ − p_α)²)",
  hypotheses: ["one coordinate, Gaussian noise, S ∈ [0.1, 2]; M ∈ 1…1001 (¾ of draws ≥ 51); A = ⌊αM⌋ adversaries, α ∈ [0, 0.49], inverting or randomising"],
  instances: instances(["invert", "random"], fc.integer({ min: 0, max: 49 }).map((k) => k / 100)),
  expected: { verdict: "holds", reason: "blind adversaries keep E W ≤ M·p_α < M/2, so Hoeffding's bound applies" },
});

export const adversariesAlwaysWrong = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...common,
  id: "bernstein19/adversaries-always-wrong",
  title: "The same tolerance fails for always-wrong adversaries (outside the paper's class) beyond α* = (½ − p)/(1 − p)",
  hypotheses: ["as bernstein19/adversaries-blind, with adversaries that send −sign ∇f (omniscient), α ∈ [0, 0.49]"],
  instances: instances(["wrong"], fc.integer({ min: 0, max: 49 }).map((k) => k / 100)),
  expected: { verdict: "violated", reason: "with α > α* the mean wrong-vote fraction (1 − α)p + α exceeds ½, so the vote is wrong with probability → 1 as M grows" },
});
