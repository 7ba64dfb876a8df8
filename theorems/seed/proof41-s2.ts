/**
 * seed/proof41-s2 and seed/proof41-s2-as-le — step S2 of the seed's §4.1 proof, the first "=" of the
 * first display: ⟨∇f(x^k), x^{k+1} − x^k⟩ is rewritten through φ_k (the same number when ∇f(x^k) ≠ 0;
 * the seed's φ_k is 0/0 at ∇f = 0, read as φ_k := 0 there) and ‖x^{k+1} − x^k‖₂ is replaced by √d·γ_k:
 *   RHS(S1) = −γ_k⟨∇f, sign g⟩ + ½(L0 + L1‖∇f‖₂)e^{L1‖Δx‖}‖Δx‖²
 *   RHS(S2) = −γ_k·φ_k‖∇f‖₁ + (L0·d·γ_k²/2)e^{L1√dγ_k} + (L1·d·γ_k·e^{L1√dγ_k}/2)·γ_k‖∇f‖₂.
 * ‖Δx‖₂ = γ_k·√(#{i: g_i ≠ 0}) ≤ √d·γ_k, so the "=" holds only when no coordinate of g^k is 0; the
 * proof needs only RHS(S1) ≤ RHS(S2), which always holds (t ↦ e^{L1 t}t² increases). The claim "as
 * written" checks the direction that can fail (RHS(S2) ≤ RHS(S1), which with the other gives "=");
 * "-as-le" checks the direction the proof uses. Derivation steps over any real g (zero coordinates
 * are drawn as a boundary value).
 */
import { defineClaim, norm1, norm2, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource, SIGN_STEP_HYPOTHESES, signStepInstances, stepClassify, stepOf, type SignStepInstance } from "./proof41.ts";

/** RHS(S1) and RHS(S2) at one sign step, each as printed. */
export function s2Sides(i: SignStepInstance): { s1: number; s2: number } {
  const { f, x, next, s } = stepOf(i);
  const { L0, L1 } = f.smoothness;
  const grad = f.gradient(x, new Float64Array(f.dim));
  const G1 = norm1(grad);
  const G2 = norm2(grad);
  const d = f.dim;
  const gamma = i.gamma;
  let inner = 0;
  let dx2 = 0;
  for (let j = 0; j < d; j++) {
    inner += grad[j] * (next[j] - x[j]);
    dx2 += (next[j] - x[j]) ** 2;
  }
  const r = Math.sqrt(dx2);
  let signInner = 0;
  for (let j = 0; j < d; j++) signInner += grad[j] * s[j];
  const phi = G1 > 0 ? signInner / G1 : 0;
  const a = L1 * Math.sqrt(d) * gamma;
  return {
    s1: inner + 0.5 * (L0 + L1 * G2) * Math.exp(L1 * r) * r * r,
    s2: -gamma * phi * G1 + ((L0 * d * gamma ** 2) / 2) * Math.exp(a) + ((L1 * d * gamma * Math.exp(a)) / 2) * gamma * G2,
  };
}

const source = proofSource(
  "S2",
  String.raw`= -\gamma_{k} \frac{\langle \nabla f(x^{k}), \operatorname{sign}(g^{k}) \rangle}{\|\nabla f(x^{k})\|_{1}} \cdot \|\nabla f(x^{k})\|_{1} + \frac{L_{0} d\gamma_{k}^{2}}{2} \exp(L_{1} \sqrt{d} \gamma_{k})`,
  "first display, first \"=\"",
);

const hypotheses = [DERIVATION, ...SIGN_STEP_HYPOTHESES, "φ_k := 0 where ∇f(x^k) = 0 (the printed φ_k is 0/0 there)"];

export const proof41S2 = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s2",
  kind: "inequality",
  title: "S2 as written: the first \"=\" (‖x^{k+1} − x^k‖₂ = √d·γ_k), checked in the direction RHS(S2) ≤ RHS(S1)",
  source,
  hypotheses,
  tightness: "identity",
  instances: signStepInstances,
  check: (i) => {
    const { s1, s2 } = s2Sides(i);
    return { lhs: s2, rhs: s1 };
  },
  classify: stepClassify,
  expected: { verdict: "violated", reason: "when a coordinate of g^k is 0 the step moves fewer than d coordinates: ‖Δx‖₂ < √d·γ_k and RHS(S2) > RHS(S1)" },
});

export const proof41S2AsLe = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s2-as-le",
  kind: "inequality",
  title: "S2 as the proof uses it: RHS(S1) ≤ RHS(S2)",
  source,
  hypotheses,
  tightness: "upper",
  instances: signStepInstances,
  check: (i) => {
    const { s1, s2 } = s2Sides(i);
    return { lhs: s1, rhs: s2 };
  },
  classify: stepClassify,
  expected: { verdict: "holds", reason: "‖Δx‖₂ ≤ √d·γ_k and t ↦ e^{L1 t}t² is increasing; equality when g^k has no zero coordinate" },
});
