/**
 * bernstein18/skewed-noise and bernstein18/skewed-noise-minibatch — Bernstein et al. 2018, Remark 3
 * (the symmetry assumption of Theorem 2 matters; docs/seed-errata.md, background: noise laws and majority vote): with skewed zero-mean
 * noise, SignSGD and majority vote converge to the wrong point, and a large minibatch fixes it.
 * Problem: f(x) = x²/2 on R (least squares with the single row a = 1), x¹ = 0 = x*, oracle
 * g = x + X with X the two-point law {a w.p. p, −b w.p. 1 − p}, a = (1 − p)b/p (zero mean), p < ½.
 * While |x| < b the sign of g is −1 with probability 1 − p > ½, so a sign method drifts up at rate
 * ≈ γ(1 − 2p) until x ≈ b, the noise's median, and stays there; majority vote makes that worse.
 * Statistic: |x̄|, the mean of x^k over the second half of T = ⌈6b/(γ(1 − 2p))⌉ steps (three times
 * the drift time). Claimed (the behaviour one expects of a method for zero-mean noise): |x̄| ≤ b/2
 * (half-way to the wrong point) with probability ≥ 1 − δ, δ = 0.1.
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  gradientOracle,
  leastSquaresOracle,
  majorityVote,
  signSgd,
  twoPoint,
  type GradientOracle,
  type HighProbabilityClaim,
  type Optimizer,
  type OptimizerState,
  type Stream,
  param,
  type Parameter,
} from "signcheck";

export interface SkewInstance {
  /** Probability of the large value a; the median is −b. */
  readonly p: number;
  readonly b: number;
  /** γ as a fraction of b. */
  readonly gammaOverB: number;
  /** 0: SignSGD; M ≥ 1: majority vote with M workers. */
  readonly workers: number;
  /** Oracle batch size B (minibatch-SignSGD when B > 1). */
  readonly batch: number;
}

const DELTA = 0.1;
const halfSquare = leastSquaresOracle({ rows: [[1]] }).fn; // f = x²/2

export function horizon(i: SkewInstance): number {
  return Math.ceil(6 / (i.gammaOverB * (1 - 2 * i.p)));
}

/** The oracle of f = x²/2 with the skewed two-point law {−b w.p. 1 − p, (1 − p)b/p w.p. p}: twoPoint(q = p) scaled by b/p. */
export function skewOracle(i: { readonly p: number; readonly b: number; readonly batch: number }): GradientOracle {
  return gradientOracle({ fn: halfSquare, noise: twoPoint(i.p), scale: i.b / i.p, batch: i.batch });
}

/** |mean of x^k over the second half of T steps| of `optimizer` from x¹ = 0. */
export function secondHalfMean(optimizer: Optimizer<any, OptimizerState>, params: object, oracle: GradientOracle, T: number, stream: Stream): number {
  const state = optimizer.init(Float64Array.of(0), params, stream);
  let sum = 0;
  for (let k = 1; k <= T; k++) {
    optimizer.step(state, oracle);
    if (k > T / 2) sum += state.x[0];
  }
  return Math.abs(sum / (T - Math.floor(T / 2)));
}

/** The statistic for the instance's sign method (SignSGD, or majority vote with M workers). */
export function skewStatistic(i: SkewInstance, stream: Stream, optimizer: Optimizer<any, OptimizerState> = signSgd): number {
  const gamma = i.gammaOverB * i.b;
  const opt = i.workers === 0 ? optimizer : (majorityVote as Optimizer<any, OptimizerState>);
  const params = i.workers === 0 ? { gamma } : { gamma, M: i.workers };
  return secondHalfMean(opt, params, skewOracle(i), horizon(i), stream);
}

const common = {
  kind: "high-probability" as const,
  source: { paper: "bernstein18", item: "Remark 3 (after Theorem 2)", quote: "… the symmetry assumption … skewed or bimodal noise …" },
  tightness: "upper" as const,
  delta: () => DELTA,
  bound: (i: SkewInstance) => i.b / 2,
  // A trajectory that produces NaN or ±∞ has diverged: a failure of |x̄| ≤ b/2 (the behaviour before issue 8, declared).
  divergedCountsAsFailure: true,
};

const set = (k: "p" | "b" | "gammaOverB") => (i: SkewInstance, v: number | number[]) => ({ ...i, [k]: v as number });
const baseParameters: Parameter<SkewInstance>[] = [
  param.log("p", [0.05, 0.2], (i) => i.p, { write: set("p") }),
  param.log("b", [1, 10], (i) => i.b, { write: set("b") }),
  param.log("γ/b", [0.005, 0.03], (i) => i.gammaOverB, { write: set("gammaOverB") }),
];

const base = {
  p: arb.logUniform(0.05, 0.2),
  b: arb.logUniform(1, 10),
  gammaOverB: arb.logUniform(0.005, 0.03),
};

export const skewedNoise = defineClaim<HighProbabilityClaim<SkewInstance>>({
  ...common,
  id: "bernstein18/skewed-noise",
  title: "With skewed zero-mean noise, SignSGD and majority vote stay away from the minimiser: |x̄| ≤ b/2 fails",
  hypotheses: [
    "f = x²/2, x¹ = x* = 0; two-point zero-mean noise {(1−p)b/p w.p. p, −b w.p. 1−p}, p ∈ [0.05, 0.2], b ∈ [1, 10]",
    "SignSGD (B = 1) or majority vote with M ∈ 1…25 workers; constant γ = r·b, r ∈ [0.005, 0.03]; T = ⌈6b/(γ(1−2p))⌉; δ = 0.1",
  ],
  instances: fc.record({ ...base, workers: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 25 })), batch: fc.constant(1) }),
  statistic: (i, s) => skewStatistic(i, s),
  parameters: [...baseParameters, param.integer("workers (0 = SignSGD)", [0, 25], (i) => i.workers)],
  classify: (i) => (i.workers === 0 ? "SignSGD" : "majority vote"),
  expected: {
    verdict: "violated",
    reason: "the noise median is −b, so sign(x + X) = −1 with probability 1 − p > ½ until x reaches b: the iterate settles near b",
  },
});

export const skewedNoiseMinibatch = defineClaim<HighProbabilityClaim<SkewInstance>>({
  ...common,
  id: "bernstein18/skewed-noise-minibatch",
  title: "With skewed zero-mean noise, minibatch-SignSGD (B ≥ 200) reaches the minimiser: |x̄| ≤ b/2",
  hypotheses: [
    "the problem and noise of bernstein18/skewed-noise",
    "minibatch-SignSGD with B ∈ [200, 400] (the mean of B draws is nearly symmetric); γ, T and δ as there",
  ],
  instances: fc.record({ ...base, workers: fc.constant(0), batch: fc.integer({ min: 200, max: 400 }) }),
  statistic: (i, s) => skewStatistic(i, s),
  parameters: [...baseParameters, param.integer("B", [200, 400], (i) => i.batch)],
  // A trial is up to 2000 steps × 400 draws: the quick budget buys no worst-case search, the standard one a short one.
  budgets: { quick: { climbStarts: 0 }, standard: { climbStarts: 1, climbSteps: 6 } },
  expected: { verdict: "holds", reason: "the mean of B ≥ 200 draws has a median within a fraction of b of 0, so the drift towards b disappears" },
});
