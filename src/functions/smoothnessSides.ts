/**
 * The two sides of every inequality that defines or follows from (L0,L1)-smoothness, at a point or
 * a pair of points, with the round-off allowance of the left side:
 *   hessian    ‖∇²f(x)‖ ≤ L0 + L1‖∇f(x)‖                                  (Zhang et al. 2020; docs/seed-errata.md, E11)
 *   sup        ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1 sup_{u∈[x,y]}‖∇f(u)‖)‖x − y‖   (Assumption 2, reading (d))
 *   eq1        ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(y)‖)e^{L1 r}r                (seed, Lemma 1 (1))
 *   eq1-sharp  ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(y)‖)(e^{L1 r} − 1)/L1
 *   eq2        f(y) − f(x) − ⟨∇f(x), y − x⟩ ≤ ½(L0 + L1‖∇f(x)‖)e^{L1 r}r²    (seed, Lemma 1 (2))
 *   eq2-sharp  |f(y) − f(x) − ⟨∇f(x), y − x⟩| ≤ (L0 + L1‖∇f(x)‖)(e^{L1 r} − 1 − L1 r)/L1²
 * with r = ‖x − y‖ (docs/seed-errata.md, background: Lemma 1's sharp forms). The allowance bounds the evaluation error of the left side by its
 * backward-error scale (EVALUATION_ULPS·EPS·(|values| + ‖∇f‖‖x‖ + …)), so that a tight inequality
 * (exp attains the sharp form along a) is never reported violated by round-off. For `sup`, the sup
 * over the segment is bounded above from a 65-point grid and Grönwall on the half spacing h:
 * ‖∇f(u)‖ ≤ G·e^{L1 h} + L0(e^{L1 h} − 1)/L1 for u within h of a grid point of gradient norm G —
 * valid whenever the pair is, so a valid pair is never reported violated by the grid.
 */
import { InputError } from "../core/errors.ts";
import { EPS, EVALUATION_ULPS } from "../core/tolerance.ts";
import { requireNonNegative } from "../core/validate.ts";
import { dist2, norm2, type Vector } from "../core/vector.ts";
import type { SmoothFunction } from "./types.ts";

/** The forms of (L0,L1)-smoothness that `smoothnessSides` evaluates. */
export const SMOOTHNESS_FORMS = ["hessian", "sup", "eq1", "eq1-sharp", "eq2", "eq2-sharp"] as const;
/** One form of (L0,L1)-smoothness (Hessian bound, sup form, eq. 1, eq. 2, sharp variants). */
export type SmoothnessForm = (typeof SMOOTHNESS_FORMS)[number];

/** The constants (L0, L1) a smoothness check is made with. */
export interface SmoothnessConstants {
  readonly L0: number;
  readonly L1: number;
}

/** The left and right side of a smoothness inequality at a pair of points. */
export interface Sides {
  readonly lhs: number;
  readonly rhs: number;
  /** Bound on the evaluation error of lhs (the comparison is lhs ≤ rhs + roundoff, up to TOL.claim). */
  readonly roundoff: number;
}

/** Points of the segment grid used to bound the sup of ‖∇f‖ on [x, y]. */
const SEGMENT_POINTS = 65;

/** (e^{t} − 1)/L1 with t = L1·r; r at L1 = 0. */
export function phi1(L1: number, r: number): number {
  return L1 === 0 ? r : Math.expm1(L1 * r) / L1;
}

/** (e^{t} − 1 − t)/L1² with t = L1·r; r²/2 at L1 = 0; a Taylor series for small t (expm1(t) − t cancels). */
export function phi2(L1: number, r: number): number {
  const t = L1 * r;
  // |t| < 1e-3: the series to t⁴ has truncation error < t⁵/720 relative to t²/2, below EPS.
  if (Math.abs(t) < 1e-3) return r * r * (0.5 + t * (1 / 6 + t * (1 / 24 + t * (1 / 120 + t / 720))));
  return (Math.expm1(t) - t) / (L1 * L1);
}

function requireConstants(c: SmoothnessConstants): void {
  requireNonNegative("L0", c.L0);
  requireNonNegative("L1", c.L1);
}

/** The sides of `form` at x (and y for the pair forms). */
export function smoothnessSides(f: SmoothFunction, c: SmoothnessConstants, form: SmoothnessForm, x: Vector, y?: Vector): Sides {
  requireConstants(c);
  const { L0, L1 } = c;
  const slop = EVALUATION_ULPS * EPS;
  const gx = f.gradient(x, new Float64Array(f.dim));
  const ngx = norm2(gx);
  if (form === "hessian") {
    const lhs = f.hessianNorm(x);
    const rhs = L0 + L1 * ngx;
    return { lhs, rhs, roundoff: slop * (lhs + rhs) };
  }
  if (!y) throw new InputError("y", y, `a second point (form ${form} compares two points)`);
  const gy = f.gradient(y, new Float64Array(f.dim));
  const ngy = norm2(gy);
  const r = dist2(x, y);
  const nx = norm2(x);
  const ny = norm2(y);
  // Gradient error at a point: ‖∇²f‖·EPS‖x‖ + EPS‖∇f‖ with ‖∇²f‖ ≤ L0 + L1‖∇f‖ (the claimed pair).
  const gradRoundoff = slop * (ngx + ngy + (L0 + L1 * ngx) * nx + (L0 + L1 * ngy) * ny);
  switch (form) {
    case "sup":
    case "eq1":
    case "eq1-sharp": {
      const diff = new Float64Array(f.dim);
      for (let i = 0; i < f.dim; i++) diff[i] = gx[i] - gy[i];
      const lhs = norm2(diff);
      if (form === "eq1") return { lhs, rhs: (L0 + L1 * ngy) * Math.exp(L1 * r) * r, roundoff: gradRoundoff };
      if (form === "eq1-sharp") return { lhs, rhs: (L0 + L1 * ngy) * phi1(L1, r), roundoff: gradRoundoff };
      return { lhs, rhs: (L0 + L1 * segmentSupBound(f, c, x, y, r)) * r, roundoff: gradRoundoff };
    }
    case "eq2":
    case "eq2-sharp": {
      const fx = f.value(x);
      const fy = f.value(y);
      let inner = 0;
      for (let i = 0; i < f.dim; i++) inner += gx[i] * (y[i] - x[i]);
      const gap = fy - fx - inner;
      const roundoff = slop * (Math.abs(fx) + Math.abs(fy) + Math.abs(inner) + ngx * (nx + r) + ngy * ny);
      if (form === "eq2") return { lhs: gap, rhs: 0.5 * (L0 + L1 * ngx) * Math.exp(L1 * r) * r * r, roundoff };
      return { lhs: Math.abs(gap), rhs: (L0 + L1 * ngx) * phi2(L1, r), roundoff };
    }
  }
}

/** Upper bound of sup_{u∈[x,y]} ‖∇f(u)‖ from a grid and Grönwall on the half spacing (valid when (L0,L1) is). */
function segmentSupBound(f: SmoothFunction, c: SmoothnessConstants, x: Vector, y: Vector, r: number): number {
  const u = new Float64Array(f.dim);
  const g = new Float64Array(f.dim);
  let best = 0;
  for (let k = 0; k < SEGMENT_POINTS; k++) {
    const t = k / (SEGMENT_POINTS - 1);
    for (let i = 0; i < f.dim; i++) u[i] = x[i] + t * (y[i] - x[i]);
    best = Math.max(best, norm2(f.gradient(u, g)));
  }
  const h = r / (2 * (SEGMENT_POINTS - 1));
  return best * Math.exp(c.L1 * h) + c.L0 * phi1(c.L1, h);
}

/** True when lhs exceeds rhs beyond round-off and the named tolerance `tol`. */
export function sidesViolate(s: Sides, tol: { atol: number; rtol: number }): boolean {
  return s.lhs > s.rhs + s.roundoff + tol.atol + tol.rtol * Math.abs(s.rhs);
}

/** lhs/(rhs + roundoff): above 1 only when lhs exceeds the right side beyond round-off; 0/0 = 0. */
export function sidesRatio(s: Sides): number {
  const r = s.rhs + s.roundoff;
  if (r > 0) return s.lhs / r;
  return s.lhs > 0 ? Infinity : 0;
}
