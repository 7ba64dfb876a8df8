/**
 * E‖Y‖₂^κ for a centred Gaussian vector Y ~ N(0, diag(v)) — the norm moment of Gaussian noise with
 * per-coordinate scales (the seed's σ⃗ with unequal σ_i), used by normMoment and by the batching
 * lemma's vector form (kornilov25 / hubler24 / seed constant 1; docs/seed-errata.md, E7).
 *   Equal variances v: ‖Y‖₂ = √v·χ_d, E χ_d^κ = 2^{κ/2} Γ((d+κ)/2)/Γ(d/2) (closed form, any κ > 0).
 *   Unequal variances, κ = 2s ∈ (0, 2): with Q = ‖Y‖₂², Q^{s−1} = (1/Γ(1−s))∫_0^∞ t^{−s} e^{−tQ} dt and
 *   E[Q e^{−tQ}] = g(t) = Π_i (1 + 2v_i t)^{−1/2} · Σ_i v_i/(1 + 2v_i t), so (with v scaled to max v = 1)
 *     E Q^s = g(0)/Γ(2−s) + (1/Γ(1−s))·[∫_0^1 t^{−s}(g(t) − g(0)) dt + ∫_1^∞ t^{−s} g(t) dt],
 *   the first term being ∫_0^1 t^{−s} g(0) dt/Γ(1−s) in closed form (so s → 1 loses nothing). Both
 *   integrals by adaptive Gauss–Kronrod at rtol 1e-13 (the first on a grid geometric toward 0, the
 *   second in x = log t up to X = 40/(s + ½), where the bound t^{1−s}g(t) ≤ d·2^{−3/2}·t^{−s−½}
 *   leaves ≤ d·e^{−40} of the mass): accurate to ~1e-12 relative (a test checks it at TOL_QUADRATURE
 *   against a polar integral for d = 2), far inside TOL.claim. κ = 2 is Σ v_i exactly; κ > 2 with
 *   unequal variances throws UndefinedQuantityError.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { integratePieces } from "../core/special/integrate.ts";
import { logGamma } from "../core/special/logGamma.ts";
import { requireFiniteVector, requirePositive } from "../core/validate.ts";

/** E‖X‖₂^κ of a Gaussian vector with independent coordinates of the given variances. */
export function gaussianNormMoment(variances: readonly number[], kappa: number): number {
  requirePositive("kappa", kappa);
  requireFiniteVector("variances", variances);
  if (variances.length === 0) throw new UndefinedQuantityError("variances", variances, "at least one coordinate");
  variances.forEach((v, i) => requirePositive(`variances[${i}]`, v));
  const d = variances.length;
  const vmax = Math.max(...variances);
  const s = kappa / 2;
  if (variances.every((v) => v === vmax)) return vmax ** s * Math.exp(s * Math.LN2 + logGamma((d + kappa) / 2) - logGamma(d / 2));
  if (!(kappa <= 2)) throw new UndefinedQuantityError("kappa", kappa, "κ ∈ (0, 2] for unequal variances (κ > 2: equal variances only)");
  if (s === 1) return variances.reduce((a, b) => a + b, 0);
  const w = variances.map((v) => v / vmax);
  const g0 = w.reduce((a, b) => a + b, 0);
  const g = (t: number): number => {
    let logL = 0;
    let sum = 0;
    for (const wi of w) {
      logL += Math.log1p(2 * wi * t);
      sum += wi / (1 + 2 * wi * t);
    }
    return Math.exp(-0.5 * logL) * sum;
  };
  // [0, 1]: integrand ~ t^{1−s} near 0; breakpoints 2^{−k}, k = 0..60, resolve the endpoint.
  // Stryker disable next-line ArrayDeclaration: the piece [0, 2^−60] holds ≤ E[Q²]·2^−60 ≤ 3d²·2^−60 of the inner integral (|g(t) − g0| ≤ |g′(0)|t, g′(0) = −E[Q²]): ≈ 2.6e-18·d² of a total ≥ 0.8, far inside the quadrature's rtol 1e-13
  const near = [0];
  for (let k = 60; k >= 0; k--) near.push(2 ** -k);
  // Stryker disable next-line ConditionalExpression: Gauss–Kronrod evaluates interior nodes only (c ± 0.9915h): t = 0 comes only on a subinterval [0, b] with b < 2^−1067 (subnormal), ~1000 bisections toward 0 that an integrand vanishing like t^{1−s} never needs (the guard keeps 0^−s·0 = NaN out if it did)
  const inner = integratePieces((t) => (t === 0 ? 0 : t ** -s * (g(t) - g0)), near); // rtol 1e-13, the default
  // [1, ∞) in x = log t: integrand e^{(1−s)x}g(e^x) ≤ d·2^{−3/2}·e^{−(s+½)x} (max w = 1 and w_i/(1+2w_i t) ≤ 1/(2t)),
  // so stopping at X = 40/(s + ½) leaves ≤ d·e^{−40} ≈ d·4e-18 of a total ≥ E|Z|^κ ≥ 0.8 (the coordinate of variance 1).
  const X = 40 / (s + 0.5);
  const far = [...Array.from({ length: Math.ceil(X) }, (_, j) => j), X];
  const outer = integratePieces((x) => Math.exp((1 - s) * x) * g(Math.exp(x)), far);
  return vmax ** s * (g0 / Math.exp(logGamma(2 - s)) + (inner + outer) / Math.exp(logGamma(1 - s)));
}
