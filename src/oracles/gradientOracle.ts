/**
 * The stochastic gradient oracle of Assumption 3: g = ∇f(x) + (1/B)Σ_{b=1}^B ξ_b with ξ_b
 * independent, ξ_{b,i} = scale_i·X_{b,i}, X ~ law (zero mean when the law has one). Each call
 * counts B oracle calls. Sampling writes into `out` and allocates nothing. A batch schedule
 * n ↦ B_n (seed, Alg. 2 with a growing batch) makes the n-th call to `sample` average B_n draws —
 * one call per iteration for single-worker methods; `batch` then holds the last B used. For laws
 * closed under averaging (Gaussian, symmetric α-stable: `exactBatchMean`) the mean of B draws is drawn
 * exactly in O(d), whatever B, while B calls are still counted.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger, requireNonNegative, requireSameLength } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";
import type { NoiseLaw } from "../noise/types.ts";

export interface GradientOracle {
  readonly fn: SmoothFunction;
  readonly dim: number;
  readonly batch: number;
  /** Oracle calls made so far (B per sample). */
  calls: number;
  /** A stochastic gradient at x into `out`. */
  sample(x: Vector, stream: Stream, out: Vector): Vector;
}

export interface GradientOracleOptions {
  readonly fn: SmoothFunction;
  readonly noise: NoiseLaw;
  /** Per-coordinate scales (length d), or one scale for every coordinate. */
  readonly scale: number | Vector;
  /** A batch size B ≥ 1, or a schedule n ↦ B_n over the calls to `sample` (n = 1, 2, …). */
  readonly batch?: number | ((n: number) => number);
}

export function gradientOracle({ fn, noise, scale, batch = 1 }: GradientOracleOptions): GradientOracle {
  const d = fn.dim;
  const schedule = typeof batch === "function" ? batch : undefined;
  if (!schedule) requireInteger("batch", batch as number, 1);
  const scales = typeof scale === "number" ? new Float64Array(d).fill(requireNonNegative("scale", scale)) : Float64Array.from(scale);
  requireSameLength("scale", scales, d);
  requireFiniteVector("scale", scales);
  for (let i = 0; i < d; i++) requireNonNegative(`scale[${i}]`, scales[i]);
  const exactMean = noise.exactBatchMean && noise.sampleMean ? noise.sampleMean.bind(noise) : undefined;
  let B = schedule ? 1 : (batch as number);
  let inv = 1 / B;
  let n = 0;
  return {
    fn,
    dim: d,
    get batch() {
      return B;
    },
    calls: 0,
    sample(x: Vector, stream: Stream, out: Vector): Vector {
      if (schedule) {
        n++;
        const b = schedule(n);
        if (!(Number.isInteger(b) && b >= 1)) throw new InputError(`batch(${n})`, b, "an integer ≥ 1");
        B = b;
        inv = 1 / b;
      }
      fn.gradient(x, out);
      if (B > 1 && exactMean) {
        // Laws closed under averaging draw the mean of B copies exactly in O(1) (theorem-sized B ≥ 10⁶).
        for (let i = 0; i < d; i++) out[i] += scales[i] * exactMean(stream, B);
      } else {
        for (let i = 0; i < d; i++) {
          let s = 0;
          for (let b = 0; b < B; b++) s += noise.sample(stream);
          out[i] += scales[i] * s * inv;
        }
      }
      this.calls += B;
      return out;
    },
  };
}
