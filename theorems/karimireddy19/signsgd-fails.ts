/**
 * karimireddy19/signsgd-fails and karimireddy19/ef-signsgd-converges — the counterexamples of
 * Karimireddy et al. 2019 (§3, Counterexamples 1 and 3), as executable
 * demonstrations. Two problems on R², both with f* = 0 at x = 0:
 *   least squares: f = ½Σ_{i=1,2}½(a_iᵀx)², a₁ = (1, −1 + ε), a₂ = (−1, 1 + ε), ε ∈ (0, 1); the oracle
 *                  returns ∇f_i for i uniform. Every sign(∇f_i) is ±(1, −1) or 0;
 *   non-smooth:    f = w|x₁ + x₂| + |x₁ − x₂|, w ∈ (0, 1), deterministic subgradient with s(0) = +1;
 *                  every sign(∂f) is ±(1, −1).
 * Hence a sign method (SignSGD, majority vote) keeps x₁ + x₂ = c for ANY stepsizes, and
 * f(x^k) ≥ floor(c) = min{f(x): x₁ + x₂ = c} > 0 (a lower bound, tight: the line's minimum).
 * `signsgd-fails` checks floor(c) ≤ min_k f(x^k) (the stall; expected: holds). `ef-signsgd-converges`
 * checks that EF-SignSGD and SGD go below floor(c)/10 (expected: holds) — the fix error feedback brings.
 * Both are inequality claims: the stall is deterministic given the instance (its seed included).
 */
import fc from "fast-check";
import {
  TOL,
  arb,
  defineClaim,
  param,
  efSignSgd,
  invSqrt,
  leastSquaresOracle,
  majorityVote,
  sgd,
  signSgd,
  streamFor,
  subgradientOracle,
  type GradientOracle,
  type InequalityClaim,
  type Parameter,
  type Optimizer,
  type OptimizerState,
} from "signcheck";

export type Problem = "least-squares" | "non-smooth";

export interface StallInstance {
  readonly problem: Problem;
  /** ε (least squares) or w (non-smooth), in (0, 1). */
  readonly shape: number;
  readonly x0: Float64Array;
  /** γ (constant) or γ₁ of γ_k = γ₁/√k. */
  readonly gamma: number;
  readonly schedule: "constant" | "inv-sqrt";
  readonly T: number;
  /** Workers of the sign method: 0 = SignSGD, M ≥ 1 = majority vote with M workers. */
  readonly workers: number;
  readonly seed: number;
}

export function oracleOf(problem: Problem, shape: number): GradientOracle {
  return problem === "least-squares"
    ? leastSquaresOracle({
        rows: [
          [1, -1 + shape],
          [-1, 1 + shape],
        ],
      })
    : subgradientOracle({
        rows: [
          [1, 1],
          [1, -1],
        ],
        weights: [shape, 1],
        tie: "positive",
      });
}

/** min{f(x): x₁ + x₂ = c}: on x = (c/2 + t, c/2 − t), a_iᵀx = α_i + tβ_i, minimised at t* = −Σαβ/Σβ². */
export function floorOf(problem: Problem, shape: number, c: number): number {
  if (problem === "non-smooth") return shape * Math.abs(c); // x₁ = x₂ = c/2 kills |x₁ − x₂|
  const rows = [
    [1, -1 + shape],
    [-1, 1 + shape],
  ];
  const alpha = rows.map((a) => (c / 2) * (a[0] + a[1]));
  const beta = rows.map((a) => a[0] - a[1]);
  const t = -(alpha[0] * beta[0] + alpha[1] * beta[1]) / (beta[0] ** 2 + beta[1] ** 2);
  // Evaluated as a sum of squares at t*, not as Σα² − (Σαβ)²/Σβ² (cancellation).
  return (0.5 * ((alpha[0] + t * beta[0]) ** 2 + (alpha[1] + t * beta[1]) ** 2)) / 2;
}

/** min over k = 1 … T+1 of f(x^k) − f* for an optimizer on the instance's problem. */
export function bestGap(optimizer: Optimizer<any, OptimizerState>, params: object, i: StallInstance): number {
  const oracle = oracleOf(i.problem, i.shape);
  const state = optimizer.init(i.x0, params, streamFor({ seed: i.seed, claim: "karimireddy19/signsgd-fails", instance: "trajectory", trial: 0 }));
  let best = oracle.fn.value(state.x);
  for (let k = 0; k < i.T; k++) {
    optimizer.step(state, oracle);
    const f = oracle.fn.value(state.x);
    if (!(f < Infinity)) return Infinity; // NaN or +∞: diverged, reported as a failure
    if (f < best) best = f;
  }
  return best - oracle.fn.fStar;
}

function stallParameters<I extends StallInstance>(shape: [number, number], gamma: [number, number], T: [number, number]): Parameter<I>[] {
  return [
    param.log("ε or w", shape, (i) => i.shape),
    param.log("γ or γ₁", gamma, (i) => i.gamma),
    param.log("T", T, (i) => i.T),
    param.log("|x¹₁ + x¹₂|", [0.5, 6.5], (i) => Math.abs(i.x0[0] + i.x0[1]), { boundaries: [param.at("|x¹₁ + x¹₂| = 0.5", 0.5)] }),
    param.categorical("problem", ["least-squares", "non-smooth"], (i) => i.problem),
    param.integer("workers (0 = SignSGD)", [0, 9], (i) => i.workers),
  ];
}

const gammaOf = (i: StallInstance) => (i.schedule === "constant" ? i.gamma : invSqrt(i.gamma));

function instances(opts: { gamma: [number, number]; T: [number, number]; workers: boolean; shape: [number, number] }): fc.Arbitrary<StallInstance> {
  return (
    fc
      .record({
        problem: fc.constantFrom<Problem>("least-squares", "non-smooth"),
        shape: arb.logUniform(...opts.shape),
        x0: arb.startingPoint(2, 3),
        gamma: arb.logUniform(...opts.gamma),
        schedule: fc.constantFrom<"constant" | "inv-sqrt">("constant", "inv-sqrt"),
        T: arb.iterations({ min: opts.T[0], max: opts.T[1] }),
        workers: opts.workers ? fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })) : fc.constant(0),
        seed: fc.nat(),
      })
      // Keep |x₁ + x₂| ≥ 0.5 so that the floor is a visible, positive gap (shifting x₁ keeps the draw's shape).
      .map((i) => {
        const c = i.x0[0] + i.x0[1];
        const shift = Math.abs(c) >= 0.5 ? 0 : (c >= 0 ? 0.5 : -0.5) - c;
        return { ...i, x0: Float64Array.of(i.x0[0] + shift, i.x0[1]) };
      })
  );
}

/**
 * Subgradient steps γ_k = γ₁/√k move s = x₁ + x₂ toward 0 by 2w·γ_k each (the |x₁ − x₂| part moves
 * along (1, −1) and leaves s alone), so |s| first drops to the oscillation band after the least K with
 * Σ_{k≤K} γ₁/√k ≥ |c|/(2w); Σ_{k≤K} 1/√k ≥ 2√(K+1) − 2 gives K ≤ (|c|/(4wγ₁) + 1)² − 1.
 */
export function nonSmoothReach(c: number, w: number, gamma1: number): number {
  return Math.ceil((Math.abs(c) / (4 * w * gamma1) + 1) ** 2 - 1);
}

const source = {
  paper: "karimireddy19",
  item: "§3, Counterexamples 1 and 3",
  quote: "signSGD does not converge … error feedback fixes it (EF-SIGNSGD, Algorithm 3)",
} as const;

/** The stall claim for given sign methods (the library's SignSGD and majority vote by default; the gating test plants broken ones). */
export function signSgdFailsClaim(
  sign: Optimizer<any, OptimizerState> = signSgd,
  vote: Optimizer<any, OptimizerState> = majorityVote,
): InequalityClaim<StallInstance> {
  return defineClaim<InequalityClaim<StallInstance>>({
    id: "karimireddy19/signsgd-fails",
    kind: "inequality",
    title: "Sign methods stall on the stochastic least-squares and non-smooth counterexamples: f(x^k) ≥ min{f: x₁ + x₂ = x¹₁ + x¹₂}",
    source,
    hypotheses: [
      "least squares a₁ = (1, −1+ε), a₂ = (−1, 1+ε), ε ∈ [0.05, 0.95], oracle ∇f_i with i uniform; or f = w|x₁+x₂| + |x₁−x₂|, w ∈ [0.05, 0.95], subgradient with s(0) = +1",
      "SignSGD or majority vote (M ∈ 1…9), γ ∈ [1e-4, 1] constant or γ₁/√k, T ≤ 2000, |x¹₁ + x¹₂| ≥ 0.5",
    ],
    tightness: "lower",
    instances: instances({ gamma: [1e-4, 1], T: [10, 2000], workers: true, shape: [0.05, 0.95] }),
    check: (i) => {
      const c = i.x0[0] + i.x0[1];
      const gap = i.workers === 0 ? bestGap(sign, { gamma: gammaOf(i) }, i) : bestGap(vote, { gamma: gammaOf(i), M: i.workers }, i);
      return { lhs: floorOf(i.problem, i.shape, c), rhs: gap };
    },
    tolerance: TOL.trajectory,
    parameters: stallParameters([0.05, 0.95], [1e-4, 1], [10, 2000]),
    classify: (i) => `${i.problem}, ${i.workers === 0 ? "SignSGD" : "majority vote"}`,
    budgets: { quick: { instances: 60, shrinks: 40 }, standard: { instances: 400 } },
    expected: {
      verdict: "holds",
      reason: "every sign(∇f_i) and sign(∂f) is ±(1, −1), so x₁ + x₂ never moves and f stays above the line's minimum",
    },
  });
}

export const signSgdFails = signSgdFailsClaim();

export interface ConvergenceInstance extends StallInstance {
  readonly method: "ef-signsgd" | "sgd";
}

/** The claim that EF-SignSGD (or SGD) goes below a tenth of the sign methods' floor, for a given EF optimizer. */
export function efConvergesClaim(ef: Optimizer<any, OptimizerState> = efSignSgd): InequalityClaim<ConvergenceInstance> {
  return defineClaim<InequalityClaim<ConvergenceInstance>>({
    id: "karimireddy19/ef-signsgd-converges",
    kind: "inequality",
    title: "EF-SignSGD and SGD go below a tenth of the floor the sign methods cannot cross",
    source,
    hypotheses: [
      "the two problems of karimireddy19/signsgd-fails with ε, w ∈ [0.3, 0.95]",
      "least squares: constant γ ∈ [0.05, 0.3] (SGD is stable: γ‖a_i‖² ≤ 0.3·4.81 < 2); non-smooth: γ_k = γ₁/√k, γ₁ ∈ [0.05, 0.3] (a subgradient method needs decaying steps)",
      "T ∈ [3000, 6000], |x¹₁ + x¹₂| ≥ 0.5; non-smooth: T raised to at least 2K, K = ⌈(|c|/(4wγ₁) + 1)² − 1⌉ the steps s = x₁ + x₂ needs to reach 0 (fewer cannot converge: Σγ_k·2w < |c|)",
    ],
    tightness: "upper",
    instances: instances({ gamma: [0.05, 0.3], T: [3000, 6000], workers: false, shape: [0.3, 0.95] }).chain((i) =>
      fc.constantFrom<ConvergenceInstance["method"]>("ef-signsgd", "sgd").map((method) => ({
        ...i,
        method,
        schedule: i.problem === "least-squares" ? ("constant" as const) : ("inv-sqrt" as const),
        // The seed-1 counterexample of issue 8 (x¹ = (3, 3), w = 0.3, γ₁ = 0.05, T = 6000) stops at s ≈ 1.4: its steps
        // sum to 2w·Σγ_k ≈ 4.6 < |c| = 6. The claim is about convergence, so T covers the travel twice over.
        T: i.problem === "non-smooth" ? Math.max(i.T, 2 * nonSmoothReach(i.x0[0] + i.x0[1], i.shape, i.gamma)) : i.T,
      })),
    ),
    check: (i) => {
      const c = i.x0[0] + i.x0[1];
      const gap = bestGap(i.method === "sgd" ? sgd : ef, { gamma: gammaOf(i) }, i);
      return { lhs: gap, rhs: floorOf(i.problem, i.shape, c) / 10 };
    },
    parameters: stallParameters([0.3, 0.95], [0.05, 0.3], [3000, 2 * nonSmoothReach(6.5, 0.3, 0.05)]),
    classify: (i) => `${i.problem}, ${i.method}`,
    budgets: { quick: { instances: 40, shrinks: 20 }, standard: { instances: 200 } },
    expected: {
      verdict: "holds",
      reason: "the virtual iterate x − e follows SGD, which is free to change x₁ + x₂; both reach gaps far below the sign floor",
    },
  });
}

export const efSignSgdConverges = efConvergesClaim();
