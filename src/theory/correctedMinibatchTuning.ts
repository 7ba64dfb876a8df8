/**
 * A corrected prescription for minibatch-SignSGD under (L0, L1)-smoothness — signcheck's own correction
 * of the seed's "optimal tuning" (docs/seed-errata.md, E8, this repository), for the bookkeeping-
 * corrected bound (1/T)Σ‖∇f(x^k)‖₁ ≤ 8Δ₁/(Tγ) + 160·L0·d·γ·ℓ + 16‖σ⃗_B‖₁ + 48·d·‖∇f(x¹)‖₁·ℓ/T
 * (src/theory/signSgdHpCorrectedBound.ts; ℓ = log(1/δ) ≥ 1/8), with each of the four terms given ε/4:
 *   batch (both regimes, with the batching lemma's constant 2 ≥ 2^{1/κ}): B = max{1, (128‖σ⃗‖₁/ε)^{κ/(κ−1)}},
 *     so that 16‖σ⃗_B‖₁ ≤ 32‖σ⃗‖₁B^{−(κ−1)/κ} ≤ ε/4;
 *   regime "L1", ε ≥ (40/3)·L0/(L1·√d): γ = 1/(48·L1·d^{3/2}·ℓ) (then 160L0dγℓ ≤ ε/4),
 *     T = ⌈max{32Δ₁/(εγ), 192·d·‖∇f(x¹)‖₁·ℓ/ε}⌉;
 *   regime "L0", below the threshold: T = ⌈max{20480·Δ₁·L0·d·ℓ/ε², 192·d·‖∇f(x¹)‖₁·ℓ/ε}⌉ and
 *     γ = √(8Δ₁/(160·T·L0·d·ℓ)), the minimiser of 8Δ₁/(Tγ) + 160L0dγℓ, which stays ≤ 1/(48L1d^{3/2}ℓ) there.
 * Like the bound it serves, it is conditional on the concentration step (E4). Written once against
 * Arithmetic<T> (float or interval).
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
import { requireInRange, requireNonNegative, requirePositive, requireInteger } from "../core/validate.ts";
import { CORRECTED_BOUND_DELTA_MAX } from "./signSgdHpCorrectedBound.ts";
import { signSgdStepCapIn } from "./signSgdHpBound.ts";
import type { SeedRegime, SeedTuning, SeedTuningParams } from "./seedMinibatchTuning.ts";

/** The seed's parameters without its slack factor c, and ‖∇f(x¹)‖₁ (the fourth term's budget needs it). */
export interface CorrectedTuningParams<T = number> extends Omit<SeedTuningParams<T>, "c"> {
  /** ‖∇f(x¹)‖₁. */
  readonly grad1Norm1: T;
}

/** (40/3)·L0/(L1·√d): regime "L1" at or above it, "L0" below. */
export function correctedRegimeThresholdIn<T>(A: Arithmetic<T>, p: Pick<CorrectedTuningParams<T>, "L0" | "L1" | "d">): T {
  return A.div(A.mul(A.of(40), p.L0), A.mul(A.mul(A.of(3), p.L1), A.sqrt(p.d)));
}

/** The corrected prescription for a regime, ℓ given (no validation: callers validate). */
export function correctedMinibatchTuningIn<T>(A: Arithmetic<T>, p: CorrectedTuningParams<T> & { readonly ell: T }, regime: SeedRegime): SeedTuning<T> {
  const c = A.of;
  const threshold = correctedRegimeThresholdIn(A, p);
  const Breal = A.pow(A.max(c(1), A.div(A.mul(c(128), p.sigma1), p.epsilon)), A.div(p.kappa, A.sub(p.kappa, c(1))));
  const B = A.ceil(Breal);
  const startTerm = A.div(A.mul(A.mul(c(192), p.d), A.mul(p.grad1Norm1, p.ell)), p.epsilon);
  if (regime === "L1") {
    const gamma = signSgdStepCapIn(A, p.L1, p.d, p.ell);
    const T = A.ceil(A.max(A.div(A.mul(c(32), p.Delta1), A.mul(p.epsilon, gamma)), startTerm));
    return { regime, gamma, T, B, Breal, threshold };
  }
  const T = A.ceil(A.max(A.div(A.mul(A.mul(c(20480), A.mul(p.Delta1, p.L0)), A.mul(p.d, p.ell)), A.mul(p.epsilon, p.epsilon)), startTerm));
  const gamma = A.sqrt(A.div(A.mul(c(8), p.Delta1), A.mul(A.mul(c(160), A.mul(T, p.L0)), A.mul(p.d, p.ell))));
  return { regime, gamma, T, B, Breal, threshold };
}

/** The corrected prescription in float64, validated (δ ≤ e^{−1/8}); the regime from ε against the threshold. */
export function correctedMinibatchTuning(p: CorrectedTuningParams & { readonly delta: number }): SeedTuning {
  requirePositive("L0", p.L0);
  requirePositive("L1", p.L1);
  requireInteger("d", p.d, 1);
  requirePositive("Delta1", p.Delta1);
  requireNonNegative("sigma1", p.sigma1);
  requireInRange("kappa", p.kappa, 1, 2, { loOpen: true });
  requirePositive("epsilon", p.epsilon);
  requireNonNegative("grad1Norm1", p.grad1Norm1);
  // (0, e^{−1/8}] ⊂ (0, 1): one check of δ, which also refuses NaN.
  requireInRange("delta", p.delta, 0, CORRECTED_BOUND_DELTA_MAX, { loOpen: true });
  const q = { ...p, ell: -Math.log(p.delta) };
  const regime: SeedRegime = p.epsilon >= correctedRegimeThresholdIn(FLOAT, q) ? "L1" : "L0";
  return correctedMinibatchTuningIn(FLOAT, q, regime);
}
