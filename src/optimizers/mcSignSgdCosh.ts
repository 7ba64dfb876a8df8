/**
 * The fused Monte-Carlo loop of the "mc-signsgd" workload: one SignSGD trajectory (seed, Alg. 1)
 *   x^{k+1} = x^k − γ·sign(∇f(x^k) + scale·(1/B)Σ_b X_b),  f(x) = Σ_i cosh x_i,  X ~ Student-t(ν),
 * returning S = (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁ (gradients before each update). It is the same algorithm,
 * with the same random draws in the same order and the same floating-point operations, as
 * runTrajectory(signSgd, …, gradientOracle({fn: coshSum(d), noise: studentT(ν), scale, batch}), T)
 * .meanGradNorm1 — a test checks they agree exactly — but computes sinh once per coordinate and calls
 * no function through an interface, so the hot loop is allocation-free and inlinable.
 * A non-finite S (divergence) is returned as +∞.
 */
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger, requireNonNegative, requirePositive } from "../core/validate.ts";
import { studentT } from "../noise/studentT.ts";

export interface McSignSgdCoshParams {
  readonly x0: Float64Array;
  readonly T: number;
  readonly gamma: number;
  /** Student-t degrees of freedom ν > 0. */
  readonly nu: number;
  readonly scale: number;
  readonly batch?: number;
}

/** Validates once; the returned runner takes a stream and a scratch iterate of length d. */
export function mcSignSgdCosh({ x0, T, gamma, nu, scale, batch = 1 }: McSignSgdCoshParams): (stream: Stream, x?: Float64Array) => number {
  requireInteger("x0.length", x0.length, 1);
  requireFiniteVector("x0", x0);
  requireInteger("T", T, 1);
  requirePositive("gamma", gamma);
  requirePositive("nu", nu);
  requireNonNegative("scale", scale);
  requireInteger("batch", batch, 1);
  const d = x0.length;
  const sample = studentT(nu).sample; // the law's own sampler, so the draws are the oracle's draws
  const inv = 1 / batch;
  return (stream: Stream, x: Float64Array = new Float64Array(d)): number => {
    x.set(x0);
    let s1 = 0;
    for (let k = 1; k <= T; k++) {
      let n1 = 0;
      for (let i = 0; i < d; i++) {
        const gi = Math.sinh(x[i]);
        n1 += Math.abs(gi);
        let s = 0;
        for (let b = 0; b < batch; b++) s += sample(stream);
        const g = gi + scale * s * inv;
        x[i] -= g > 0 ? gamma : g < 0 ? -gamma : 0;
      }
      s1 += n1;
    }
    const S = s1 / T;
    return Number.isFinite(S) ? S : Infinity;
  };
}
