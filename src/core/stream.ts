/**
 * Seeded random streams. One stream per (root seed, claim id, instance hash, trial index, domain),
 * derived by seeding a fresh generator from that key, so that a trial's numbers never depend on the
 * order of execution, the number of workers or the shard.
 *
 * Generator: seedrandom's `tychei` (Neves & Araujo's Tyche-i), used through `double()` (53-bit
 * uniforms). Measured here (bench/rng.ts, `npm run bench`): ARC4 ≈ 50 ns a draw, alea/xor128/xorwow/
 * tychei/xor4096 10–16 ns. Among the fast ones tychei passes BigCrush (alea does too; xor128 and
 * xorwow fail some tests), has the cheapest construction (≈ 2 µs — we build one generator per trial),
 * and its `double()` costs ≈ 13 ns. Variates: Marsaglia's polar method for normals (the spare is
 * kept in the stream), inversion for exponentials, Marsaglia–Tsang for gamma.
 */
import seedrandom from "seedrandom";
import { requireInteger, requirePositive } from "./validate.ts";

/** Everything that identifies a trial's random stream. `domain` separates independent uses (e.g. "confirm"). */
export interface StreamKey {
  readonly seed: number;
  readonly claim: string;
  readonly instance: string;
  readonly trial: number;
  readonly domain?: string;
}

export class Stream {
  private readonly u: () => number;
  private spare = NaN;

  constructor(seedText: string) {
    this.u = seedrandom.tychei(seedText).double;
  }

  /** Uniform on [0, 1) with 53-bit resolution. */
  next(): number {
    return this.u();
  }

  /** Uniform on the open interval (0, 1): for inversions that must not see 0. */
  open(): number {
    let x = this.u();
    while (x === 0) x = this.u();
    return x;
  }

  /** Standard normal (Marsaglia's polar method; the second value of each pair is kept). */
  normal(): number {
    const s0 = this.spare;
    if (s0 === s0) {
      this.spare = NaN;
      return s0;
    }
    let v1: number, v2: number, s: number;
    do {
      v1 = 2 * this.u() - 1;
      v2 = 2 * this.u() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v2 * m;
    return v1 * m;
  }

  /** Exponential with rate 1, by inversion −log(1 − U) computed as −log1p(−U). */
  exponential(): number {
    return -Math.log1p(-this.u());
  }

  /** Gamma(shape, 1) by Marsaglia–Tsang; shape < 1 via Gamma(shape + 1)·U^{1/shape}. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * this.open() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number, v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.open();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Integer uniform on {0, …, n − 1}. */
  int(n: number): number {
    return Math.floor(this.u() * n);
  }

  fillUniform(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.u();
    return out;
  }

  fillNormal(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.normal();
    return out;
  }
}

/** The canonical text a stream is seeded from. */
export function streamSeedText(key: StreamKey): string {
  return `signcheck/v1|${key.seed}|${key.claim}|${key.instance}|${key.trial}|${key.domain ?? "main"}`;
}

export function streamFor(key: StreamKey): Stream {
  requireInteger("trial", key.trial, 0);
  return new Stream(streamSeedText(key));
}

/** Validated gamma variate for callers outside the hot path. */
export function gammaVariate(stream: Stream, shape: number): number {
  requirePositive("shape", shape);
  return stream.gamma(shape);
}
