/**
 * seed/output-uniform-point — the output rule of the seed's Algorithms 1 and 2, "uniformly random point
 * from {x¹, …, x^T}", and what it makes of the statistic every bound of the paper speaks of,
 * S_T = (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁: given the run, ‖∇f(x̂)‖₁ of the output x̂ = x^K, K uniform on {1, …, T},
 * has mean S_T, so a bound "S_T ≤ B with probability ≥ 1 − δ" becomes, by Markov's inequality over K,
 *   P(‖∇f(x̂)‖₁ > t·S_T) ≤ 1/t,  and  P(‖∇f(x̂)‖₁ > t·B) ≤ δ + 1/t   (t ≥ 1)
 * — a guarantee for the output only up to the factor t, and none at all for the last iterate. The claim
 * checks the first inequality by Monte Carlo over SignSGD runs (random (L0,L1)-smooth functions, every
 * noise law but SαS) and the uniform index, as the algorithm draws it.
 */
import fc from "fast-check";
import { arb, defineClaim, functionFromSpec, gradientOracle, noiseFromSpec, param, runTrajectory, signSgd, type ProbabilityClaim } from "signcheck";
import { logParameter } from "./proof41.ts";
import { gammaOf, trajectoryClassify, trajectoryInstances, trajectoryParameters, TRAJECTORY_HYPOTHESES, type TrajectoryInstance } from "./proof41Trajectory.ts";

export interface OutputInstance extends TrajectoryInstance {
  readonly t: number;
}

export const outputUniformPoint = defineClaim<ProbabilityClaim<OutputInstance>>({
  id: "seed/output-uniform-point",
  kind: "probability",
  title: "The uniformly random output x̂ of SignSGD: P(‖∇f(x̂)‖₁ > t·(1/T)Σ‖∇f(x^k)‖₁) ≤ 1/t",
  source: {
    paper: "seed",
    item: "§3.2 Algorithm 1 (and §3.3 Algorithm 2), output",
    quote: String.raw`**Output:** uniformly random point from  $\{x^1, \dots, x^T\}$`,
  },
  hypotheses: [...TRAJECTORY_HYPOTHESES, "x̂ = x^K with K uniform on {1, …, T}, drawn after the run; t ∈ {1} ∪ [1, 10]"],
  tightness: "upper",
  instances: fc
    .tuple(trajectoryInstances(), fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: arb.logUniform(1, 10) }))
    .map(([i, t]) => ({ ...i, t })),
  bound: (i) => 1 / i.t,
  event: (i, stream) => {
    const fn = functionFromSpec(i.fn);
    const oracle = gradientOracle({ fn, noise: noiseFromSpec(i.noise), scale: Float64Array.from(i.scales) });
    const state = signSgd.init(i.x1, { gamma: gammaOf(i) }, stream);
    const run = runTrajectory(signSgd, state, oracle, i.T, { record: { every: 1 } });
    if (run.diverged) return true;
    const K = stream.int(i.T);
    return run.record!.gradNorm1[K] > i.t * run.meanGradNorm1;
  },
  classify: trajectoryClassify,
  parameters: [
    ...trajectoryParameters<OutputInstance>().filter((p) => !p.name.startsWith("c (") && p.name !== "δ"),
    logParameter<OutputInstance>(
      "t",
      [1, 10],
      (i) => i.t,
      (i, t) => ({ ...i, t }),
      [param.at("t = 1", 1)],
    ),
  ],
  budgets: { quick: { instances: 6, trials: 600 }, standard: { instances: 20, trials: 2000 } },
  expected: { verdict: "holds", reason: "given the run, ‖∇f(x^K)‖₁ has mean S_T over the uniform K, and Markov's inequality gives at most 1/t" },
});
