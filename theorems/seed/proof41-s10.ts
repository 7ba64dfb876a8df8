/**
 * seed/proof41-s10 — step S10 of the seed's §4.1 proof, Lemma 1 (1) applied to the last step:
 *   ‖∇f(x^k) − ∇f(x^{k−1})‖₂ ≤ (L0 + L1‖∇f(x^{k−1})‖₂)·exp(L1‖x^k − x^{k−1}‖₂)·‖x^k − x^{k−1}‖₂,
 * with x^k = x^{k−1} − γ·sign(g): a derivation over random (L0,L1)-smooth functions, points and sign
 * steps (the sides and round-off allowance of Lemma 1 (1), smoothnessSides "eq1").
 */
import { defineClaim, smoothnessSides, type InequalityClaim } from "signcheck";
import {
  DERIVATION,
  proofSource,
  SIGN_STEP_HYPOTHESES,
  signStepInstances,
  signStepParameters,
  signStepNoStep,
  stepClassify,
  stepOf,
  type SignStepInstance,
} from "./proof41.ts";

export const proof41S10 = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s10",
  kind: "inequality",
  title: "S10: Lemma 1 (1) across the step x^{k−1} → x^k",
  source: proofSource(
    "S10",
    String.raw`&\leq (L_{0} + L_{1}\|\nabla f(x^{k-1})\|_{2}) \exp(L_{1}\|x^{k} - x^{k-1}\|_{2})\|x^{k} - x^{k-1}\|_{2} + \|\nabla f(x^{k-1})\|_{2}`,
    "gradient-growth chain, third link",
  ),
  hypotheses: [DERIVATION, ...SIGN_STEP_HYPOTHESES.map((h) => h.replace("x ∈", "x^{k−1} = x ∈").replace("x⁺ = x", "x^k = x"))],
  tightness: "upper",
  instances: signStepInstances,
  check: (i) => {
    const { f, x, next } = stepOf(i);
    const s = smoothnessSides(f, f.smoothness, "eq1", next, x);
    return { lhs: s.lhs, rhs: s.rhs + s.roundoff };
  },
  classify: stepClassify,
  parameters: signStepParameters,
  degenerate: signStepNoStep,
  expected: { verdict: "holds", reason: "Lemma 1 (1) holds under the sup form of Assumption 2 for every pair of points" },
});
