/**
 * Seeded random streams. One stream per (root seed, claim id, instance hash, trial index, domain),
 * derived by seeding a fresh generator from that key, so that a trial's numbers never depend on the
 * order of execution, the number of workers or the shard.
 *
 * Generator: seedrandom's `tychei` (Neves & Araujo's Tyche-i), used through `double()` (53-bit
 * uniforms). Measured here (bench/rng.ts, `npm run bench`): ARC4 ≈ 50 ns a draw, alea/xor128/xorwow/
 * tychei/xor4096 10–16 ns. Among the fast ones tychei passes BigCrush (alea does too; xor128 and
 * xorwow fail some tests), has the cheapest construction (≈ 2 µs — we build one generator per trial),
 * and its `double()` costs ≈ 13 ns. The generator is seeded by seedrandom and then stepped inline
 * (the same Tyche-i recurrence, so `next()` returns exactly seedrandom's `double()` sequence) to cut
 * the per-call overhead of its closures (bench/noise.bench.ts). Variates: ziggurat for normals,
 * inversion for exponentials, Marsaglia–Tsang for gamma.
 */
import seedrandom from "seedrandom";
import { requireInteger } from "./validate.ts";

/*
 * Ziggurat tables (Marsaglia & Tsang 2000, "The Ziggurat Method for Generating Random Variables",
 * J. Stat. Softw. 5(8), routine zigset with 128 layers): R = 3.442619855899 is the start of the
 * tail, V = 9.91256303526217e-3 the common area of the layers; K[i] is the acceptance threshold of
 * layer i in units of 2^−31, W[i] = x_i/2^31, F[i] = exp(−x_i²/2).
 */
const ZIG_R = 3.442619855899;
const ZIG_K = new Float64Array(128);
const ZIG_W = new Float64Array(128);
const ZIG_F = new Float64Array(128);
{
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = ZIG_R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  ZIG_K[0] = (dn / q) * m1;
  ZIG_K[1] = 0;
  ZIG_W[0] = q / m1;
  ZIG_W[127] = dn / m1;
  ZIG_F[0] = 1;
  ZIG_F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_K[i + 1] = (dn / tn) * m1;
    tn = dn;
    ZIG_F[i] = Math.exp(-0.5 * dn * dn);
    ZIG_W[i] = dn / m1;
  }
}

/** Everything that identifies a trial's random stream. `domain` separates independent uses (e.g. "confirm"). */
export interface StreamKey {
  readonly seed: number;
  readonly claim: string;
  readonly instance: string;
  readonly trial: number;
  readonly domain?: string;
}

/** A seeded random stream: uniform, normal, exponential and integer draws, reproducible from its key. */
export class Stream {
  // Tyche-i state (Neves & Araujo 2011), seeded by seedrandom's tychei and then stepped inline: the
  // same recurrence as seedrandom's `next()`, without its closure and property look-ups per draw.
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seedText: string) {
    const st = (seedrandom.tychei(seedText, { state: true }) as unknown as { state(): { a: number; b: number; c: number; d: number } }).state();
    this.a = st.a | 0;
    this.b = st.b | 0;
    this.c = st.c | 0;
    this.d = st.d | 0;
  }

  /** One Tyche-i step: a 32-bit signed integer (seedrandom tychei's `int32()`, step for step). */
  int32(): number {
    let b = this.b,
      c = this.c,
      d = this.d,
      a = this.a;
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    this.b = b = (b << 20) ^ (b >>> 12) ^ c;
    this.c = c = (c - d) | 0;
    this.d = (d << 16) ^ (c >>> 16) ^ a;
    return (this.a = (a - b) | 0);
  }

  /** Uniform on [0, 1) with 53-bit resolution (identical to seedrandom tychei's `double()`). */
  next(): number {
    let r: number;
    do r = ((this.int32() >>> 11) + (this.int32() >>> 0) / 0x100000000) / (1 << 21);
    while (r === 0);
    return r;
  }

  /**
   * Uniform on (−1, 1) with 32-bit resolution from one step: for rejection samplers (polar methods)
   * where 2^−31 spacing is far below any statistical effect and the draw count matters.
   */
  symmetric32(): number {
    return (this.int32() + 0.5) / 0x80000000;
  }

  /** Uniform on the open interval (0, 1): for inversions that must not see 0. */
  open(): number {
    return this.next(); // next() already excludes 0 (seedrandom's double() rejects it)
  }

  /**
   * Standard normal by the ziggurat method (Marsaglia & Tsang 2000, 128 layers) with Doornik's (2005)
   * fix: the layer index comes from a second, independent 32-bit draw, never from the bits of the
   * value. ≈ 98.8% of draws cost two generator steps, a table look-up and a multiply.
   */
  normal(): number {
    for (;;) {
      const hz = this.int32();
      const iz = this.int32() & 127;
      if (Math.abs(hz) < ZIG_K[iz]) return hz * ZIG_W[iz];
      const x = hz * ZIG_W[iz];
      if (iz === 0) {
        // The base strip's tail beyond R (Marsaglia 1964): x = −log(U1)/R, y = −log(U2), accept 2y ≥ x².
        let t: number, y: number;
        do {
          t = -Math.log(this.next()) / ZIG_R;
          y = -Math.log(this.next());
        } while (y + y < t * t);
        return hz > 0 ? ZIG_R + t : -ZIG_R - t;
      }
      if (ZIG_F[iz] + this.next() * (ZIG_F[iz - 1] - ZIG_F[iz]) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  /** Exponential with rate 1, by inversion −log(1 − U) computed as −log1p(−U). */
  exponential(): number {
    return -Math.log1p(-this.next());
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
    return Math.floor(this.next() * n);
  }

  /**
   * out[i] = next(), the same numbers in the same order, with the Tyche-i step written out in the loop:
   * no call returns a double (or a non-Smi int32), so the fill never boxes a number whatever the JIT
   * inlines — the allocation-free path for per-coordinate coins.
   */
  fillUniform(out: Float64Array): Float64Array {
    let a = this.a,
      b = this.b,
      c = this.c,
      d = this.d;
    for (let i = 0; i < out.length; i++) {
      let r = 0;
      do {
        let hi = 0;
        for (let half = 0; half < 2; half++) {
          b = (b << 25) ^ (b >>> 7) ^ c;
          c = (c - d) | 0;
          d = (d << 24) ^ (d >>> 8) ^ a;
          a = (a - b) | 0;
          b = (b << 20) ^ (b >>> 12) ^ c;
          c = (c - d) | 0;
          d = (d << 16) ^ (c >>> 16) ^ a;
          a = (a - b) | 0;
          if (half === 0) hi = a >>> 11;
        }
        r = (hi + (a >>> 0) / 0x100000000) / (1 << 21);
      } while (r === 0);
      out[i] = r;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
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

/** The stream of one trial, from its key (root seed, claim, instance, trial). */
export function streamFor(key: StreamKey): Stream {
  requireInteger("trial", key.trial, 0);
  return new Stream(streamSeedText(key));
}
