/**
 * Exact communication accounting: the bits of one message, per encoding, as the methods' papers count
 * them. A dense vector is d floats of `floatBits` (32 or 64) bits (SGD). A sign vector is d bits, one
 * bit plane "negative?" (bernstein18, §1: "1 bit per component"); signcheck keeps sign(0) = 0, so a
 * message that contains zeros carries a second d-bit plane "zero?" (2d bits; the receiver tells the
 * two forms apart by the length). QSGD with s levels (alistarh17, §3.1, the fixed-length code before
 * Elias coding): one float for ‖v‖₂, then per coordinate a sign bit and a level in {0, …, s}, i.e.
 * floatBits + d·(1 + ⌈log₂(s + 1)⌉). A k-sparse message (top-k, random-k; stich18, §2) sends k
 * (value, index) pairs: k·(floatBits + ⌈log₂ d⌉) — indices are counted, no shared seed is assumed.
 */
import { InputError } from "../core/errors.ts";
import { requireInteger } from "../core/validate.ts";

/** The width of a float sent: 32 or 64 bits. */
export type FloatBits = 32 | 64;

export function requireFloatBits(floatBits: number): FloatBits {
  if (floatBits !== 32 && floatBits !== 64) throw new InputError("floatBits", floatBits, "32 or 64");
  return floatBits;
}

/** ⌈log₂ n⌉ for an integer n ≥ 1, exactly (no floating-point log). */
export function ceilLog2(n: number): number {
  requireInteger("n", n, 1, 2 ** 31);
  return 32 - Math.clz32(n - 1); // clz32(0) = 32: ⌈log₂ 1⌉ = 0
}

/** Bits of one dense float vector of dimension d. */
export function denseBits(d: number, floatBits: FloatBits = 32): number {
  return d * floatBits;
}

/** d bits for a ±1 vector; 2d when some coordinate is 0 (second plane). */
export function signMessageBits(d: number, hasZero: boolean): number {
  return hasZero ? 2 * d : d;
}

/** Bits of one QSGD message with s levels in dimension d. */
export function qsgdBits(d: number, s: number, floatBits: FloatBits = 32): number {
  requireInteger("s", s, 1);
  return floatBits + d * (1 + ceilLog2(s + 1));
}

/** Bits of one k-sparse message in dimension d (indices and values). */
export function sparseBits(d: number, k: number, floatBits: FloatBits = 32): number {
  requireInteger("k", k, 0, d);
  return k * (floatBits + ceilLog2(d));
}
