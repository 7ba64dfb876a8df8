/**
 * An optimizer is a pair of small functions, as in optax: `init` builds the state (iterate, scratch
 * buffers, the random stream — randomness travels in the state, never as hidden global state) and
 * `step` advances it by one iteration in place, allocating nothing.
 */
import type { Stream } from "../core/stream.ts";
import type { Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";

export interface OptimizerState {
  /** Current iterate x^k. */
  readonly x: Vector;
  /** Iteration counter k (1-based: the state after init has k = 1). */
  k: number;
  readonly stream: Stream;
  /**
   * The vector whose signs the last step acted on (the stochastic gradient g^k, or the majority vote):
   * trajectory statistics count its sign mismatches with ∇f(x^k). Optional for optimizers outside src/optimizers.
   */
  readonly g?: Vector;
  /** Bits sent so far, uplink summed over all workers and downlink (see communication.ts). */
  bitsUp?: number;
  bitsDown?: number;
  /** Number of workers M whose uplink bitsUp sums (1 when absent). */
  readonly workers?: number;
}

export interface Optimizer<P, S extends OptimizerState = OptimizerState> {
  readonly name: string;
  init(x0: Vector, params: P, stream: Stream): S;
  /**
   * One iteration. `grad`, when given, is ∇f(x^k) for oracle.fn, already evaluated by the caller (the
   * trajectory runner); the step passes it on to the oracle (GradientOracle.sample) and must not write to it.
   */
  step(state: S, oracle: GradientOracle, grad?: Vector): void;
}
