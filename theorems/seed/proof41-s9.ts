/**
 * seed/proof41-s9 — step S9 of the seed's §4.1 proof, the triangle inequality of the gradient-growth
 * chain: ‖∇f(x^k)‖₂ = ‖∇f(x^k) − ∇f(x^{k−1}) + ∇f(x^{k−1})‖₂ ≤ ‖∇f(x^k) − ∇f(x^{k−1})‖₂ + ‖∇f(x^{k−1})‖₂,
 * for all vectors a = ∇f(x^k), b = ∇f(x^{k−1}). Squared norms are exact rationals, the square roots
 * in intervals. Equality when a − b and b point the same way (always possible in d = 1).
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, exactNorm2Squared, param, TOL, type InequalityClaim } from "signcheck";
import { coordinatesParameter, DERIVATION, proofSource, realVector } from "./proof41.ts";
import { Rational } from "signcheck";

export interface TriangleInstance {
  readonly a: Float64Array;
  readonly b: Float64Array;
}

export const proof41S9 = defineClaim<InequalityClaim<TriangleInstance>>({
  id: "seed/proof41-s9",
  kind: "inequality",
  title: "S9: ‖∇f(x^k)‖₂ ≤ ‖∇f(x^k) − ∇f(x^{k−1})‖₂ + ‖∇f(x^{k−1})‖₂",
  source: proofSource("S9", String.raw`&\leq \|\nabla f(x^{k}) - \nabla f(x^{k-1})\|_{2} + \|\nabla f(x^{k-1})\|_{2}`, "gradient-growth chain, second link"),
  hypotheses: [DERIVATION, "a = ∇f(x^k), b = ∇f(x^{k−1}) any vectors of R^d, d ∈ [1, 20] (coordinates 0 or ±[1e-6, 1e3])"],
  tightness: "upper",
  instances: arb.dimension({ min: 1, max: 20 }).chain((d) => fc.record({ a: realVector(d), b: realVector(d) })),
  check: ({ a, b }) => {
    // ‖a − b‖₂² exactly: (a_i − b_i)² from exact differences (a float subtraction could round).
    let diff = Rational.ZERO;
    for (let i = 0; i < a.length; i++) {
      const t = Rational.of(a[i]).sub(Rational.of(b[i]));
      diff = diff.add(t.mul(t));
    }
    return certifiedSides(exactNorm2Squared(a).enclosure().sqrt(), diff.enclosure().sqrt().add(exactNorm2Squared(b).enclosure().sqrt()));
  },
  tolerance: TOL.exact,
  parameters: [
    coordinatesParameter(
      "|a_i|",
      [1e-6, 1e3],
      (i) => i.a,
      (i, a) => ({ ...i, a }),
    ),
    coordinatesParameter(
      "|b_i|",
      [1e-6, 1e3],
      (i) => i.b,
      (i, b) => ({ ...i, b }),
    ),
    param.integer("d", [1, 20], (i) => i.a.length),
  ],
  degenerate: ({ a, b }) => (a.every((x) => x === 0) && b.every((x) => x === 0) ? "a = b = 0: both sides 0" : undefined),
  expected: { verdict: "holds", reason: "the triangle inequality of ‖·‖₂" },
});
