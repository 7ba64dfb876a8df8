/**
 * seed/proof41-s8 — step S8 of the seed's §4.1 proof, the first link of the gradient-growth chain:
 * ‖∇f(x^k)‖₁/√d ≤ ‖∇f(x^k)‖₂ (the norm relation), for every v ∈ R^d. Decided exactly: ‖v‖₁² ≤ d·‖v‖₂²
 * in rationals. Equality when all |v_i| are equal (always at d = 1).
 */
import { certifiedSides, defineClaim, exactNorm1, exactNorm2Squared, iv, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import { normInstances, normParameters, zeroVector, type NormInstance } from "./proof41-s3.ts";

export const proof41S8 = defineClaim<InequalityClaim<NormInstance>>({
  id: "seed/proof41-s8",
  kind: "inequality",
  title: "S8: ‖∇f(x^k)‖₁/√d ≤ ‖∇f(x^k)‖₂",
  source: proofSource("S8", String.raw`\|\nabla f(x^{k})\|_{1}/\sqrt{d} &\leq \|\nabla f(x^{k})\|_{2}`, "gradient-growth chain, first link"),
  hypotheses: [DERIVATION, "v = ∇f(x^k) any vector of R^d, d ∈ [1, 1000] (coordinates 0 or ±[1e-6, 1e3])"],
  tightness: "upper",
  instances: normInstances,
  check: ({ v }) => {
    const n1 = exactNorm1(v);
    // ‖v‖₁/√d = √(‖v‖₁²/d) against ‖v‖₂ = √‖v‖₂², both from exact rationals.
    return certifiedSides(n1.mul(n1).enclosure().div(iv(v.length)).sqrt(), exactNorm2Squared(v).enclosure().sqrt());
  },
  tolerance: TOL.exact,
  parameters: normParameters,
  degenerate: zeroVector,
  expected: { verdict: "holds", reason: "Cauchy–Schwarz: ‖v‖₁ = ⟨|v|, 1⟩ ≤ √d‖v‖₂" },
});
