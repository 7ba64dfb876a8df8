/**
 * seed/proof41-s7 and seed/proof41-s7-mds-class — step S7 of the seed's §4.1 proof, "Applying Measure
 * Concentration Lemma to MSD we derive the bound for all λ > 0 with probability at least 1 − δ": for a
 * FIXED λ > 0, with σ_k² = 4γ_k²‖∇f(x^k)‖₁² (S6),
 *   P(Σ_k D_k ≤ ¾λΣσ_k² + log(1/δ)/λ) ≥ 1 − δ   (Li & Orabona 2020, Lemma 1; liorabona20).
 * The lemma is true for a λ fixed before the run (exponential supermartingale); checked on SignSGD
 * trajectories with λ = c·√(ℓ/(3T))/(γ·‖∇f(x¹)‖₁), c ∈ [0.1, 10] (a deterministic choice near the
 * optimum for ‖∇f(x^k)‖₁ ≈ ‖∇f(x¹)‖₁), and over the whole class of martingale difference sequences
 * with adaptive predictable scales that satisfy the lemma's premises (adaptiveMds.ts), with
 * λ = c·√(4ℓ/(3T)). The seed's wording "for all λ > 0" is the source of the gap at S15: the lemma
 * holds for each fixed λ, not for all λ at once (docs/seed-errata.md, E4).
 */
import { defineClaim, functionFromSpec, norm1, type HighProbabilityClaim } from "signcheck";
import {
  ADAPTIVE_MDS_HYPOTHESES,
  adaptiveMdsClassify,
  adaptiveMdsInstances,
  adaptiveMdsParameters,
  runAdaptiveMds,
  type AdaptiveMdsInstance,
} from "./adaptiveMds.ts";
import { DERIVATION, ON_TRAJECTORIES, proofSource } from "./proof41.ts";
import {
  gammaOf,
  runMartingale,
  trajectoryClassify,
  trajectoryInstances,
  trajectoryParameters,
  TRAJECTORY_HYPOTHESES,
  type TrajectoryInstance,
} from "./proof41Trajectory.ts";

/** λ fixed before the run: c·√(ℓ/(3T))/(γ·max(‖∇f(x¹)‖₁, 1e-3)). */
export function fixedLambda(i: TrajectoryInstance): number {
  const f = functionFromSpec(i.fn);
  const G1 = norm1(f.gradient(i.x1));
  return (i.lambdaFactor * Math.sqrt(-Math.log(i.delta) / (3 * i.T))) / (gammaOf(i) * Math.max(G1, 1e-3));
}

const source = proofSource(
  "S7",
  String.raw`Applying Measure Concentration Lemma to MSD we derive the bound for all  $\lambda > 0$  with probability at least  $1 - \delta$`,
);

export const proof41S7 = defineClaim<HighProbabilityClaim<TrajectoryInstance>>({
  id: "seed/proof41-s7",
  kind: "high-probability",
  title: "S7: ΣD_k ≤ ¾λΣσ_k² + log(1/δ)/λ with probability ≥ 1 − δ, λ fixed in advance (SignSGD runs)",
  source,
  hypotheses: [
    ON_TRAJECTORIES,
    ...TRAJECTORY_HYPOTHESES,
    "λ = c·√(ℓ/(3T))/(γ‖∇f(x¹)‖₁), c ∈ [0.1, 10], fixed before the run; δ ∈ [0.05, 0.5]",
    'proof gap (docs/seed-errata.md, E4): the lemma holds for each fixed λ, not "for all λ" at once; the proof\'s λ (S15) depends on the run',
  ],
  tightness: "upper",
  instances: trajectoryInstances(),
  delta: (i) => i.delta,
  statistic: (i, stream) => {
    const r = runMartingale(i, stream);
    return r.diverged ? Infinity : r.S - 0.75 * fixedLambda(i) * r.V;
  },
  divergedCountsAsFailure: true,
  bound: (i) => -Math.log(i.delta) / fixedLambda(i),
  deterministic: (i) => i.scales.every((s) => s === 0),
  classify: trajectoryClassify,
  parameters: trajectoryParameters(),
  budgets: { quick: { instances: 4, trials: 500 }, standard: { instances: 12, trials: 1500 } },
  expected: { verdict: "holds", reason: "exp(λΣD − ¾λ²Σσ²) is a supermartingale for a fixed λ, so Markov's inequality gives the bound" },
});

export const proof41S7MdsClass = defineClaim<HighProbabilityClaim<AdaptiveMdsInstance>>({
  id: "seed/proof41-s7-mds-class",
  kind: "high-probability",
  title: "S7 over every martingale difference sequence the lemma admits (adaptive predictable scales), λ fixed in advance",
  source,
  hypotheses: [DERIVATION, ...ADAPTIVE_MDS_HYPOTHESES, "scales grow by at most 1e100 over the run; λ = c·√(4ℓ/(3T)), c ∈ [0.1, 10], fixed before the run"],
  tightness: "upper",
  instances: adaptiveMdsInstances({ capGrowth: true }),
  delta: (i) => i.delta,
  statistic: (i, stream) => {
    const { S, V, logUnit } = runAdaptiveMds(i, stream);
    const u = Math.exp(logUnit);
    const lambda = i.lambdaFactor * Math.sqrt((4 * -Math.log(i.delta)) / (3 * i.T));
    return S * u - 0.75 * lambda * V * u * u;
  },
  divergedCountsAsFailure: true,
  bound: (i) => -Math.log(i.delta) / (i.lambdaFactor * Math.sqrt((4 * -Math.log(i.delta)) / (3 * i.T))),
  classify: adaptiveMdsClassify,
  parameters: adaptiveMdsParameters({ capGrowth: true }),
  budgets: { quick: { instances: 20, trials: 2000 }, standard: { instances: 80, trials: 5000 } },
  expected: { verdict: "holds", reason: "the lemma: for a fixed λ, E[e^{λD − ¾λ²σ²} | F] ≤ 1 under its premises, whatever the predictable scales" },
});
