/**
 * seed/proof41-s4 — step S4 of the seed's §4.1 proof: φ_k := ⟨∇f(x^k), sign(g^k)⟩/‖∇f(x^k)‖₁ ∈ [−1, 1],
 * i.e. |⟨v, sign g⟩| ≤ ‖v‖₁ for all v, g ∈ R^d (Hölder with ‖sign g‖_∞ ≤ 1; φ_k := 0 at v = 0, where
 * the printed quotient is 0/0). A derivation step, decided exactly: both sides are exact rationals of
 * the float coordinates. Equality when sign g = ±sign v on the support of v.
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, exactDot, exactNorm1, param, TOL, type InequalityClaim } from "signcheck";
import { coordinatesParameter, DERIVATION, proofSource, realVector, signVector } from "./proof41.ts";

export interface InnerSignInstance {
  readonly v: Float64Array;
  readonly g: Float64Array;
}

export const innerSignInstances: fc.Arbitrary<InnerSignInstance> = arb
  .dimension({ min: 1, max: 20 })
  .chain((d) => fc.record({ v: realVector(d), g: realVector(d) }));

export const proof41S4 = defineClaim<InequalityClaim<InnerSignInstance>>({
  id: "seed/proof41-s4",
  kind: "inequality",
  title: "S4: φ_k = ⟨∇f, sign g⟩/‖∇f‖₁ lies in [−1, 1] (checked as |⟨v, sign g⟩| ≤ ‖v‖₁)",
  source: proofSource(
    "S4",
    String.raw`\phi_k := \frac{\langle \nabla f(x^k), \operatorname{sign}(g^k) \rangle}{\|\nabla f(x^k)\|_1} \in [-1, 1]`,
    "definition of φ_k",
  ),
  hypotheses: [DERIVATION, "v = ∇f(x^k), g = g^k any vectors of R^d, d ∈ [1, 20] (coordinates 0 or ±[1e-6, 1e3]), sign(0) = 0", "φ_k := 0 where ∇f(x^k) = 0"],
  tightness: "upper",
  instances: innerSignInstances,
  check: ({ v, g }) => certifiedSides(exactDot(v, signVector(g)).abs().enclosure(), exactNorm1(v).enclosure()),
  tolerance: TOL.exact,
  parameters: [
    coordinatesParameter(
      "|v_i|",
      [1e-6, 1e3],
      (i) => i.v,
      (i, v) => ({ ...i, v }),
    ),
    coordinatesParameter(
      "|g_i|",
      [1e-6, 1e3],
      (i) => i.g,
      (i, g) => ({ ...i, g }),
      "g_i = 0 (sign 0)",
    ),
    param.integer("d", [1, 20], (i) => i.v.length),
  ],
  degenerate: ({ v }) => (v.every((x) => x === 0) ? "∇f = 0: φ_k := 0, both sides 0" : undefined),
  expected: { verdict: "holds", reason: "Hölder: |⟨v, s⟩| ≤ ‖v‖₁‖s‖_∞ ≤ ‖v‖₁ for s ∈ {−1, 0, 1}^d" },
});
