/**
 * The non-convex double well f(x) = (‖x‖² − 1)² (docs/seed-errata.md, background: function families): ∇f = 4(r² − 1)x, Hessian
 * eigenvalues 12r² − 4 (radial) and 4(r² − 1) (tangential, d ≥ 2). (8, 3) is valid: for r ≥ 1,
 * 12r² − 4 = 8 + 12(r² − 1) ≤ 8 + 12r(r² − 1) = 8 + 3‖∇f‖ and 4(r² − 1) ≤ 12r(r² − 1); for r < 1,
 * |12r² − 4| ≤ 8 and 4(1 − r²) ≤ 4. (8, 1) is invalid (review: Hessian ratio 1.487). Minimum 0 on
 * the unit sphere, where ∇f = 0 and ‖∇²f‖ = 8, so L0 ≥ 8 for every L1.
 */
import { requireInteger } from "../core/validate.ts";
import { dot, norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/** The nonconvex double well f(x) = (‖x‖² − 1)² in dimension d, (L0,L1)-smooth with (8, 3). */
export function doubleWell(d: number): SmoothFunction {
  requireInteger("d", d, 1);
  return {
    name: "doubleWell",
    dim: d,
    spec: { family: "doubleWell", d },
    value(x) {
      requirePoint("x", x, d);
      const r = norm2(x);
      const u = (r - 1) * (r + 1);
      return u * u;
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const r = norm2(x);
      const c = 4 * (r - 1) * (r + 1);
      for (let i = 0; i < d; i++) out[i] = c * x[i];
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const r = norm2(x);
      const c = 4 * (r - 1) * (r + 1);
      const xv = 8 * dot(x, v);
      for (let i = 0; i < d; i++) out[i] = c * v[i] + xv * x[i];
      return out;
    },
    hessianNorm(x) {
      requirePoint("x", x, d);
      const r = norm2(x);
      const radial = Math.abs(12 * r * r - 4);
      return d === 1 ? radial : Math.max(radial, 4 * Math.abs((r - 1) * (r + 1)));
    },
    fStar: 0,
    fStarAttained: true,
    convex: false,
    smoothness: { L0: 8, L1: 3, proof: "r ≥ 1: 12r²−4 ≤ 8 + 12r(r²−1) = 8 + 3‖∇f‖; r < 1: |12r²−4| ≤ 8, 4(1−r²) ≤ 4" },
  };
}
