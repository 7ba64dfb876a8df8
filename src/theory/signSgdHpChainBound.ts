/**
 * The bound the authors' completed proof actually yields (seedfinal, proof of the Theorem, the display
 * after the choice of λ and the sign-mismatch estimate), if its λ step were valid. Its last "with
 * probability" display reads Σ_k γ(ψ_k − ½ − ¼ − ⅛)‖∇f(x^k)‖₁ ≤ Δ₁ + L0·d·Σγ² + 6√d(γ‖∇f(x¹)‖₁ + 2C_T·L0)ℓ,
 * and ψ_k‖∇f(x^k)‖₁ ≥ ‖∇f(x^k)‖₁ − 2‖σ⃗‖₁ (seed (3)–(4)) leaves the coefficient ⅛ on the left. With a
 * constant γ, C_T = max_k γ·Σ_{τ<k}γ = (T − 1)γ², and dividing by Tγ/8:
 *   (1/T)Σ‖∇f(x^k)‖₁ ≤ 8Δ₁/(Tγ) + 8·L0·d·γ + 96√d·L0·γ·ℓ·(T − 1)/T + 16‖σ⃗‖₁ + 48√d·‖∇f(x¹)‖₁·ℓ/T.
 * This is the largest average the premises of that last step allow (they hold with equality for some
 * reals), so it is the right side a derivation check of the step compares the printed bound with
 * (docs/seed-errata.md, E5).
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
import { validateSignSgdHpParams, type SignSgdHpParams } from "./signSgdHpBound.ts";

export interface SignSgdHpChainParams<T> {
  readonly Delta1: T;
  readonly T: T;
  readonly gamma: T;
  readonly L0: T;
  readonly d: T;
  readonly ell: T;
  readonly sigma1: T;
  readonly grad1Norm1: T;
}

export function signSgdHpChainBoundIn<T>(A: Arithmetic<T>, p: SignSgdHpChainParams<T>): T {
  const c = A.of;
  const sqrtD = A.sqrt(p.d);
  const opt = A.div(A.mul(c(8), p.Delta1), A.mul(p.T, p.gamma));
  const step = A.mul(A.mul(c(8), p.L0), A.mul(p.d, p.gamma));
  const stepLog = A.div(A.mul(A.mul(A.mul(c(96), sqrtD), A.mul(p.L0, p.gamma)), A.mul(p.ell, A.sub(p.T, c(1)))), p.T);
  const noise = A.mul(c(16), p.sigma1);
  const start = A.div(A.mul(A.mul(c(48), sqrtD), A.mul(p.grad1Norm1, p.ell)), p.T);
  return A.add(A.add(A.add(opt, step), A.add(stepLog, noise)), start);
}

export function signSgdHpChainBound(p: SignSgdHpParams): number {
  validateSignSgdHpParams(p);
  return signSgdHpChainBoundIn(FLOAT, { ...p, ell: -Math.log(p.delta) });
}
