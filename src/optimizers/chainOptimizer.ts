/**
 * Builds an optimizer from a chain of gradient transformations (optax's `chain`): at each step
 *   g^k = oracle(x^k),  u = T_n(…T_1(g^k)),  x^{k+1} = x^k − u,
 * with the transformations built from the parameters at `init` (so every method keeps the
 * init/step interface of types.ts). Uplink bits: the message of the last encoding transformation
 * (denseBits(d, floatBits) when none encodes); the downlink broadcasts the same message.
 */
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import { denseBits, requireFloatBits, type FloatBits } from "./communication.ts";
import type { Transform } from "./transform.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

/** Parameters every chain optimizer takes. */
export interface ChainParams {
  /** Bits per float in dense messages (default 32). */
  readonly floatBits?: FloatBits;
}

/** State of a chain optimizer: the transforms' states in order. */
export interface ChainState extends OptimizerState {
  readonly g: Vector;
  /** The update direction u of the last step (x^{k+1} = x^k − u). */
  readonly u: Vector;
  readonly transforms: readonly Transform[];
  readonly states: unknown[];
  /** Index of the transformation whose output is the message (−1: dense floats). */
  readonly encoder: number;
  readonly floatBits: FloatBits;
  bitsUp: number;
  bitsDown: number;
  readonly workers: number;
}

/** An optimizer from a chain of transforms of the stochastic gradient: x ← x − T_n(…T_1(g)). */
export function chainOptimizer<P extends object>(name: string, build: (params: P) => readonly Transform[]): Optimizer<P, ChainState> {
  return {
    name,
    init(x0: Vector, params: P, stream: Stream): ChainState {
      requireInteger("x0.length", x0.length, 1);
      requireFiniteVector("x0", x0);
      const floatBits = requireFloatBits((params as ChainParams).floatBits ?? 32);
      const transforms = build(params);
      const d = x0.length;
      let encoder = -1;
      transforms.forEach((t, j) => {
        if (t.messageBits) encoder = j;
      });
      return {
        x: Float64Array.from(x0),
        k: 1,
        stream,
        g: new Float64Array(d),
        u: new Float64Array(d),
        transforms,
        states: transforms.map((t) => t.init(d)),
        encoder,
        floatBits,
        bitsUp: 0,
        bitsDown: 0,
        workers: 1,
      };
    },
    step(state: ChainState, oracle: GradientOracle, grad?: Vector): void {
      const { x, g, u, transforms, states, encoder } = state;
      oracle.sample(x, state.stream, g, grad);
      u.set(g);
      let bits = denseBits(u.length, state.floatBits); // a dense float vector, unless the chain has an encoder
      for (let j = 0; j < transforms.length; j++) {
        transforms[j].update(u, states[j], state);
        if (j === encoder) bits = transforms[j].messageBits!(u, states[j]);
      }
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index x.length
      for (let i = 0; i < x.length; i++) x[i] -= u[i];
      state.bitsUp += bits;
      state.bitsDown += bits;
      state.k++;
    },
  };
}
