/**
 * The completed SignSGD bound with its bookkeeping corrected (docs/seed-errata.md, E5): from the
 * chain's own constants (signSgdHpChainBound) with √d ≤ d and 8·L0·d·γ ≤ 64·L0·d·γ·ℓ when ℓ ≥ 1/8,
 *   (1/T)Σ‖∇f(x^k)‖₁ ≤ 8Δ₁/(Tγ) + 160·L0·d·γ·ℓ + 16‖σ⃗‖₁ + 48·d·‖∇f(x¹)‖₁·ℓ/T,
 * valid as a consequence of the chain only for δ ≤ e^{−1/8} (ℓ ≥ 1/8), and — like the printed bound —
 * only as far as the chain's λ step is (it is not justified: E4). Used as the holding counterpart of
 * the printed constants and by the corrected tuning.
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
import type { SignSgdHpChainParams } from "./signSgdHpChainBound.ts";
import { validateSignSgdHpParams, type SignSgdHpParams } from "./signSgdHpBound.ts";
import { InputError } from "../core/errors.ts";

/** Largest δ for which the merge 8·L0·d·γ + 96·L0·d·γ·ℓ ≤ 160·L0·d·γ·ℓ holds: ℓ ≥ 1/8. */
export const CORRECTED_BOUND_DELTA_MAX = Math.exp(-1 / 8);

export function signSgdHpCorrectedBoundIn<T>(A: Arithmetic<T>, p: SignSgdHpChainParams<T>): T {
  const c = A.of;
  const opt = A.div(A.mul(c(8), p.Delta1), A.mul(p.T, p.gamma));
  const step = A.mul(A.mul(A.mul(c(160), p.L0), A.mul(p.d, p.gamma)), p.ell);
  const noise = A.mul(c(16), p.sigma1);
  const start = A.div(A.mul(A.mul(c(48), p.d), A.mul(p.grad1Norm1, p.ell)), p.T);
  return A.add(A.add(opt, step), A.add(noise, start));
}

export function signSgdHpCorrectedBound(p: SignSgdHpParams): number {
  validateSignSgdHpParams(p);
  if (p.delta > CORRECTED_BOUND_DELTA_MAX) throw new InputError("delta", p.delta, `δ ≤ e^{−1/8} ≈ ${CORRECTED_BOUND_DELTA_MAX.toFixed(6)} (log(1/δ) ≥ 1/8)`);
  return signSgdHpCorrectedBoundIn(FLOAT, { ...p, ell: -Math.log(p.delta) });
}
