/**
 * bernstein19/adversaries-* — Bernstein et al. 2019 (abstract and §3: "majority vote is robust when up
 * to 50% of workers behave adversarially … the class … includes … those that invert or randomise their
 * gradient estimate"; docs/seed-errata.md, background: majority vote). One coordinate with ∇f = g > 0 and Gaussian noise of scale
 * 1, so each honest worker's sign is wrong with probability p = Φ(−S) < ½, S = g. Of M workers the
 * first A = ⌊αM⌋ are adversaries. The number of wrong votes is W = Bin(M − A, p) + Y with
 * Y = Bin(A, 1 − p) (invert), Bin(A, ½) (randomise) or A (always wrong: −sign ∇f, an omniscient
 * adversary outside the paper's class). The vote is wrong (or tied) iff W ≥ M/2, computed exactly by
 * summing P(Y = y)·P(Bin(M − A, p) ≥ M/2 − y).
 * Three statements:
 * - `adversaries-blind`: the quantitative (Hoeffding) form P(wrong) ≤ exp(−2M(½ − p_α)²),
 *   p_α = p + α(1 − 2p) (E W ≤ M·p_α for blind models; the bound is 1 when p_α ≥ ½), for α < ½: holds.
 * - the tolerance itself — "the vote's error → 0 as M grows", checked as P(vote wrong) ≤ ½ at every
 *   odd M ∈ [1001, 3001] (exact binomial). Its mean wrong-vote fraction is p_α for blind adversaries
 *   (inverting: < ½ iff α < ½; randomising: p + α(½ − p) < ½ for every α < 1) and (1 − α)p + α for
 *   always-wrong ones (< ½ iff α < α* = (½ − p)/(1 − p), docs/seed-errata.md, background: majority vote).
 *   Over α up to the threshold × 0.9 it holds (`…-blind-majority`, `…-always-wrong-below-threshold`);
 *   over a range crossing the threshold it fails, and only beyond it (`…-inverting-past-half`,
 *   `…-always-wrong`; their tests check the shrunk counterexample's α exceeds ½ resp. α*).
 * - `adversaries-simulated`: the real `majorityVote` optimizer, one step sampled, realises the exact law
 *   (two-sided, within ROOM): so a broken vote changes an audit verdict, not only a unit test.
 */
import fc from "fast-check";
import {
  arb,
  binomialSf,
  defineClaim,
  gaussian,
  gradientOracle,
  leastSquaresOracle,
  majorityVote,
  normalSf,
  type AdversaryModel,
  type MajorityVoteParams,
  type MajorityVoteState,
  type Optimizer,
  type ProbabilityClaim,
  type Stream,
  param,
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

/** α* = (½ − p)/(1 − p): always-wrong adversaries tip the vote's mean past ½ beyond it (docs/seed-errata.md, background: majority vote). */
export const alwaysWrongThreshold = (p: number) => (0.5 - p) / (1 - p);

/** The α beyond which the mean wrong-vote fraction exceeds ½: ½ for blind adversaries, α* for always-wrong ones. */
export const toleranceThreshold = (model: AdversaryModel, S: number) => (model === "wrong" ? alwaysWrongThreshold(honestError(S)) : 0.5);

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

type VoteOptimizer = Optimizer<MajorityVoteParams, MajorityVoteState>;

/** f = x²/2 with N(0, 1) noise: at x = S the gradient is S, so each honest sign is wrong w.p. Φ(−S). */
const unitOracle = gradientOracle({ fn: leastSquaresOracle({ rows: [[1]] }).fn, noise: gaussian(), scale: 1 });

/**
 * One step of a majority-vote optimizer (γ = 1) from x = S: is the step wrong or null? Read from the
 * iterate the optimizer returns (a correct vote moves x down), not from its internal vote.
 */
export function voteWrongBySimulation(i: AdversaryInstance, stream: Stream, optimizer: VoteOptimizer = majorityVote): boolean {
  const state = optimizer.init(Float64Array.of(i.S), { gamma: 1, M: i.M, adversary: { model: i.model, alpha: i.alpha } }, stream);
  optimizer.step(state, unitOracle);
  return !(state.x[0] < i.S);
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

const source = {
  paper: "bernstein19",
  item: "abstract; §3 (blind multiplicative adversaries)",
  quote: "majority vote is robust when up to 50% of workers behave adversarially",
} as const;

// The exact rates make the worst-case search cheap: it moves S (α and M are discrete) — except where α is
// drawn relative to a threshold that depends on S (moving S alone would leave the hypotheses).
const sParameter = param.log("S = |g|/sd", [0.1, 2], (i: AdversaryInstance) => i.S, { write: (i, v) => ({ ...i, S: v as number }) });
const sFixed = param.log("S = |g|/sd", [0.1, 2], (i: AdversaryInstance) => i.S);
const alphaParameter = <I extends AdversaryInstance>(hi: number) =>
  param.linear<I>("α (adversary share)", [0, hi], (i) => i.alpha, { boundaries: [param.at("α = 0", 0)] });
const workersParameter = <I extends AdversaryInstance>(lo: number, hi: number) =>
  param.integer<I>("M (workers)", [lo, hi], (i) => i.M, { boundaries: [param.at("M = 1", 1)] });

const classify = (i: AdversaryInstance) => `${i.model}, α ${i.alpha > toleranceThreshold(i.model, i.S) ? ">" : "≤"} threshold`;

export const adversariesBlind = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  kind: "probability",
  source,
  tightness: "upper",
  bound: claimedBound,
  exact: voteErrorExact,
  classify,
  id: "bernstein19/adversaries-blind",
  title: "Majority vote tolerates blind (inverting or randomising) adversaries up to α < ½: P(wrong) ≤ exp(−2M(½ − p_α)²)",
  hypotheses: ["one coordinate, Gaussian noise, S ∈ [0.1, 2]; M ∈ 1…1001 (¾ of draws ≥ 51); A = ⌊αM⌋ adversaries, α ∈ [0, 0.49], inverting or randomising"],
  instances: instances(
    ["invert", "random"],
    fc.integer({ min: 0, max: 49 }).map((k) => k / 100),
  ),
  parameters: [sParameter, alphaParameter(0.49), workersParameter(1, 1001)],
  expected: { verdict: "holds", reason: "blind adversaries keep E W ≤ M·p_α < M/2, so Hoeffding's bound applies" },
});

/** Many workers, M odd (no ties): the vote's error → 0 as M grows iff it is below ½ here. */
const MANY_WORKERS = fc.integer({ min: 500, max: 1500 }).map((k) => 2 * k + 1);

/** Instances with α = u·threshold(model, S), u ∈ [0, uMax] in steps of 0.01. */
function belowThreshold(models: AdversaryModel[], uMax: number): fc.Arbitrary<AdversaryInstance> {
  return fc
    .record({ S: arb.logUniform(0.1, 2), M: MANY_WORKERS, u: fc.integer({ min: 0, max: Math.round(100 * uMax) }), model: fc.constantFrom(...models) })
    .map(({ S, M, u, model }) => ({ S, M, alpha: (u / 100) * toleranceThreshold(model, S), model }));
}

const tolerance = {
  kind: "probability" as const,
  source,
  tightness: "upper" as const,
  // P(vote wrong) ≤ ½ at M ≥ 1001: the finite-M face of "P(wrong) → 0 as M grows" (a mean wrong fraction
  // μ < ½ gives P ≤ exp(−2M(½ − μ)²) → 0; μ > ½ gives P → 1).
  bound: () => 0.5,
  exact: voteErrorExact,
  classify,
};

export const adversariesBlindMajority = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...tolerance,
  id: "bernstein19/adversaries-blind-majority",
  title: "With blind (inverting or randomising) adversaries at α ≤ 0.9·½ the vote is right at large M: P(wrong) ≤ ½ for M ≥ 1001",
  hypotheses: ["one coordinate, Gaussian noise, S ∈ [0.1, 2]; M odd ∈ [1001, 3001]; A = ⌊αM⌋ inverting or randomising adversaries, α ∈ [0, 0.45]"],
  instances: belowThreshold(["invert", "random"], 0.9),
  parameters: [sFixed, alphaParameter(0.45), workersParameter(1001, 3001)],
  expected: { verdict: "holds", reason: "the mean wrong fraction is ≤ ½ − 0.1(½ − p), so M/2 exceeds E W by ≥ 0.1(½ − p)M ≥ 3.9 votes" },
});

export const adversariesInvertingPastHalf = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...tolerance,
  id: "bernstein19/adversaries-inverting-past-half",
  title: "Inverting adversaries break the vote exactly past α = ½: P(wrong) ≤ ½ at large M fails for α ∈ [0, 1]",
  hypotheses: ["as bernstein19/adversaries-blind-majority, inverting adversaries, α ∈ [0, 1] (beyond the paper's 50%)"],
  instances: fc.record({
    S: arb.logUniform(0.1, 2),
    M: MANY_WORKERS,
    alpha: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
    model: fc.constant<AdversaryModel>("invert"),
  }),
  parameters: [sParameter, alphaParameter(1), workersParameter(1001, 3001)],
  expected: { verdict: "violated", reason: "the mean wrong fraction p + α(1 − 2p) exceeds ½ iff α > ½; the shrunk counterexample lies beyond ½" },
});

export const adversariesAlwaysWrong = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...tolerance,
  id: "bernstein19/adversaries-always-wrong",
  title:
    "The tolerance fails for always-wrong adversaries (outside the paper's class) beyond α* = (½ − p)/(1 − p) < ½: P(wrong) ≤ ½ at large M fails for α ∈ [0, 0.49]",
  hypotheses: ["as bernstein19/adversaries-blind-majority, with adversaries that send −sign ∇f (omniscient), α ∈ [0, 0.49]"],
  instances: fc.record({
    S: arb.logUniform(0.1, 2),
    M: MANY_WORKERS,
    alpha: fc.integer({ min: 0, max: 49 }).map((k) => k / 100),
    model: fc.constant<AdversaryModel>("wrong"),
  }),
  parameters: [sParameter, alphaParameter(0.49), workersParameter(1001, 3001)],
  expected: {
    verdict: "violated",
    reason:
      "with α > α* the mean wrong-vote fraction (1 − α)p + α exceeds ½, so the vote is wrong with probability → 1 as M grows; the shrunk counterexample lies beyond α*",
  },
});

export const adversariesAlwaysWrongBelowThreshold = defineClaim<ProbabilityClaim<AdversaryInstance>>({
  ...tolerance,
  id: "bernstein19/adversaries-always-wrong-below-threshold",
  title: "Below the threshold (α ≤ 0.9·α*) majority vote tolerates always-wrong adversaries: P(wrong) ≤ ½ for M ≥ 1001",
  hypotheses: ["as bernstein19/adversaries-always-wrong, α ∈ [0, 0.9·α*]"],
  instances: belowThreshold(["wrong"], 0.9),
  parameters: [sFixed, alphaParameter(0.45), workersParameter(1001, 3001)],
  expected: {
    verdict: "holds",
    reason: "the mean wrong fraction (1 − α)p + α is ≤ ½ − 0.1(½ − p), so M/2 exceeds E W by ≥ 0.1(½ − p)M ≥ 3.9 votes at M ≥ 1001",
  },
});

/**
 * The simulated rate may differ from the exact one by at most ROOM = 0.05 either way. With the quick
 * budget (4000 trials, α/J = 0.01/40 per test) the sequential Clopper–Pearson half-width is ≤ 0.035 at
 * any rate, so a correct optimizer is certified; a vote that is off by more than ROOM + 0.035 is refuted.
 */
export const ROOM = 0.05;

export interface SimulatedInstance extends AdversaryInstance {
  /** Which side of the two-sided comparison this instance tests. */
  readonly side: "wrong" | "right";
}

/** The two-sided check of `optimizer` against the exact law: P(wrong) ≤ exact + ROOM, P(right) ≤ 1 − exact + ROOM. */
export function adversariesSimulatedClaim(optimizer: VoteOptimizer = majorityVote): ProbabilityClaim<SimulatedInstance> {
  return defineClaim<ProbabilityClaim<SimulatedInstance>>({
    id: "bernstein19/adversaries-simulated",
    kind: "probability",
    title: `The majorityVote optimizer realises the exact adversary law: its one-step error rate is within ±${ROOM} of the binomial value`,
    source: { ...source, item: "Algorithm 1 (majority vote) with the adversaries of §3" },
    hypotheses: [
      "one coordinate, Gaussian noise, S ∈ [0.1, 2]; M ∈ 1…25 (ties at even M); A = ⌊αM⌋ adversaries, α ∈ [0, 0.49], inverting, randomising or always wrong",
      "one step of the optimizer from x = S with γ = 1, sampled; a null step (tie) counts as wrong",
    ],
    tightness: "tight",
    instances: fc.record({
      S: arb.logUniform(0.1, 2),
      M: fc.integer({ min: 1, max: 25 }),
      alpha: fc.integer({ min: 0, max: 49 }).map((k) => k / 100),
      model: fc.constantFrom<AdversaryModel>("invert", "random", "wrong"),
      side: fc.constantFrom<"wrong" | "right">("wrong", "right"),
    }),
    bound: (i) => (i.side === "wrong" ? voteErrorExact(i) : 1 - voteErrorExact(i)) + ROOM,
    event: (i, s) => voteWrongBySimulation(i, s, optimizer) === (i.side === "wrong"),
    parameters: [
      param.log("S = |g|/sd", [0.1, 2], (i: SimulatedInstance) => i.S, { write: (i, v) => ({ ...i, S: v as number }) }),
      alphaParameter<SimulatedInstance>(0.49),
      workersParameter<SimulatedInstance>(1, 25),
    ],
    classify: (i) => `${i.model}, ${i.side}`,
    budgets: { quick: { trials: 4000 } },
    expected: { verdict: "holds", reason: "the optimizer draws each worker's sign, the adversaries' signs and the vote as the model states" },
  });
}

export const adversariesSimulated = adversariesSimulatedClaim();
