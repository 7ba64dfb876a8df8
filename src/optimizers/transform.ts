/**
 * Gradient transformations, composed as in optax: an optimizer is "sample g, then transform it in
 * order, then x ← x − u". Each transformation rewrites the direction u in place and keeps its own
 * state (momentum buffer, error memory, scratch) built once by `init`, so a step allocates nothing.
 * SignSGD is chain(sign, scaleBy(γ)); M-SignSGD puts momentum(β) in front; EF-SignSGD is
 * chain(scaleBy(γ), errorFeedback(scaledSign)). A transformation that encodes what a worker sends
 * (sign, a compressor) reports the bits of that message; `chainOptimizer` charges the last such one
 * (or dense floats when there is none) to the uplink, and the same message to the downlink (the
 * server broadcasts the update; stepsizes are a shared schedule).
 */
import type { Vector } from "../core/vector.ts";
import type { OptimizerState } from "./types.ts";

/** One transformation of the update vector, with its own state (momentum, sign, compression, …). */
export interface Transform<TS = unknown> {
  readonly name: string;
  /** State for dimension d (allocations happen here only). */
  init(d: number): TS;
  /** u ← T(u), in place; `state` gives k, the stream and the iterate. */
  update(u: Vector, ts: TS, state: OptimizerState): void;
  /** Bits of the message u after this transformation, when it is an encoder. */
  messageBits?(u: Vector, ts: TS): number;
}

/** `init` of a transformation that keeps no state. */
// Stryker disable next-line ArrowFunction: a stateless transformation never reads its state (null or undefined alike)
export const noState = (): null => null;
