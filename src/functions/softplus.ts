/**
 * Stable scalar pieces of the logistic and softmax families: softplus(t) = log(1 + e^t), the
 * sigmoid σ(t) = 1/(1 + e^{−t}) and log-sum-exp. σ(−t) is computed directly, never as 1 − σ(t):
 * the review (§4, "implementation pitfalls") records a false Lemma-1 "violation" (ratio 5.6 instead
 * of 0.9734) produced by a sigmoid that loses its complement to cancellation.
 */
import type { Vector } from "../core/vector.ts";
import { symmetricNorm } from "./symmetricEigen.ts";

/** log(1 + e^t) without overflow (t large) or loss of precision (t very negative). */
export function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/** σ(t) = 1/(1 + e^{−t}), accurate to a few ulps for every t (including its tiny tail values). */
export function sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/** log Σ e^{x_i}, shifted by the maximum. */
export function logSumExpValue(x: Vector): number {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] > m) m = x[i];
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i] - m);
  return m + Math.log(s);
}

/**
 * Softmax p and its complements q_i = 1 − p_i = Σ_{j≠i} p_j, both computed as sums of positive terms
 * (no cancellation), written into `p` and `q`.
 */
export function softmaxWithComplement(x: Vector, p: Vector, q: Vector): void {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] > m) m = x[i];
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    p[i] = Math.exp(x[i] - m);
    s += p[i];
  }
  for (let i = 0; i < x.length; i++) p[i] /= s;
  for (let i = 0; i < x.length; i++) {
    let c = 0;
    for (let j = 0; j < x.length; j++) if (j !== i) c += p[j];
    q[i] = c;
  }
}

/**
 * λ_max(diag p − ppᵀ), the softmax Hessian's norm, from p and its complements q = 1 − p (computed
 * without cancellation by softmaxWithComplement): the diagonal p_k·q_k, never p_k − p_k².
 */
export function softmaxCovarianceNorm(p: Vector, q: Vector): number {
  const K = p.length;
  const c = new Float64Array(K * K);
  for (let k = 0; k < K; k++) for (let l = 0; l < K; l++) c[k * K + l] = k === l ? p[k] * q[k] : -p[k] * p[l];
  return symmetricNorm(c, K);
}
