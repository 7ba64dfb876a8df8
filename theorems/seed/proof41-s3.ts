/**
 * seed/proof41-s3 — step S3 of the seed's §4.1 proof, the second "=" of the first display: the term
 * (L1·d·γ_k·e^{L1√dγ_k}/2)·γ_k‖∇f(x^k)‖₂ becomes (L1·√d·γ_k·e^{L1√dγ_k}/2)·γ_k‖∇f(x^k)‖₁. Both carry
 * the positive factor L1·γ_k²·e^{L1√dγ_k}/2, so the step is the norm comparison
 *   d·‖v‖₂ ≤ √d·‖v‖₁   for every v = ∇f(x^k) ∈ R^d,
 * the direction an upper-bound chain needs. It is false: ‖v‖₁ ≤ √d‖v‖₂ gives √d‖v‖₁ ≤ d‖v‖₂, with
 * equality only when all |v_i| are equal; at v = e₁ the right side is d^{−1/2} of the left
 * (docs/seed-errata.md, E1). Decided exactly: d·‖v‖₂² and ‖v‖₁² are exact rationals of the float
 * coordinates, and the two sides are reported as certified enclosures.
 */
import type fc from "fast-check";
import { arb, certifiedSides, defineClaim, exactNorm1, exactNorm2Squared, iv, param, TOL, type InequalityClaim, type Parameter } from "signcheck";
import { coordinatesParameter, DERIVATION, proofSource, realVector } from "./proof41.ts";

export interface NormInstance {
  readonly v: Float64Array;
}

/** Any real vector in dimension 1 … 1000 (log-uniform d; coordinates 0 or ±[1e-6, 1e3]). */
export const normInstances: fc.Arbitrary<NormInstance> = arb
  .iterations({ min: 1, max: 1000 })
  .chain((d) => realVector(d))
  .map((v) => ({ v }));

/** v's coordinates (movable) and d; v = 0 is degenerate for the norm comparisons (both sides 0). */
export const normParameters: Parameter<NormInstance>[] = [
  coordinatesParameter(
    "|v_i|",
    [1e-6, 1e3],
    (i) => i.v,
    (_i, v) => ({ v }),
  ),
  param.integer("d", [1, 1000], (i) => i.v.length, { boundaries: [param.at("d = 1", 1), param.at("d = 1000", 1000)] }),
];

export const zeroVector = ({ v }: NormInstance): string | undefined => (v.every((x) => x === 0) ? "v = 0: both sides 0" : undefined);

export const proof41S3 = defineClaim<InequalityClaim<NormInstance>>({
  id: "seed/proof41-s3",
  kind: "inequality",
  title: 'S3: the second "=" replaces d·‖∇f‖₂ by √d·‖∇f‖₁ (checked as d‖v‖₂ ≤ √d‖v‖₁)',
  source: proofSource(
    "S3",
    String.raw`+ \frac{L_{1} \sqrt{d} \gamma_{k} \exp(L_{1} \sqrt{d} \gamma_{k})}{2} \cdot \gamma_{k} \|\nabla f(x^{k})\|_{1}.`,
    'first display, second "="',
  ),
  hypotheses: [
    DERIVATION,
    "v = ∇f(x^k) any vector of R^d, d ∈ [1, 1000] (coordinates 0 or ±[1e-6, 1e3])",
    "the common factor L1·γ_k²·e^{L1√dγ_k}/2 > 0 (L1 > 0) is cancelled",
  ],
  tightness: "upper",
  instances: normInstances,
  check: ({ v }) => {
    const d = v.length;
    // d‖v‖₂ = √(d·(d‖v‖₂²)) and √d‖v‖₁ = √(d·‖v‖₁²), from exact d‖v‖₂² and ‖v‖₁².
    const lhs = iv(d)
      .mul(iv(d).mul(exactNorm2Squared(v).enclosure()))
      .sqrt();
    const n1 = exactNorm1(v);
    const rhs = iv(d).mul(n1.mul(n1).enclosure()).sqrt();
    return certifiedSides(lhs, rhs);
  },
  tolerance: TOL.exact,
  parameters: normParameters,
  degenerate: zeroVector,
  classify: ({ v }) => `d ${v.length === 1 ? "= 1" : v.length <= 10 ? "≤ 10" : v.length <= 100 ? "≤ 100" : "> 100"}`,
  expected: { verdict: "violated", reason: "√d‖v‖₁ ≤ d‖v‖₂ for every v, strictly unless all |v_i| are equal: the replacement lowers the bound (by up to √d)" },
});
