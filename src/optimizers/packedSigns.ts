/**
 * Sign vectors packed into 32-bit words, and majority vote computed on the packed words
 * (bernstein19, Algorithm 1: the server returns sign(Σ_m sign(g_m))). A sign vector s ∈ {−1, 0, 1}^d
 * is two bit planes of ⌈d/32⌉ words: `pos` (s_i = +1) and `neg` (s_i = −1). The vote counts, per
 * coordinate, P = #workers with +1 and N = #workers with −1 in bit-sliced counters (one word per
 * counter bit: a ripple-carry adder over whole words), then compares P and N from the top bit down:
 * the result is +1 where P > N, −1 where N > P and 0 on a tie — exactly sign(P − N), 32 coordinates
 * per word operation. `majorityUnpacked` is the plain reference the packed path must equal bit for bit.
 */
import { requireInteger, requireSameLength } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";

export function wordsFor(d: number): number {
  return (requireInteger("d", d, 0) + 31) >>> 5;
}

/** Bits needed to count 0…M. */
export function counterBits(M: number): number {
  return 32 - Math.clz32(requireInteger("M", M, 1));
}

/** Packs sign(v) (sign(0) = 0) into the planes at word `offset`; returns true when some entry is 0. */
export function packSigns(v: Vector, pos: Uint32Array, neg: Uint32Array, offset = 0): boolean {
  const d = v.length;
  const W = (d + 31) >>> 5;
  let hasZero = false;
  for (let w = 0; w < W; w++) {
    let p = 0;
    let n = 0;
    const end = Math.min(32, d - 32 * w);
    for (let b = 0; b < end; b++) {
      const x = v[32 * w + b];
      if (x > 0) p |= 1 << b;
      else if (x < 0) n |= 1 << b;
      else hasZero = true;
    }
    pos[offset + w] = p;
    neg[offset + w] = n;
  }
  return hasZero;
}

/** out_i ← +1, −1 or 0 from the planes at word `offset`. */
export function unpackSigns(pos: Uint32Array, neg: Uint32Array, out: Vector, offset = 0): Vector {
  // Stryker disable next-line EqualityOperator: a typed array ignores the write at index out.length
  for (let i = 0; i < out.length; i++) {
    const w = offset + (i >>> 5);
    const bit = 1 << (i & 31);
    out[i] = pos[w] & bit ? 1 : neg[w] & bit ? -1 : 0;
  }
  return out;
}

/**
 * Majority vote on packed words. `pos`/`neg` hold M messages of W words each (worker m at m·W);
 * `counters` is scratch of 2·counterBits(M)·W words; the vote is written to `outPos`/`outNeg`.
 */
export function majorityPacked(
  pos: Uint32Array,
  neg: Uint32Array,
  M: number,
  W: number,
  counters: Uint32Array,
  outPos: Uint32Array,
  outNeg: Uint32Array,
): void {
  const nb = 32 - Math.clz32(M);
  counters.fill(0, 0, 2 * nb * W);
  const nOff = nb * W;
  for (let m = 0; m < M; m++) {
    for (let w = 0; w < W; w++) {
      let carryP = pos[m * W + w];
      let carryN = neg[m * W + w];
      // Ripple-carry add of one message into the bit-sliced counters. Counts never exceed M < 2^nb, so the carry
      // dies within the nb counter bits: the loop needs no bound of its own.
      for (let j = 0; (carryP | carryN) !== 0; j++) {
        const iP = j * W + w;
        const iN = nOff + iP;
        const tP = counters[iP] & carryP;
        counters[iP] ^= carryP;
        carryP = tP;
        const tN = counters[iN] & carryN;
        counters[iN] ^= carryN;
        carryN = tN;
      }
    }
  }
  for (let w = 0; w < W; w++) {
    let gt = 0;
    let lt = 0;
    let eq = ~0;
    for (let j = nb - 1; j >= 0; j--) {
      const p = counters[j * W + w];
      const n = counters[nOff + j * W + w];
      gt |= eq & p & ~n;
      lt |= eq & ~p & n;
      eq &= ~(p ^ n);
    }
    outPos[w] = gt >>> 0;
    outNeg[w] = lt >>> 0;
  }
}

/** Reference path: out = sign(Σ_m sign(s_m)) on Float64Array signs. */
export function majorityUnpacked(signs: readonly Vector[], out: Vector): Vector {
  const d = out.length;
  out.fill(0);
  for (const s of signs) {
    requireSameLength("signs[m]", s, d);
    // Stryker disable next-line EqualityOperator: a typed array ignores the write at index d
    for (let i = 0; i < d; i++) out[i] += s[i] > 0 ? 1 : s[i] < 0 ? -1 : 0;
  }
  // Stryker disable next-line EqualityOperator: a typed array ignores the write at index d
  for (let i = 0; i < d; i++) out[i] = out[i] > 0 ? 1 : out[i] < 0 ? -1 : 0;
  return out;
}
