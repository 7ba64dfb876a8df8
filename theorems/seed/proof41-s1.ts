/**
 * seed/proof41-s1 — step S1 of the seed's §4.1 proof: Lemma 1 (2) at one SignSGD step,
 *   f(x^{k+1}) − f(x^k) ≤ ⟨∇f(x^k), x^{k+1} − x^k⟩ + ½(L0 + L1‖∇f(x^k)‖)·exp(L1‖x^{k+1} − x^k‖)·‖x^{k+1} − x^k‖²,
 * checked as a derivation: for every (L0,L1)-smooth f (sup form, the hypothesis Lemma 1 needs), every
 * x and every sign step x^{k+1} = x^k − γ·sign(g). The sides and their round-off allowance are those
 * of Lemma 1 (2) (smoothnessSides, "eq2").
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

export const proof41S1 = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s1",
  kind: "inequality",
  title: "S1: the descent inequality of Lemma 1 (2) at one sign step",
  source: proofSource(
    "S1",
    String.raw`f(x^{k+1}) - f(x^{k}) \leq \langle \nabla f(x^{k}), x^{k+1} - x^{k} \rangle + \frac{L_{0} + L_{1} \|\nabla f(x^{k})\|_{2}}{2} \exp(L_{1} \|x^{k+1} - x^{k}\|_{2}) \|x^{k+1} - x^{k}\|_{2}^{2}`,
    "first display, first line",
  ),
  hypotheses: [DERIVATION, ...SIGN_STEP_HYPOTHESES],
  tightness: "upper",
  instances: signStepInstances,
  check: (i) => {
    const { f, x, next } = stepOf(i);
    const s = smoothnessSides(f, f.smoothness, "eq2", x, next);
    return { lhs: s.lhs, rhs: s.rhs + s.roundoff };
  },
  classify: stepClassify,
  parameters: signStepParameters,
  degenerate: signStepNoStep,
  expected: { verdict: "holds", reason: "Lemma 1 (2) holds under the sup form of Assumption 2, for every pair of points and so for every sign step" },
});
