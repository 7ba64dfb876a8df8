/**
 * SignSGD (seed, Algorithm 1; Bernstein et al. 2018): x^{k+1} = x^k − γ_k·sign(g^k), g^k a
 * stochastic gradient at x^k, sign(0) = 0. Minibatch-SignSGD (seed, Algorithm 2) is the same step
 * on an oracle with batch B. References: seed §3.2–3.3; bernstein18, Algorithm 1. The one
 * implementation of SignSGD: every claim, the CLI and `npm run bench` run it through runTrajectory
 * (the bench's hand-fused loop, bench/fusedSignSgdCosh.ts, is a yardstick, checked equal to it bit for
 * bit); chain(sign, scaleBy(γ)) of the transforms equals it bit for bit (a law). Bits: d per step up
 * and down (2d when g has a zero entry).
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger, requirePositive } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import { signMessageBits } from "./communication.ts";
import { toSchedule } from "./schedule.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

/** Parameters of SignSGD: a stepsize or a schedule. */
export interface SignSgdParams {
  /** Constant stepsize γ > 0, or a schedule k ↦ γ_k (k = 1, 2, …). */
  readonly gamma: number | ((k: number) => number);
}

/** State of SignSGD. */
export interface SignSgdState extends OptimizerState {
  readonly g: Vector;
  readonly gamma: (k: number) => number;
  bitsUp: number;
  bitsDown: number;
  readonly workers: number;
}

/** SignSGD: x ← x − γ_k·sign(g), sign(0) = 0. */
export const signSgd: Optimizer<SignSgdParams, SignSgdState> = {
  name: "signSgd",
  init(x0: Vector, params: SignSgdParams, stream: Stream): SignSgdState {
    requireInteger("x0.length", x0.length, 1);
    requireFiniteVector("x0", x0);
    const gamma = toSchedule("gamma", params.gamma, requirePositive);
    return { x: Float64Array.from(x0), k: 1, stream, g: new Float64Array(x0.length), gamma, bitsUp: 0, bitsDown: 0, workers: 1 };
  },
  step(state: SignSgdState, oracle: GradientOracle, grad?: Vector): void {
    const { x, g } = state;
    oracle.sample(x, state.stream, g, grad);
    const gamma = state.gamma(state.k);
    if (!(gamma > 0 && gamma < Infinity)) throw new InputError(`gamma(${state.k})`, gamma, "a finite number > 0");
    // Branch-free: with noisy gradients each sign is a coin flip that a branch would mispredict half
    // the time. γ·(±1) = ±γ and γ·0 = 0 exactly, so this is x_i − γ·sign(g_i) bit for bit.
    let zeros = 0;
    // Stryker disable next-line EqualityOperator: a typed array ignores the write at index x.length
    for (let i = 0; i < x.length; i++) {
      const gi = g[i];
      x[i] -= gamma * (+(gi > 0) - +(gi < 0));
      zeros += +(gi === 0);
    }
    const bits = signMessageBits(x.length, zeros > 0);
    state.bitsUp += bits;
    state.bitsDown += bits;
    state.k++;
  },
};
