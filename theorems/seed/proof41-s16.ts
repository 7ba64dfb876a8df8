/**
 * seed/proof41-s16 and seed/proof41-s16-as-ge — step S16 of the seed's §4.1 proof, identity (3):
 *   ψ_k‖∇f(x^k)‖₁ = E[⟨∇f(x^k), sign(g^k)⟩ | x^k] = ‖∇f‖₁ − Σ_i 2|∇f_i|·P(sign ∇f_i ≠ sign g_i | x^k).
 * Per coordinate E[v_i·sign g_i] = |v_i|(1 − 2·wrong_i − zero_i), while the right side gives
 * |v_i|(1 − 2·wrong_i − 2·zero_i) (a zero sign is a mismatch): the two differ by Σ|v_i|·P(g_i = 0).
 * "=" holds iff no coordinate has g_i = 0 with positive probability; the proof only needs "≥"
 * (docs/seed-errata.md, E9). Decided exactly: the per-coordinate probabilities of the noise law (the
 * exact probabilities of the floating-point events a draw produces) and the gradient coordinates are
 * exact rationals, the sums are formed without rounding.
 */
import { certifiedSides, defineClaim, Rational, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import {
  GRADIENT_NOISE_HYPOTHESES,
  gradientNoiseInstances,
  gradientNoiseParameters,
  noiseClassify,
  outcomesOf,
  type GradientNoiseInstance,
} from "./proof41Noise.ts";

/** E[⟨v, sign g⟩] and ‖v‖₁ − 2Σ|v_i|P(mismatch_i), exactly. */
export function identity3Sides(i: GradientNoiseInstance): { expectation: Rational; printed: Rational } {
  const { wrong, zero } = outcomesOf(i);
  let expectation = Rational.ZERO;
  let printed = Rational.ZERO;
  const one = Rational.ONE;
  const two = Rational.int(2);
  for (let j = 0; j < i.v.length; j++) {
    const a = Rational.of(Math.abs(i.v[j]));
    const w = Rational.of(wrong[j]);
    const z = Rational.of(zero[j]);
    expectation = expectation.add(a.mul(one.sub(two.mul(w)).sub(z)));
    printed = printed.add(a.mul(one.sub(two.mul(w.add(z)))));
  }
  return { expectation, printed };
}

const source = proofSource(
  "S16",
  String.raw`= \|\nabla f(x^k)\|_1 - \sum_{i=1}^d 2|\nabla f(x^k)|_i \cdot \mathbb{P}(\operatorname{sign}(\nabla f(x^k))_i \neq \operatorname{sign}(g^k)_i | x^k). \quad (3)`,
  "(3)",
);

export const proof41S16 = defineClaim<InequalityClaim<GradientNoiseInstance>>({
  id: "seed/proof41-s16",
  kind: "inequality",
  title: "S16, identity (3) as written: E[⟨∇f, sign g⟩ | x] = ‖∇f‖₁ − 2Σ|∇f_i|P(mismatch), checked in the direction E[…] ≤ right side",
  source,
  hypotheses: [DERIVATION, ...GRADIENT_NOISE_HYPOTHESES],
  tightness: "identity",
  instances: gradientNoiseInstances,
  check: (i) => {
    const { expectation, printed } = identity3Sides(i);
    return certifiedSides(expectation.enclosure(), printed.enclosure());
  },
  tolerance: TOL.exact,
  classify: noiseClassify,
  parameters: gradientNoiseParameters(),
  expected: {
    verdict: "violated",
    reason: "when g_i = 0 has positive probability (noise with atoms, gradient on an atom) the left side exceeds the right by Σ|∇f_i|P(g_i = 0)",
  },
});

export const proof41S16AsGe = defineClaim<InequalityClaim<GradientNoiseInstance>>({
  id: "seed/proof41-s16-as-ge",
  kind: "inequality",
  title: "S16 as the proof uses it: E[⟨∇f, sign g⟩ | x] ≥ ‖∇f‖₁ − 2Σ|∇f_i|P(mismatch)",
  source,
  hypotheses: [DERIVATION, ...GRADIENT_NOISE_HYPOTHESES],
  tightness: "tight",
  instances: gradientNoiseInstances,
  check: (i) => {
    const { expectation, printed } = identity3Sides(i);
    return certifiedSides(printed.enclosure(), expectation.enclosure());
  },
  tolerance: TOL.exact,
  classify: noiseClassify,
  parameters: gradientNoiseParameters(),
  expected: { verdict: "holds", reason: "the two sides differ by Σ|∇f_i|P(g_i = 0) ≥ 0; equality for noise without atoms" },
});
