/**
 * seed/proof41-s2 and seed/proof41-s2-as-le — step S2 of the seed's §4.1 proof, the first "=" of the
 * first display: ⟨∇f(x^k), x^{k+1} − x^k⟩ is rewritten through φ_k (the same number when ∇f(x^k) ≠ 0;
 * the seed's φ_k is 0/0 at ∇f = 0, read as φ_k := 0 there) and ‖x^{k+1} − x^k‖₂ is replaced by √d·γ_k:
 *   RHS(S1) = −γ_k⟨∇f, sign g⟩ + ½(L0 + L1‖∇f‖₂)e^{L1‖Δx‖}‖Δx‖²
 *   RHS(S2) = −γ_k·φ_k‖∇f‖₁ + (L0·d·γ_k²/2)e^{L1√dγ_k} + (L1·d·γ_k·e^{L1√dγ_k}/2)·γ_k‖∇f‖₂.
 * The first-order terms are the same number (⟨∇f, x^{k+1} − x^k⟩ = −γ_k⟨∇f, sign g^k⟩ = −γ_kφ_k‖∇f‖₁ by
 * the definition of φ_k) and cancel; what remains is the curvature term, ½(L0 + L1‖∇f‖₂)·e^{L1 r}r² with
 * r = ‖Δx‖₂ in S1 against ½(L0 + L1‖∇f‖₂)·e^{L1√dγ_k}·dγ_k² in S2 — compared after dividing both by
 * ½(L0 + L1‖∇f‖₂)γ_k² (> 0; where it is 0 both terms vanish: degenerate), i.e. e^{L1γ_k√m}·m against
 * e^{L1γ_k√d}·d with m = #{i: g_i ≠ 0}, so that the ratio of the two is the figure a reader checks.
 * ‖Δx‖₂ = γ_k·√(#{i: g_i ≠ 0}) ≤ √d·γ_k, so the "=" holds only when no coordinate of g^k is 0; the
 * proof needs only RHS(S1) ≤ RHS(S2), which always holds (t ↦ e^{L1 t}t² increases). The claim "as
 * written" checks the direction that can fail (RHS(S2) ≤ RHS(S1), which with the other gives "=");
 * "-as-le" checks the direction the proof uses. Derivation steps over any real g (zero coordinates
 * are drawn as a boundary value; g ≠ 0: a step is taken).
 */
import type fc from "fast-check";
import { defineClaim, norm2, type InequalityClaim, type Parameter } from "signcheck";
import {
  DERIVATION,
  proofSource,
  SIGN_STEP_HYPOTHESES,
  signStepInstances,
  signStepParameters,
  stepClassify,
  stepOf,
  type SignStepInstance,
} from "./proof41.ts";

/** The curvature terms of RHS(S1) and RHS(S2) at one sign step, over ½(L0 + L1‖∇f‖₂)γ² (the first-order terms agree). */
export function s2Sides(i: SignStepInstance): { curvature1: number; curvature2: number } {
  const { f, x, s } = stepOf(i);
  const { L0, L1 } = f.smoothness;
  const G2 = norm2(f.gradient(x, new Float64Array(f.dim)));
  const d = f.dim;
  const gamma = i.gamma;
  // x^{k+1} − x^k = −γ·sign(g^k) by definition: ‖Δx‖₂ = γ√m, m the coordinates g^k moves (not a float difference, which cancels).
  const m = s.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
  // Both curvature terms over the common factor ½(L0 + L1‖∇f‖₂)γ² (0 only when both vanish): e^{L1γ√m}·m and e^{L1γ√d}·d.
  const common = 0.5 * (L0 + L1 * G2);
  return { curvature1: common > 0 ? Math.exp(L1 * gamma * Math.sqrt(m)) * m : 0, curvature2: common > 0 ? Math.exp(L1 * Math.sqrt(d) * gamma) * d : 0 };
}

/** A step is taken: g has a nonzero coordinate (g = 0 moves nothing, and both curvature terms of S1 vanish). */
const moving = (g: Float64Array): Float64Array => (g.some((v) => v !== 0) ? g : Float64Array.from(g, (_, k) => (k === 0 ? 1 : 0)));
const instances: fc.Arbitrary<SignStepInstance> = signStepInstances.map((i) => ({ ...i, g: moving(i.g) }));
const parameters: Parameter<SignStepInstance>[] = signStepParameters.map((p) =>
  p.write
    ? {
        ...p,
        write: (i: SignStepInstance, v: number | number[]) => {
          const j = p.write!(i, v);
          return { ...j, g: moving(j.g) };
        },
      }
    : p,
);

const source = proofSource(
  "S2",
  String.raw`= -\gamma_{k} \frac{\langle \nabla f(x^{k}), \operatorname{sign}(g^{k}) \rangle}{\|\nabla f(x^{k})\|_{1}} \cdot \|\nabla f(x^{k})\|_{1} + \frac{L_{0} d\gamma_{k}^{2}}{2} \exp(L_{1} \sqrt{d} \gamma_{k})`,
  'first display, first "="',
);

const hypotheses = [
  DERIVATION,
  ...SIGN_STEP_HYPOTHESES,
  "a step is taken: g ≠ 0 (some coordinate nonzero; others may be 0)",
  "φ_k := 0 where ∇f(x^k) = 0 (the printed φ_k is 0/0 there)",
];

export const proof41S2 = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s2",
  kind: "inequality",
  title: 'S2 as written: the first "=" (‖x^{k+1} − x^k‖₂ = √d·γ_k), checked in the direction RHS(S2) ≤ RHS(S1)',
  source,
  hypotheses,
  tightness: "identity",
  instances,
  check: (i) => {
    const { curvature1, curvature2 } = s2Sides(i);
    return { lhs: curvature2, rhs: curvature1 };
  },
  classify: stepClassify,
  parameters,
  expected: { verdict: "violated", reason: "when a coordinate of g^k is 0 the step moves fewer than d coordinates: ‖Δx‖₂ < √d·γ_k and RHS(S2) > RHS(S1)" },
});

export const proof41S2AsLe = defineClaim<InequalityClaim<SignStepInstance>>({
  id: "seed/proof41-s2-as-le",
  kind: "inequality",
  title: "S2 as the proof uses it: RHS(S1) ≤ RHS(S2)",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  check: (i) => {
    const { curvature1, curvature2 } = s2Sides(i);
    return { lhs: curvature1, rhs: curvature2 };
  },
  classify: stepClassify,
  parameters,
  expected: { verdict: "holds", reason: "‖Δx‖₂ ≤ √d·γ_k and t ↦ e^{L1 t}t² is increasing; equality when g^k has no zero coordinate" },
});
