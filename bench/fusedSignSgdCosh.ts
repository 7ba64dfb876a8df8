/**
 * The yardstick of the "mc-signsgd" benchmark, not a method of signcheck: one SignSGD trajectory
 * (seed, Alg. 1) hand-fused into a single loop over coordinates,
 *   x^{k+1} = x^k − γ·sign(∇f(x^k) + scale·(1/B)Σ_b X_b),  f(x) = Σ_i cosh x_i,  X ~ Student-t(ν),
 * returning S = (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁ (gradients before each update): sinh once per coordinate,
 * the draw, the sign step — no interface call, no second pass. It makes the same draws in the same
 * order with the same floating-point operations as the library's one SignSGD,
 * runTrajectory(signSgd, …, gradientOracle({ fn: coshSum(d), noise: studentT(ν), scale, batch }), T),
 * and the benchmark checks that every S agrees bit for bit; what it measures is how much the generic
 * building blocks (oracle, step, runner) cost beside the loop one would write by hand.
 * A non-finite S (divergence) is returned as +∞.
 */
import { studentT, type Stream } from "signcheck";

export interface FusedParams {
  readonly x0: Float64Array;
  readonly T: number;
  readonly gamma: number;
  /** Student-t degrees of freedom ν > 0. */
  readonly nu: number;
  readonly scale: number;
  readonly batch?: number;
}

/** The returned runner takes a stream and a scratch iterate of length d. */
export function fusedSignSgdCosh({ x0, T, gamma, nu, scale, batch = 1 }: FusedParams): (stream: Stream, x?: Float64Array) => number {
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
