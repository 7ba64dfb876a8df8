/**
 * The interface of a noise law (a law of one coordinate of the gradient noise, at scale 1). A noise
 * law declares the facts claims rely on — symmetry, unimodality, the supremum of finite moment
 * orders, the exact κ-th absolute moment and the exact tail where known — and samples from a
 * seeded stream without allocating.
 */
import type { Stream } from "../core/stream.ts";

export interface NoiseLaw {
  readonly name: string;
  /** Plain data describing the law (family and parameters). */
  readonly spec: Record<string, unknown>;
  readonly symmetric: boolean;
  readonly unimodal: boolean;
  /** E|X|^κ < ∞ exactly for κ < maxMomentOrder (Infinity for light tails). */
  readonly maxMomentOrder: number;
  /** One draw at scale 1. */
  sample(stream: Stream): number;
  /** E|X|^κ at scale 1 (throws UndefinedQuantityError when infinite). */
  absMoment(kappa: number): number;
  /** P(X > t) at scale 1, when known in closed form. */
  sf?(t: number): number;
  /** P(X < −t) at scale 1 (equals sf for symmetric laws). */
  lowerTail?(t: number): number;
}
