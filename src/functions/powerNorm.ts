/**
 * f(x) = ‖x‖^p/p, p ≥ 2 (docs/seed-errata.md, background: function families): ∇f = ‖x‖^{p−2}x, ∇²f = ‖x‖^{p−2}(I + (p−2)x̂x̂ᵀ), so
 * ‖∇²f‖ = (p−1)r^{p−2} with r = ‖x‖. The least L0 for L1 > 0 is max_r (p−1)r^{p−2} − L1r^{p−1} =
 * ((p−2)/L1)^{p−2}, at r = (p−2)/L1. Declared pair: L1 = 1, L0 = (p−2)^{p−2} (p = 4: (4, 1);
 * p = 3: (1, 1)); p = 2 is L-smooth, ∇²f = I, and declares (1, 0). Minimum 0 at the origin.
 */
import { requireInRange, requireInteger, requireNonNegative } from "../core/validate.ts";
import { dot, norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/** Largest p accepted: beyond it r^{p−2} overflows for moderate r and the family is of no use. */
const P_MAX = 16;

/** f(x) = ‖x‖^p/p, p ≥ 2, in dimension d: (L0,L1)-smooth with L1 = 1, L0 = (p−2)^{p−2}; L-smooth only for p = 2. */
export function powerNorm(p: number, d: number): SmoothFunction {
  requireInRange("p", p, 2, P_MAX);
  requireInteger("d", d, 1);
  const curve = (L1: number) => {
    requireNonNegative("L1", L1);
    if (p === 2) return 1;
    return L1 === 0 ? Infinity : ((p - 2) / L1) ** (p - 2);
  };
  return {
    name: "powerNorm",
    dim: d,
    spec: { family: "powerNorm", p, d },
    value(x) {
      requirePoint("x", x, d);
      return norm2(x) ** p / p;
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const c = p === 2 ? 1 : norm2(x) ** (p - 2);
      for (let i = 0; i < d; i++) out[i] = c * x[i];
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const r = norm2(x);
      const c = p === 2 ? 1 : r ** (p - 2);
      // (p−2) r^{p−4} (xᵀv) x, written as (p−2) r^{p−2} (x̂ᵀv) x̂: no r^{p−4} at r = 0, no underflow of r².
      const radial = r === 0 ? 0 : ((p - 2) * c * (dot(x, v) / r)) / r;
      for (let i = 0; i < d; i++) out[i] = c * v[i] + radial * x[i];
      return out;
    },
    hessianNorm(x) {
      requirePoint("x", x, d);
      return (p - 1) * (p === 2 ? 1 : norm2(x) ** (p - 2));
    },
    validL0: curve,
    fStar: 0,
    fStarAttained: true,
    convex: true,
    smoothness:
      p === 2
        ? { L0: 1, L1: 0, proof: "∇²f = I: L-smooth with L = 1" }
        : { L0: curve(1), L1: 1, proof: "(p−1)r^{p−2} − L1·r^{p−1} is maximal at r = (p−2)/L1 with value ((p−2)/L1)^{p−2}" },
  };
}
