/**
 * g(x) = Σ_i log cosh(x_i): L-smooth with L = 1 (∇²g = diag sech² x_i ≼ I) and a bounded gradient
 * (∇g = tanh x, ‖∇g‖ ≤ √d): the "L-smooth with bounded gradient" summand of closure rule R4 (review
 * §4). log cosh t is evaluated without cancellation (see logCosh). Minimum 0 at the origin.
 */
import { requireInteger, requireNonNegative } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/**
 * log cosh t without cancellation: log1p(2 sinh²(t/2)) (cosh t − 1 = 2 sinh²(t/2)) for |t| ≤ 20, where
 * the form |t| + log1p(e^{−2|t|}) − log 2 would lose the tiny value near 0 to round-off; that form
 * beyond (no cancellation there, and sinh² would overflow for |t| > 1400).
 */
function logCosh(t: number): number {
  const a = Math.abs(t);
  if (a <= 20) {
    const s = Math.sinh(a / 2);
    return Math.log1p(2 * s * s);
  }
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

/** sech²t = 1/cosh²t, written to stay finite (cosh overflows for |t| > 710). */
function sech2(t: number): number {
  const e = Math.exp(-2 * Math.abs(t));
  return (4 * e) / ((1 + e) * (1 + e));
}

/** f(x) = Σ log cosh(x_i) in dimension d: L-smooth (L = 1), with ‖∇f‖ ≤ √d (`gradientBound`). */
export function logCoshSum(d: number): SmoothFunction & { readonly gradientBound: number } {
  requireInteger("d", d, 1);
  return {
    name: "logCoshSum",
    dim: d,
    spec: { family: "logCoshSum", d },
    gradientBound: Math.sqrt(d),
    value(x) {
      requirePoint("x", x, d);
      let s = 0;
      for (let i = 0; i < d; i++) s += logCosh(x[i]);
      return s;
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      for (let i = 0; i < d; i++) out[i] = Math.tanh(x[i]);
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      for (let i = 0; i < d; i++) out[i] = sech2(x[i]) * v[i];
      return out;
    },
    hessianNorm(x) {
      requirePoint("x", x, d);
      let m = 0;
      for (let i = 0; i < d; i++) m = Math.max(m, sech2(x[i]));
      return m;
    },
    validL0(L1) {
      requireNonNegative("L1", L1);
      // sup_t sech²t − L1|tanh t| = 1, attained at t = 0 where the gradient vanishes.
      return 1;
    },
    fStar: 0,
    fStarAttained: true,
    convex: true,
    smoothness: { L0: 1, L1: 0, proof: "∇²g = diag sech² x_i ≼ I" },
  };
}
