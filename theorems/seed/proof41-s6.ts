/**
 * seed/proof41-s6 — step S6 of the seed's §4.1 proof: the premise of the concentration lemma,
 *   exp(D_k²/(4γ_k²‖∇f(x^k)‖₁²)) = exp((φ_k − ψ_k)²/4) ≤ e,
 * with D_k = −γ_k(φ_k − ψ_k)‖∇f(x^k)‖₁, φ_k ∈ [−1, 1] (S4) and ψ_k = E[φ_k | x^k] ∈ [−1, 1]. A derivation
 * step over every v = ∇f(x^k) ≠ 0, γ_k > 0, φ_k from a sign vector and ψ_k ∈ [−1, 1] (its ends drawn
 * as boundary values): D_k² and 4γ_k²‖∇f‖₁² are formed exactly, the exponential in intervals.
 * Equality at φ_k = −ψ_k = ±1. The scale σ_k² = 4γ_k²‖∇f(x^k)‖₁² is a function of x^k (known before
 * the k-th draw), as the lemma requires.
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, exactDot, exactNorm1, iv, param, Rational, TOL, type InequalityClaim } from "signcheck";
import { clamp, coordinatesParameter, DERIVATION, logParameter, proofSource, realVector, signVector } from "./proof41.ts";

export interface ScaleInstance {
  readonly v: Float64Array;
  readonly g: Float64Array;
  readonly gamma: number;
  readonly psi: number;
}

const instances: fc.Arbitrary<ScaleInstance> = arb.dimension({ min: 1, max: 20 }).chain((d) =>
  fc.record({
    v: realVector(d).map((v) => (v.some((x) => x !== 0) ? v : Float64Array.from(v, (_, i) => (i === 0 ? 1 : 0)))),
    g: realVector(d),
    gamma: arb.stepsize({ lo: 1e-6, hi: 1 }),
    psi: fc.oneof(
      fc.constantFrom(-1, 1),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k / 1_000_000),
    ),
  }),
);

export const proof41S6 = defineClaim<InequalityClaim<ScaleInstance>>({
  id: "seed/proof41-s6",
  kind: "inequality",
  title: "S6: exp(D_k²/(4γ_k²‖∇f‖₁²)) = exp((φ_k − ψ_k)²/4) ≤ e",
  source: proofSource(
    "S6",
    String.raw`\exp\left(\frac{D_k^2}{4\gamma_k^2 \|\nabla f(x^k)\|_1^2}\right) = \exp\left(\frac{(\phi_k - \psi_k)^2}{4}\right) \le e.`,
  ),
  hypotheses: [DERIVATION, "v = ∇f(x^k) ≠ 0 and g any vectors of R^d, d ∈ [1, 20]; γ_k ∈ [1e-6, 1]; ψ_k ∈ [−1, 1] (±1 included)"],
  tightness: "upper",
  instances,
  check: ({ v, g, gamma, psi }) => {
    const G = exactNorm1(v);
    const phi = exactDot(v, signVector(g)).div(G);
    const D = Rational.of(gamma)
      .neg()
      .mul(phi.sub(Rational.of(psi)))
      .mul(G);
    const ratio = D.mul(D).div(Rational.int(4).mul(Rational.of(gamma)).mul(Rational.of(gamma)).mul(G).mul(G));
    return certifiedSides(ratio.enclosure().exp(), iv(1).exp());
  },
  tolerance: TOL.exact,
  parameters: [
    // v ≠ 0 is a premise: a search that zeroes every coordinate is sent back to e₁.
    coordinatesParameter(
      "|v_i|",
      [1e-6, 1e3],
      (i) => i.v,
      (i, v) => ({ ...i, v: v.some((x) => x !== 0) ? v : Float64Array.from(v, (_, k) => (k === 0 ? 1 : 0)) }),
    ),
    coordinatesParameter(
      "|g_i|",
      [1e-6, 1e3],
      (i) => i.g,
      (i, g) => ({ ...i, g }),
      "g_i = 0 (sign 0)",
    ),
    logParameter(
      "γ_k",
      [1e-6, 1],
      (i) => i.gamma,
      (i, gamma) => ({ ...i, gamma }),
    ),
    param.linear("ψ_k", [-1, 1], (i) => i.psi, {
      write: (i, psi) => ({ ...i, psi: clamp(psi as number, -1, 1) }),
      boundaries: [param.at("ψ_k = ±1", (v) => Math.abs(v as number) === 1)],
    }),
    param.integer("d", [1, 20], (i) => i.v.length),
  ],
  expected: { verdict: "holds", reason: "|φ_k − ψ_k| ≤ 2, so the exponent is at most 1; equality at φ_k = −ψ_k = ±1" },
});
