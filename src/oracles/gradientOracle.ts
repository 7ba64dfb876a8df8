/**
 * The stochastic gradient oracle of Assumption 3: g = ∇f(x) + (1/B)Σ_{b=1}^B ξ_b with ξ_b
 * independent, ξ_{b,i} = scale_i·X_{b,i}, X ~ law (zero mean when the law has one). Each call
 * counts B oracle calls. Sampling writes into `out` and allocates nothing. A batch schedule
 * n ↦ B_n (seed, Alg. 2 with a growing batch) makes the n-th call to `sample` average B_n draws —
 * one call per iteration for single-worker methods; `batch` then holds the last B used. For laws
 * closed under averaging (Gaussian, symmetric α-stable: `exactBatchMean`) the mean of B draws is drawn
 * exactly in O(d), whatever B, while B calls are still counted.
 *
 * Speed (issue 10): the noise is drawn by the law's vector fill (one call per step, the draw inlined
 * in the law's own loop) rather than one call per coordinate through the law's interface, which V8
 * cannot inline once several laws have passed through the site; and a caller that already holds
 * ∇f(x) — the trajectory runner evaluates it for its statistics — passes it as `grad`, so f is
 * differentiated once per step. The draws and the floating-point operations are those of the
 * per-coordinate form: coordinate i takes draws i·B … i·B + B − 1 of the stream, summed in order, and
 * g_i = ∇f(x)_i + scale_i·s_i·(1/B).
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
  /**
   * A stochastic gradient at x into `out`. `grad`, when given, is ∇f(x) for this oracle's `fn`, already
   * evaluated by the caller (it must not alias `out`); an oracle may use it instead of differentiating
   * f again, and must give the same result either way. Oracles whose samples are not ∇f + noise ignore it.
   */
  sample(x: Vector, stream: Stream, out: Vector, grad?: Vector): Vector;
}

export interface GradientOracleOptions {
  readonly fn: SmoothFunction;
  readonly noise: NoiseLaw;
  /** Per-coordinate scales (length d), or one scale for every coordinate. */
  readonly scale: number | Vector;
  /** A batch size B ≥ 1, or a schedule n ↦ B_n over the calls to `sample` (n = 1, 2, …). */
  readonly batch?: number | ((n: number) => number);
}

/** Draws held at once by the batch path of laws without an exact mean (128 KiB): B·d draws go through it in chunks. */
const DRAW_CHUNK = 1 << 14;

/** out[i] = one draw each, through the law's vector fill when it has one (user laws may not). */
function fillDraws(noise: NoiseLaw, stream: Stream, out: Float64Array): void {
  if (noise.fill) noise.fill(stream, out);
  else for (let i = 0; i < out.length; i++) out[i] = noise.sample(stream);
}

export function gradientOracle(options: GradientOracleOptions): GradientOracle {
  return new NoisyGradientOracle(options);
}

/**
 * A class, not an object literal with closures: every oracle shares one hidden class and one `sample`
 * function, so the call and property sites of the step stay monomorphic however many oracles a claim
 * builds (one per trial), and building one allocates a few small objects only.
 */
class NoisyGradientOracle implements GradientOracle {
  readonly fn: SmoothFunction;
  readonly dim: number;
  calls = 0;
  private readonly noise: NoiseLaw;
  private readonly scales: Float64Array;
  private readonly schedule: ((n: number) => number) | undefined;
  /** The law draws the mean of B copies exactly (Gaussian, symmetric α-stable). */
  private readonly exact: boolean;
  /** ∇f(x) when the caller gives none. */
  private readonly ownGrad: Float64Array;
  private B: number;
  private inv: number;
  private n = 0;
  // Batch path of laws without an exact mean: a scratch of min(B·d, DRAW_CHUNK) draws and views of it,
  // made when B changes (once for a constant batch), so a step allocates nothing.
  private draws = new Float64Array(0);
  private drawsB = 0;
  /** All B·d draws of a step, when they fit in the scratch. */
  private whole: Float64Array | undefined;
  /** B draws (B ≤ DRAW_CHUNK), or the remainder B mod DRAW_CHUNK. */
  private perCoord: Float64Array | undefined;

  constructor({ fn, noise, scale, batch = 1 }: GradientOracleOptions) {
    const d = fn.dim;
    this.fn = fn;
    this.dim = d;
    this.noise = noise;
    this.schedule = typeof batch === "function" ? batch : undefined;
    if (!this.schedule) requireInteger("batch", batch as number, 1);
    const scales = typeof scale === "number" ? new Float64Array(d).fill(requireNonNegative("scale", scale)) : Float64Array.from(scale);
    requireSameLength("scale", scales, d);
    requireFiniteVector("scale", scales);
    for (let i = 0; i < d; i++) requireNonNegative(`scale[${i}]`, scales[i]);
    this.scales = scales;
    this.exact = Boolean(noise.exactBatchMean && noise.sampleMean);
    this.ownGrad = new Float64Array(d);
    this.B = this.schedule ? 1 : (batch as number);
    this.inv = 1 / this.B;
  }

  get batch(): number {
    return this.B;
  }

  sample(x: Vector, stream: Stream, out: Vector, grad?: Vector): Vector {
    if (this.schedule) {
      const n = ++this.n;
      const b = this.schedule(n);
      if (!(Number.isInteger(b) && b >= 1)) throw new InputError(`batch(${n})`, b, "an integer ≥ 1");
      this.B = b;
      this.inv = 1 / b;
    }
    const { dim: d, scales, noise, B } = this;
    requireSameLength("x", x, d);
    requireSameLength("out", out, d);
    const g = grad ?? this.fn.gradient(x, this.ownGrad);
    if (B === 1) {
      // scale_i·X·(1/1) = scale_i·X exactly.
      fillDraws(noise, stream, out);
      for (let i = 0; i < d; i++) out[i] = g[i] + scales[i] * out[i];
    } else if (this.exact) {
      // Laws closed under averaging draw the mean of B copies exactly in O(1) (theorem-sized B ≥ 10⁶).
      if (noise.fillMean) noise.fillMean(stream, out, B);
      else for (let i = 0; i < d; i++) out[i] = noise.sampleMean!(stream, B);
      for (let i = 0; i < d; i++) out[i] = g[i] + scales[i] * out[i];
    } else this.batchSum(stream, out, g);
    this.calls += B;
    return out;
  }

  private prepare(B: number): void {
    const d = this.dim;
    this.drawsB = B;
    const need = Math.min(B * d, DRAW_CHUNK);
    if (this.draws.length < need) this.draws = new Float64Array(need);
    this.whole = B * d <= DRAW_CHUNK ? this.draws.subarray(0, B * d) : undefined;
    const rest = B <= DRAW_CHUNK ? B : B % DRAW_CHUNK;
    this.perCoord = this.whole || rest === 0 ? undefined : this.draws.subarray(0, rest);
  }

  /** out[i] = grad_i + scale_i·(Σ_b X_{i,b})·(1/B), coordinate-major draw order. */
  private batchSum(stream: Stream, out: Vector, g: Vector): void {
    const { B, inv, dim: d, scales, noise } = this;
    if (B !== this.drawsB) this.prepare(B);
    const whole = this.whole;
    if (whole) {
      fillDraws(noise, stream, whole);
      for (let i = 0, j = 0; i < d; i++) {
        let s = 0;
        for (let b = 0; b < B; b++) s += whole[j++];
        out[i] = g[i] + scales[i] * s * inv;
      }
      return;
    }
    for (let i = 0; i < d; i++) {
      let s = 0;
      let left = B;
      while (left > 0) {
        const chunk = left >= DRAW_CHUNK ? this.draws : this.perCoord!;
        fillDraws(noise, stream, chunk);
        for (let b = 0; b < chunk.length; b++) s += chunk[b];
        left -= chunk.length;
      }
      out[i] = g[i] + scales[i] * s * inv;
    }
  }
}
