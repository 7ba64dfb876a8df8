/**
 * seed/proof41-s5 — step S5 of the seed's §4.1 proof: D_k = −γ_k(φ_k − ψ_k)‖∇f(x^k)‖₁ is a martingale
 * difference sequence, E[D_k | F_{k−1}] = 0 (the seed's "E[D_k | D_{k−1}, …, D_k] = 0" is a typo for
 * conditioning on the past). It holds when ξ^k is drawn afresh, independently of the past given x^k —
 * a premise the seed does not state. Checked on SignSGD trajectories as far as sampling can: with
 * ψ_k computed exactly from the noise law, Z_k = φ_k − ψ_k ∈ [−2, 2] must have conditional mean 0, so
 * for the predictable weights h ∈ {1, sign Z_{k−1}, ψ_k} Azuma–Hoeffding gives
 *   P(max_h |Σ_k Z_k·h_k| > √(8T·log(6/δ))) ≤ δ;
 * a drift of E[Z_k | F_{k−1}] larger than about √(8·log(6/δ)/T) is detected (the test in this folder
 * shifts ψ_k to show it). This is evidence for the martingale property on these runs, not a proof; the
 * proof's real gap is elsewhere (S15; docs/seed-errata.md, E4).
 */
import { defineClaim, type HighProbabilityClaim } from "signcheck";
import { ON_TRAJECTORIES, proofSource } from "./proof41.ts";
import {
  runMartingale,
  trajectoryClassify,
  trajectoryInstances,
  trajectoryParameters,
  TRAJECTORY_HYPOTHESES,
  type TrajectoryInstance,
} from "./proof41Trajectory.ts";

/** The martingale-difference claim, with ψ_k shifted by `psiShift` (0 for the audit). */
export function mdsClaim(psiShift = 0): HighProbabilityClaim<TrajectoryInstance> {
  return defineClaim<HighProbabilityClaim<TrajectoryInstance>>({
    id: psiShift === 0 ? "seed/proof41-s5" : "seed/proof41-s5-shifted",
    kind: "high-probability",
    title:
      psiShift === 0
        ? "S5: D_k is a martingale difference sequence (Azuma–Hoeffding test of E[φ_k − ψ_k | F_{k−1}] = 0)"
        : `S5 with ψ_k shifted by ${psiShift}`,
    source: proofSource("S5", String.raw`We note that  $D_k$  is a martingale difference sequence  $(\mathbb{E}[D_k | D_{k-1}, \dots, D_k] = 0)$`),
    hypotheses: [
      ON_TRAJECTORIES,
      ...TRAJECTORY_HYPOTHESES,
      "ψ_k = E[φ_k | x^k] exact from the law's sign outcomes; statistic max over h ∈ {1, sign Z_{k−1}, ψ_k} of |Σ(φ_k − ψ_k)h_k|, bound √(8T·log(6/δ)), δ ∈ [0.05, 0.5]",
      "evidence for the martingale property only; the proof's gap is the trajectory-dependent λ of S15 (docs/seed-errata.md, E4)",
    ],
    tightness: "upper",
    instances: trajectoryInstances(),
    delta: (i) => i.delta,
    statistic: (i, stream) => {
      const r = runMartingale(i, stream, psiShift);
      return r.diverged ? Infinity : Math.max(...r.weighted.map(Math.abs));
    },
    divergedCountsAsFailure: true,
    bound: (i) => Math.sqrt(8 * i.T * Math.log(6 / i.delta)),
    deterministic: (i) => i.scales.every((s) => s === 0) && psiShift === 0,
    classify: trajectoryClassify,
    parameters: trajectoryParameters(),
    budgets: { quick: { instances: 4, trials: 500 }, standard: { instances: 12, trials: 1500 } },
    expected: {
      verdict: psiShift === 0 ? "holds" : "violated",
      reason:
        psiShift === 0
          ? "fresh noise each step: E[φ_k | F_{k−1}] = ψ_k, and the weighted sums stay within Azuma–Hoeffding's bound"
          : "a shifted ψ_k makes Σ(φ_k − ψ_k) drift linearly in T",
    },
  });
}

export const proof41S5 = mdsClaim();
