/**
 * f(x) = Σ_i cosh(x_i): separable, strongly convex (μ = 1), minimum d at 0. ∇f = sinh(x),
 * ∇²f = diag(cosh x_i), so ‖∇²f(x)‖ = max_i cosh x_i ≤ 1 + max_i |sinh x_i| ≤ 1 + ‖∇f(x)‖
 * (cosh t − |sinh t| = e^{−|t|} ≤ 1): (L0, L1) = (1, 1) is valid (docs/seed-errata.md, background: function families). The valid set is
 * {L1 ≥ 1, L0 ≥ 1}: at 0 the gradient vanishes and ‖∇²f‖ = 1; for L1 < 1, cosh t − L1|sinh t| → ∞.
 */
import { requireInteger, requireNonNegative } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/** f(x) = Σ cosh(x_i) in dimension d, (L0,L1)-smooth with L0 = L1 = 1. */
export function coshSum(d: number): SmoothFunction {
  requireInteger("d", d, 1);
  return {
    name: "coshSum",
    dim: d,
    spec: { family: "coshSum", d },
    value(x: Vector): number {
      requirePoint("x", x, d);
      let s = 0;
      for (let i = 0; i < d; i++) s += Math.cosh(x[i]);
      return s;
    },
    gradient(x: Vector, out: Vector = new Float64Array(d)): Vector {
      requirePoint("x", x, d);
      for (let i = 0; i < d; i++) out[i] = Math.sinh(x[i]);
      return out;
    },
    hessianVector(x: Vector, v: Vector, out: Vector = new Float64Array(d)): Vector {
      requirePoint("x", x, d);
      for (let i = 0; i < d; i++) out[i] = Math.cosh(x[i]) * v[i];
      return out;
    },
    hessianNorm(x: Vector): number {
      requirePoint("x", x, d);
      let m = 0;
      for (let i = 0; i < d; i++) m = Math.max(m, Math.cosh(x[i]));
      return m;
    },
    validL0(L1: number): number {
      requireNonNegative("L1", L1);
      return L1 >= 1 ? 1 : Infinity;
    },
    fStar: d,
    fStarAttained: true,
    convex: true,
    smoothness: { L0: 1, L1: 1, proof: "‖∇²f‖ = max cosh x_i ≤ 1 + max |sinh x_i| ≤ 1 + ‖∇f‖, since cosh t − |sinh t| = e^{−|t|} ≤ 1" },
  };
}
