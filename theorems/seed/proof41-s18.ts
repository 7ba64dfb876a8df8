/**
 * seed/proof41-s18 — step S18 of the seed's §4.1 proof: Σ_i 2|∇f_i|·P(sign ∇f_i ≠ sign g_i | x^k) ≤ 2‖σ⃗‖₁,
 * each term being ≤ 2·min(|∇f_i|, σ_i) by (4). Checked with the exact mismatch probabilities of the
 * noise law and the least σ_i Assumption 3 allows (σ_i = scale_i·(E|X|^κ)^{1/κ}). For zero-mean noise
 * the bound is loose by at least 2 (Markov on the negative part: |∇f_i|·P_i ≤ E|ξ_i|/2), approached by
 * Rademacher noise with the gradient on its atom.
 */
import { defineClaim, noiseFromSpec, sigmaKappa, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import {
  GRADIENT_NOISE_HYPOTHESES,
  gradientNoiseInstances,
  gradientNoiseParameters,
  noiseClassify,
  outcomesOf,
  type GradientNoiseInstance,
} from "./proof41Noise.ts";

export function s18Sides(i: GradientNoiseInstance): { lhs: number; rhs: number } {
  const { wrong, zero } = outcomesOf(i);
  const law = noiseFromSpec(i.noise);
  let lhs = 0;
  let rhs = 0;
  for (let j = 0; j < i.v.length; j++) {
    lhs += 2 * Math.abs(i.v[j]) * (wrong[j] + zero[j]);
    rhs += 2 * sigmaKappa(law, i.scales[j], i.kappa);
  }
  return { lhs, rhs };
}

export const proof41S18 = defineClaim<InequalityClaim<GradientNoiseInstance>>({
  id: "seed/proof41-s18",
  kind: "inequality",
  title: "S18: Σ 2|∇f_i|·P(mismatch_i) ≤ 2‖σ⃗‖₁",
  source: proofSource(
    "S18",
    String.raw`\sum_{i=1}^{d} 2|\nabla f(x^k)|_i \cdot \mathbb{P}(\operatorname{sign}(\nabla f(x^k))_i \neq \operatorname{sign}(g^k)_i|x^k) \leq 2\|\vec{\sigma}\|_1.`,
  ),
  hypotheses: [DERIVATION, ...GRADIENT_NOISE_HYPOTHESES, "σ_i = scale_i·(E|X|^κ)^{1/κ}, the least value Assumption 3 allows"],
  tightness: "upper",
  instances: gradientNoiseInstances,
  check: s18Sides,
  classify: noiseClassify,
  parameters: gradientNoiseParameters(),
  expected: { verdict: "holds", reason: "by (4) each term is ≤ 2σ_i (and ≤ 2|∇f_i|); for zero-mean noise even ≤ σ_i" },
});
