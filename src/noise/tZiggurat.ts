/**
 * A ziggurat sampler for Student's t_ν (Marsaglia & Tsang 2000's construction for any decreasing
 * half-density, with Doornik's (2005) separate layer index): 256 layers of equal area v under
 * f(x) = (1 + x²/ν)^{−(ν+1)/2} on [0, ∞). About 99% of draws cost two generator steps, a table
 * look-up and a compare — no transcendental function. The rest: a wedge test (one f evaluation), or
 * the tail |X| > r, drawn exactly through Y = ν/(ν + X²) ~ Beta(ν/2, ½) restricted to Y < y_r:
 * Y = y_r·U^{2/ν} (the envelope y^{ν/2−1}), accepted w.p. √((1 − y_r)/(1 − Y)), then |X| = √(ν(1−Y)/Y).
 * Setup: r solves "the 256th layer closes at f(0)" by bisection (r·f(r) + ∫_r^∞ f = v, with the tail
 * integral ∫_r^∞ f = B(ν/2, ½)·√ν·½·I_{ν/(ν+r²)}(ν/2, ½)); tables are cached per ν.
 */
import { betaInc } from "../core/special/incompleteBeta.ts";
import { logBeta } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requireInRange } from "../core/validate.ts";

const N = 256;
const M31 = 2147483648;

export interface TZiggurat {
  readonly sample: (stream: Stream) => number;
  /** out[i] = successive draws (the numbers of out.length `sample` calls), the draw inlined in the loop. */
  readonly fill: (stream: Stream, out: Float64Array) => Float64Array;
  /** Start of the tail (for tests of the tail branch). */
  readonly r: number;
  /**
   * The tables the sampler reads (layer widths W/2^31, fast-accept thresholds K, heights F with
   * F[256] = 1, tail bound y_r = ν/(ν + r²)), read-only: for ports of the same sampler, such as the
   * C reference of `npm run bench`, which then draws the same numbers from the same stream.
   */
  readonly tables: { readonly W: Float64Array; readonly K: Float64Array; readonly F: Float64Array; readonly yr: number };
}

// Module state that carries no option: a memo of immutable tables, a pure function of ν (the same for every caller).
const cache = new Map<number, TZiggurat>();
/** Cached tables: bounded so that long audits with many distinct ν keep a small footprint. */
const CACHE_MAX = 256;

export function tZiggurat(nu: number): TZiggurat {
  requireInRange("nu", nu, 0.25, Infinity, { hiOpen: true });
  return cache.get(nu) ?? remember(nu);
}

/** Builds the tables for ν and keeps them, evicting the oldest entry when the memo is full. */
function remember(nu: number): TZiggurat {
  const z = build(nu);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: eviction only bounds the memo's size: an evicted ν is rebuilt to the same tables
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(nu, z);
  return z;
}

function build(nu: number): TZiggurat {
  const e = -(nu + 1) / 2;
  const f = (x: number) => Math.exp(e * Math.log1p((x * x) / nu));
  const finv = (y: number) => Math.sqrt(nu * Math.expm1(Math.log(y) / e));
  // ∫_r^∞ f = √ν·B(ν/2, ½)·P(T > r) with P(T > r) = ½ I_{ν/(ν+r²)}(ν/2, ½).
  const tailScale = Math.sqrt(nu) * Math.exp(logBeta(nu / 2, 0.5)) * 0.5;
  const tail = (r: number) => tailScale * betaInc(nu / (nu + r * r), nu / 2, 0.5);
  const X = new Float64Array(N); // X[N − 1] = 0, never written: the top layer reaches the axis
  /** > 0: the layers overshoot f(0) (r too small); < 0: they stop short (r too large). */
  const residual = (r: number): number => {
    const v = r * f(r) + tail(r);
    X[0] = r;
    for (let k = 1; k < N - 1; k++) {
      const y = f(X[k - 1]) + v / X[k - 1];
      // Stryker disable next-line EqualityOperator: the float sum y = f(X[k−1]) + v/X[k−1] lands exactly on 1 only by a 2⁻⁵³-scale coincidence (a layer reaching f(0) exactly)
      if (y >= 1) return 1;
      X[k] = finv(y);
    }
    return f(X[N - 2]) + v / X[N - 2] - 1;
  };
  // r ∈ [1e-3, 1e30] covers ν ≥ 1/4 (r ≈ 2.4·10^9 at ν = 1/4, 5·10^{11} at ν = 0.2, smaller for larger ν); a
  // bracket that never closes the layers (ν ≥ 1e100, where finv loses its digits) is refused below.
  let lo = 1e-3;
  let hi = 1e30;
  // Geometric bisection: each step halves log(hi/lo), so 57 steps take log(1e33) below log(1 + 1e-15).
  // Stryker disable next-line EqualityOperator: hi/lo = 1 + 1e-15 exactly costs one more halving, which moves r by < 1e-15 relative, below the 1e-12 to which the layer areas agree
  while (hi / lo > 1 + 1e-15) {
    const mid = Math.sqrt(lo * hi);
    // Stryker disable next-line EqualityOperator: residual(mid) = 0 exactly makes mid a root, and keeping it as lo instead of hi moves r by less than the final bracket (1e-15 relative)
    if (residual(mid) > 0) lo = mid;
    else hi = mid;
  }
  const r = hi;
  // Stryker disable next-line EqualityOperator: the float sum residual(r) lands exactly on 0 only by a 2⁻⁵³-scale coincidence
  if (!(residual(r) <= 0)) throw new Error(`tZiggurat: no layer set-up for nu = ${nu}`);
  residual(r);
  const v = r * f(r) + tail(r);
  const W = new Float64Array(N); // layer widths / 2^31
  const K = new Float64Array(N); // fast-accept thresholds in units of 2^−31
  const F = new Float64Array(N + 1); // F[k] = f(X[k]); F[N] = f(0) = 1 caps the top layer
  // Stryker disable next-line EqualityOperator: F[N] = f(X[N]) (NaN: X has N entries) is overwritten by F[N] = 1 on the next line
  for (let k = 0; k < N; k++) F[k] = f(X[k]);
  F[N] = 1;
  W[0] = v / F[0] / M31;
  // Stryker disable next-line EqualityOperator: a typed array ignores the write at index N
  for (let k = 1; k < N; k++) W[k] = X[k - 1] / M31;
  // Stryker disable next-line EqualityOperator: a typed array ignores the write at index N
  for (let k = 0; k < N; k++) K[k] = (X[k] / (W[k] * M31)) * M31;
  const yr = nu / (nu + r * r);
  const oneMinusYr = 1 - yr;
  const twoOverNu = 2 / nu;
  const sample = (s: Stream): number => {
    for (;;) {
      const hz = s.int32();
      const k = s.int32() & (N - 1);
      if (Math.abs(hz) < K[k]) return hz * W[k];
      if (k === 0) {
        for (;;) {
          const y = yr * s.next() ** twoOverNu;
          const u = s.next();
          if (u * u * (1 - y) < oneMinusYr) {
            const x = Math.sqrt((nu * (1 - y)) / y);
            // Stryker disable next-line EqualityOperator: hz = 0 never reaches the tail (|0| < K[0], K[0] > 0)
            return hz > 0 ? x : -x;
          }
        }
      }
      const x = hz * W[k];
      // Layer k spans heights [f(X[k−1]), f(X[k])] (the top layer k = N−1 up to F[N − 1] = f(0) = 1).
      const lowY = F[k - 1];
      const highY = F[k];
      if (lowY + s.next() * (highY - lowY) < f(x)) return x;
    }
  };
  const fill = (s: Stream, out: Float64Array): Float64Array => {
    for (let i = 0; i < out.length; i++) out[i] = sample(s);
    return out;
  };
  return { sample, fill, r, tables: { W, K, F, yr } };
}
