/**
 * seed/proof41-s17 — step S17 of the seed's §4.1 proof, the first link of bound (4): a sign mismatch
 * implies a deviation at least as large as the gradient coordinate,
 *   P(sign ∇f_i ≠ sign g_i | x^k) ≤ P(|∇f_i − g_i| ≥ |∇f_i| | x^k)   (∇f_i ≠ 0),
 * the event g_i = 0 (sign 0 ≠ sign ∇f_i) included: |ξ_i| = |∇f_i| there. The remaining links of (4)
 * (Markov, Jensen, Assumption 3) are the whole bound, audited by seed/eq4-sign-mismatch. Both
 * probabilities from the law's exact tails and atoms, per gradient coordinate; on atoms (the boundary
 * where g_i = 0 is possible) the link can be an equality.
 */
import { defineClaim, noiseFromSpec, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import {
  atomsOf,
  GRADIENT_NOISE_HYPOTHESES,
  gradientNoise,
  gradientNoiseParameters,
  noiseClassify,
  outcomesOf,
  type GradientNoiseInstance,
} from "./proof41Noise.ts";

/**
 * P(|ξ_1| ≥ |v_1|) for ξ_1 = scale_1·X. Laws with a density: P(X > t) + P(X < −t), t = |v_1|/scale_1. Laws
 * with atoms: the atoms x_j with |scale_1·x_j| ≥ |v_1| in floating point — the same rounding as the
 * mismatch event sign(v_1 + scale_1·x_j) (a float sum is 0 only when exact), so the two events are
 * compared as a draw produces them, never through a rounded quotient t.
 */
function deviationProbability({ v, noise, scales }: GradientNoiseInstance): number {
  const law = noiseFromSpec(noise);
  const atoms = atomsOf(noise);
  if (atoms.length > 0) return atoms.reduce((p, x) => p + (Math.abs(scales[0] * x) >= Math.abs(v[0]) ? law.atom(x) : 0), 0);
  const t = Math.abs(v[0]) / scales[0];
  return law.sf(t) + law.lowerTail(t);
}

export const proof41S17 = defineClaim<InequalityClaim<GradientNoiseInstance>>({
  id: "seed/proof41-s17",
  kind: "inequality",
  title: "S17: P(sign ∇f_i ≠ sign g_i) ≤ P(|∇f_i − g_i| ≥ |∇f_i|), the first link of (4)",
  source: proofSource(
    "S17",
    String.raw`\mathbb{P}(\operatorname{sign}(\nabla f(x^k))_i \neq \operatorname{sign}(g^k)_i | x^k) \leq \mathbb{P}(|\nabla f(x^k)_i - g_i^k| \geq |\nabla f(x^k)_i| | x^k)`,
    "(4)",
  ),
  hypotheses: [DERIVATION, ...GRADIENT_NOISE_HYPOTHESES.map((h) => h.replace("d ∈ [1, 8]", "one coordinate, ∇f_i ≠ 0"))],
  tightness: "upper",
  instances: gradientNoise({ maxDim: 1, nonZero: true }),
  check: (i) => {
    const { wrong, zero } = outcomesOf(i);
    return { lhs: wrong[0] + zero[0], rhs: deviationProbability(i) };
  },
  classify: noiseClassify,
  parameters: gradientNoiseParameters({ maxDim: 1, nonZero: true }),
  expected: { verdict: "holds", reason: "sign g_i ≠ sign ∇f_i forces g_i on the other side of 0 (or at 0), so |g_i − ∇f_i| ≥ |∇f_i|" },
});
