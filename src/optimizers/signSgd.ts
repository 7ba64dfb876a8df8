/**
 * SignSGD (seed, Algorithm 1; Bernstein et al. 2018): x^{k+1} = x^k − γ_k·sign(g^k), g^k a
 * stochastic gradient at x^k, sign(0) = 0. Minibatch-SignSGD (seed, Algorithm 2) is the same step
 * on an oracle with batch B. References: seed §3.2–3.3; bernstein18, Algorithm 1.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requirePositive } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

export interface SignSgdParams {
  /** Constant stepsize γ > 0, or a schedule k ↦ γ_k (k = 1, 2, …). */
  readonly gamma: number | ((k: number) => number);
}

export interface SignSgdState extends OptimizerState {
  readonly g: Vector;
  readonly gamma: (k: number) => number;
}

export const signSgd: Optimizer<SignSgdParams, SignSgdState> = {
  name: "signSgd",
  init(x0: Vector, params: SignSgdParams, stream: Stream): SignSgdState {
    requireFiniteVector("x0", x0);
    const gamma = typeof params.gamma === "number" ? ((g: number) => () => g)(requirePositive("gamma", params.gamma)) : params.gamma;
    if (typeof gamma !== "function") throw new InputError("gamma", params.gamma, "a number > 0 or a schedule k ↦ γ_k");
    return { x: Float64Array.from(x0), k: 1, stream, g: new Float64Array(x0.length), gamma };
  },
  step(state: SignSgdState, oracle: GradientOracle): void {
    const { x, g } = state;
    oracle.sample(x, state.stream, g);
    const gamma = state.gamma(state.k);
    for (let i = 0; i < x.length; i++) {
      const gi = g[i];
      x[i] -= gi > 0 ? gamma : gi < 0 ? -gamma : 0;
    }
    state.k++;
  },
};
