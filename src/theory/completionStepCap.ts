/**
 * The second stepsize condition of the authors' completed proof (seedfinal, proof of the Theorem,
 * after its first display): "Let us choose γ_k ≤ 1/(4·L1·d), then L1·d·γ_k·exp(L1·√d·γ_k) ≤ ¼". The
 * seed's own cap γ ≤ 1/(48·L1·d^{3/2}·log(1/δ)) does not imply it when log(1/δ) < 1/(12√d), i.e. for
 * δ near 1, so a claim of the completed bound must state both (docs/seed-errata.md, E2 and E3). The
 * implication printed beside it is false as written (L1·d·γ·e^{L1√dγ} = ¼·e^{1/(4√d)} > ¼ at the
 * cap); the inequality the proof uses carries a factor ½ and holds.
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
import { requireInteger, requirePositive } from "../core/validate.ts";

export function completionStepCapIn<T>(A: Arithmetic<T>, L1: T, d: T): T {
  return A.div(A.of(1), A.mul(A.mul(A.of(4), L1), d));
}

/** 1/(4·L1·d). */
export function completionStepCap(L1: number, d: number): number {
  requirePositive("L1", L1);
  requireInteger("d", d, 1);
  return completionStepCapIn(FLOAT, L1, d);
}
