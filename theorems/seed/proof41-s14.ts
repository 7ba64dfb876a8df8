/**
 * seed/proof41-s14 — step S14 of the seed's §4.1 proof, the last line of the unrolled bound: ℓ2 norms on
 * the right become ℓ1 norms,
 *   c·Σ_{τ=1}^{k−1}‖∇f(x^τ)‖₂ + ‖∇f(x¹)‖₂ ≤ c·Σ_{τ=1}^{k−1}‖∇f(x^τ)‖₁ + ‖∇f(x¹)‖₁,   c = 1/(48dℓ) > 0,
 * by ‖v‖₂ ≤ ‖v‖₁. A derivation over any gradient vectors (exact squared norms, square roots in
 * intervals). Equality when each ∇f(x^τ) has at most one non-zero coordinate (always at d = 1).
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, exactNorm1, exactNorm2Squared, iv, param, TOL, type InequalityClaim } from "signcheck";
import { clampMagnitudes, deltaParameter, DERIVATION, proofSource, realVector } from "./proof41.ts";

export interface L2L1Instance {
  readonly delta: number;
  /** ∇f(x¹) … ∇f(x^{k−1}). */
  readonly grads: Float64Array[];
}

export const proof41S14 = defineClaim<InequalityClaim<L2L1Instance>>({
  id: "seed/proof41-s14",
  kind: "inequality",
  title: "S14: the unrolled bound with ‖·‖₂ replaced by ‖·‖₁ on the right",
  source: proofSource(
    "S14",
    String.raw`\leq 2L_{0}\sqrt{d}\sum_{\tau=1}^{k-1}\gamma_{\tau} + \sum_{\tau=1}^{k-1}\frac{\|\nabla f(x^{\tau})\|_{1}}{48d\log\frac{1}{\delta}} + \|\nabla f(x^{1})\|_{1}.`,
    "after the stepsize condition, third line",
  ),
  hypotheses: [DERIVATION, "∇f(x^1) … ∇f(x^{k−1}) any vectors of R^d, k ∈ [2, 20], d ∈ [1, 20]; any δ (c = 1/(48dℓ) > 0)"],
  tightness: "upper",
  instances: fc.record({
    delta: arb.delta(),
    grads: fc
      .record({ d: arb.dimension({ min: 1, max: 20 }), k: fc.integer({ min: 2, max: 20 }) })
      .chain(({ d, k }) => fc.array(realVector(d), { minLength: k - 1, maxLength: k - 1 })),
  }),
  check: ({ delta, grads }) => {
    const c = iv(1).div(iv(48).mul(iv(grads[0].length)).mul(iv(delta).log().neg()));
    let lhs = exactNorm2Squared(grads[0]).enclosure().sqrt();
    let rhs = exactNorm1(grads[0]).enclosure();
    for (const g of grads) {
      lhs = lhs.add(c.mul(exactNorm2Squared(g).enclosure().sqrt()));
      rhs = rhs.add(c.mul(exactNorm1(g).enclosure()));
    }
    return certifiedSides(lhs, rhs);
  },
  tolerance: TOL.exact,
  parameters: [
    deltaParameter([1e-6, 1 - 1e-6]),
    // Every gradient's coordinates as one vector (rows of d), written back row by row.
    param.log("|∇f(x^τ)_i|", [1e-6, 1e3], (i) => Float64Array.from(i.grads.flatMap((g) => Array.from(g))), {
      write: (i, v) => {
        const all = clampMagnitudes(v, 1e-6, 1e3);
        const d = i.grads[0].length;
        return { ...i, grads: i.grads.map((_, k) => all.slice(k * d, (k + 1) * d)) };
      },
      boundaries: [param.at("0 (a zero coordinate)", 0)],
    }),
    param.integer("d", [1, 20], (i) => i.grads[0].length),
    param.integer("k", [2, 20], (i) => i.grads.length + 1),
  ],
  degenerate: ({ grads }) => (grads.every((g) => g.every((x) => x === 0)) ? "every gradient 0: both sides 0" : undefined),
  expected: { verdict: "holds", reason: "‖v‖₂ ≤ ‖v‖₁ term by term (the terms with ‖·‖₂ only get larger)" },
});
