/**
 * The high-probability bound for SignSGD under (L0,L1)-smoothness as completed by the authors
 * (seedfinal, Lemma "(L0,L1) SignSGD, HP"; review §3.2, R1): for constant γ ≤ 1/(48·L1·d^{3/2}·ℓ),
 * ℓ = log(1/δ), with probability ≥ 1 − δ,
 *   (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁ ≤ 4Δ₁/(Tγ) + 80·L0·d·γ·ℓ + 8‖σ⃗‖₁ + 24·d·‖∇f(x¹)‖₁·ℓ/T.
 * Pure functions of the parameters, validated. Status per the review: the proof's λ is random (a
 * gap), the constants do not follow from its own chain, and it fails for δ near 1; the audit
 * measures it rather than trusting it.
 */
import { requireInteger, requireNonNegative, requirePositive, requireProbabilityOpen } from "../core/validate.ts";

/** Parameters of `signSgdHpBound`: constants, horizon, stepsize, noise, confidence. */
export interface SignSgdHpParams {
  /** Δ₁ = f(x¹) − f*. */
  readonly Delta1: number;
  readonly T: number;
  readonly gamma: number;
  readonly L0: number;
  readonly d: number;
  readonly delta: number;
  /** ‖σ⃗‖₁. */
  readonly sigma1: number;
  /** ‖∇f(x¹)‖₁. */
  readonly grad1Norm1: number;
}

/**
 * The stepsize cap γ_max = 1/(48·L1·d^{3/2}·log(1/δ)) of the seed's proof (S12, S20), L1 ≥ 0.
 * The cap serves only the L1 terms: it keeps a = L1√dγ small in the step bound
 * ‖∇f(x^k)‖₂ ≤ ‖∇f(x^{k−1})‖₂ + (L0 + L1‖∇f(x^{k−1})‖₂)e^{a}√dγ (review S8–S12), so that
 * a·e^a ≤ 1/(48dℓ) and e^a ≤ 2. With L1 = 0 the function is L0-smooth, a = 0 for every γ, and both
 * conditions hold whatever γ: the L-smooth cap is +∞ — the L-smooth high-probability analysis of
 * SignSGD takes any constant γ > 0 (kornilov25, Lemma 1; review §3.5: "no stepsize cap is needed"),
 * and γ is then set by the rate (γ = √(Δ₁/(8L0dTℓ)) there), not by a cap. So L1 = 0 returns
 * Infinity, the limit of the formula as L1 → 0⁺; a negative L1 is refused.
 */
export function signSgdStepCap(L1: number, d: number, delta: number): number {
  requireNonNegative("L1", L1);
  requireInteger("d", d, 1);
  requireProbabilityOpen("delta", delta);
  if (L1 === 0) return Infinity;
  return 1 / (48 * L1 * d ** 1.5 * Math.log(1 / delta));
}

/** The high-probability bound on SignSGD's average ℓ1 gradient norm under (L0,L1)-smoothness (seedfinal). */
export function signSgdHpBound(p: SignSgdHpParams): number {
  requireNonNegative("Delta1", p.Delta1);
  requireInteger("T", p.T, 1);
  requirePositive("gamma", p.gamma);
  requireNonNegative("L0", p.L0);
  requireInteger("d", p.d, 1);
  requireProbabilityOpen("delta", p.delta);
  requireNonNegative("sigma1", p.sigma1);
  requireNonNegative("grad1Norm1", p.grad1Norm1);
  const ell = Math.log(1 / p.delta);
  return (4 * p.Delta1) / (p.T * p.gamma) + 80 * p.L0 * p.d * p.gamma * ell + 8 * p.sigma1 + (24 * p.d * p.grad1Norm1 * ell) / p.T;
}
