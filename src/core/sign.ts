/**
 * The sign operator. signcheck's convention is sign(0) = 0 (as in the seed paper's analysis and
 * the review's notation); `signPositiveZero` is the explicit alternative sign(0) = +1 used by some
 * implementations (e.g. a subgradient oracle that breaks ties upward). The choice matters: several
 * steps of the seed's proof hold only as inequalities when P(g_i = 0) > 0.
 */
import { requireSameLength } from "./validate.ts";
import type { Vector } from "./vector.ts";

export type SignConvention = "zero" | "positive";

/** sign(x) ∈ {−1, 0, +1}, with sign(0) = sign(−0) = 0 and sign(NaN) = NaN. */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN;
}

/** sign(x) with the alternative convention sign(0) = +1. */
export function signPositiveZero(x: number): number {
  return x < 0 ? -1 : x >= 0 ? 1 : NaN;
}

/** out ← sign(v) elementwise under the given convention. */
export function signVec(v: Vector, out: Vector = new Float64Array(v.length), convention: SignConvention = "zero"): Vector {
  requireSameLength("out", out, v.length);
  const s = convention === "zero" ? sign : signPositiveZero;
  for (let i = 0; i < v.length; i++) out[i] = s(v[i]);
  return out;
}

/**
 * #{i : sign(a_i) ≠ sign(b_i)} with sign(0) = 0 (NaN counts as sign 0). Branch-free: with noisy
 * gradients a mismatch is a coin flip, and a branch per coordinate mispredicts half the time (≈ 3×
 * slower on the trajectory runner's hot loop, issue 10).
 */
export function signMismatches(a: Vector, b: Vector): number {
  requireSameLength("b", b, a.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const s = +(x > 0) - +(x < 0) - +(y > 0) + +(y < 0);
    m += (s | -s) >>> 31;
  }
  return m;
}
