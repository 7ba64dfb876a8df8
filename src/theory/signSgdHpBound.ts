/**
 * The high-probability bound for SignSGD under (L0,L1)-smoothness as the authors completed the seed's
 * proof (seedfinal, proof of the Theorem "(L0,L1) HP complexity for minibatch-SignSGD", its last
 * display before the tuning): for constant γ ≤ 1/(48·L1·d^{3/2}·ℓ), ℓ = log(1/δ), with probability
 * ≥ 1 − δ,
 *   (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁ ≤ 4Δ₁/(Tγ) + 80·L0·d·γ·ℓ + 8‖σ⃗‖₁ + 24·d·‖∇f(x¹)‖₁·ℓ/T,
 * and the stepsize cap γ_max of the seed's proof (§4.1). Pure functions of the parameters; the float
 * entries validate their input, the `…In`/`…Terms` forms evaluate the same formula in any arithmetic
 * (src/core/arithmetic.ts) for claims that decide in intervals. The audit measures this bound rather
 * than trusting it: its λ step is not justified, its constants do not follow from its own chain and it
 * fails for δ near 1 (docs/seed-errata.md, E3–E5).
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
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
 * SignSGD takes any constant γ > 0 (kornilov25, Lemma 1; docs/seed-errata.md, background: Kornilov et al.'s L-smooth lemma),
 * and γ is then set by the rate (γ = √(Δ₁/(8L0dTℓ)) there), not by a cap. So L1 = 0 returns
 * Infinity, the limit of the formula as L1 → 0⁺; a negative L1 is refused.
 */
export function signSgdStepCap(L1: number, d: number, delta: number): number {
  requireNonNegative("L1", L1);
  requireInteger("d", d, 1);
  requireProbabilityOpen("delta", delta);
  if (L1 === 0) return Infinity;
  return signSgdStepCapIn(FLOAT, L1, d, -Math.log(delta));
}

/** γ_max = 1/(48·L1·d·√d·ℓ), ℓ = log(1/δ), in any arithmetic (no validation: callers validate). */
export function signSgdStepCapIn<T>(A: Arithmetic<T>, L1: T, d: T, ell: T): T {
  return A.div(A.of(1), A.mul(A.mul(A.mul(A.of(48), L1), A.mul(d, A.sqrt(d))), ell));
}

/** The four terms of the bound and their sum, in the paper's order. */
export interface SignSgdHpTerms<T> {
  /** 4Δ₁/(Tγ). */
  readonly optimisation: T;
  /** 80·L0·d·γ·ℓ. */
  readonly stepsize: T;
  /** 8‖σ⃗‖₁. */
  readonly noise: T;
  /** 24·d·‖∇f(x¹)‖₁·ℓ/T. */
  readonly start: T;
  readonly total: T;
}

/** The bound's terms in any arithmetic, with ℓ = log(1/δ) given directly (no validation: callers validate). */
export function signSgdHpBoundTerms<T>(
  A: Arithmetic<T>,
  p: { readonly Delta1: T; readonly T: T; readonly gamma: T; readonly L0: T; readonly d: T; readonly ell: T; readonly sigma1: T; readonly grad1Norm1: T },
): SignSgdHpTerms<T> {
  const c = A.of;
  const optimisation = A.div(A.mul(c(4), p.Delta1), A.mul(p.T, p.gamma));
  const stepsize = A.mul(A.mul(A.mul(c(80), p.L0), A.mul(p.d, p.gamma)), p.ell);
  const noise = A.mul(c(8), p.sigma1);
  const start = A.div(A.mul(A.mul(c(24), p.d), A.mul(p.grad1Norm1, p.ell)), p.T);
  return { optimisation, stepsize, noise, start, total: A.add(A.add(optimisation, stepsize), A.add(noise, start)) };
}

/** Validates the parameters of the bound and of its chain and corrected forms (each names the parameter and its range). */
export function validateSignSgdHpParams(p: SignSgdHpParams): void {
  requireNonNegative("Delta1", p.Delta1);
  requireInteger("T", p.T, 1);
  requirePositive("gamma", p.gamma);
  requireNonNegative("L0", p.L0);
  requireInteger("d", p.d, 1);
  requireProbabilityOpen("delta", p.delta);
  requireNonNegative("sigma1", p.sigma1);
  requireNonNegative("grad1Norm1", p.grad1Norm1);
}

/** The high-probability bound on SignSGD's average ℓ1 gradient norm under (L0,L1)-smoothness (seedfinal). */
export function signSgdHpBound(p: SignSgdHpParams): number {
  validateSignSgdHpParams(p);
  return signSgdHpBoundTerms(FLOAT, { ...p, ell: -Math.log(p.delta) }).total;
}
