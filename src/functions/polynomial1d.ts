/**
 * 1-D polynomials p(x) = Σ_k c_k x^k of degree n ≥ 2 (docs/seed-errata.md, background: function families): for every L1 > 0 some L0 makes
 * p (L0, L1)-smooth, since |p''|/|p'| → 0 as |x| → ∞. The declared L0 for the requested L1 is a proved
 * upper bound on sup_x |p''(x)| − L1|p'(x)|:
 *   outside [−R, R], with q = p' = Σ a_k x^k of degree m and leading a_m, S = Σ_{k<m}|a_k|,
 *   S' = Σ_{k<m} k|a_k|: for |x| ≥ max(1, R), |q| ≥ |x|^m(|a_m| − S/|x|) and |q'| ≤ |x|^{m−1}(m|a_m| + S'),
 *   so |q'| ≤ L1|q| once |x| ≥ R = (S + (m|a_m| + S')/L1)/|a_m|;
 *   inside, h = |p''| − L1|p'| is Lipschitz with constant ≤ B3 + L1·B2 (B_j = Σ|coefficients of
 *   p^{(j)}|·R^k bounds |p^{(j)}| on [−R, R]), so sup h ≤ max over a grid of spacing δ + (B3 + L1B2)·δ/2.
 * L1 = 0 is accepted only for quadratics (L = |2c_2|). inf p is −∞ for odd degree or a negative leading
 * coefficient; otherwise it is computed numerically (grid, then Newton on p' = 0). Convexity is only
 * declared for quadratics with c_2 ≥ 0 (`convex: false` means "not declared").
 */
import { InputError } from "../core/errors.ts";
import { requireFiniteVector, requireNonNegative } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/** Grid points on [−R, R] for the L0 bound and the minimum: the Lipschitz slack shrinks as 1/GRID. */
const GRID = 4096;

function derivative(c: readonly number[]): number[] {
  return c.slice(1).map((v, k) => (k + 1) * v);
}

function horner(c: readonly number[], x: number): number {
  let s = 0;
  for (let k = c.length - 1; k >= 0; k--) s = s * x + c[k];
  return s;
}

/** Bound of |Σ c_k x^k| on [−R, R]: Σ|c_k|R^k. */
function absBound(c: readonly number[], R: number): number {
  return c.reduce((s, v, k) => s + Math.abs(v) * R ** k, 0);
}

/** The 1-D polynomial Σ c_k x^k (degree ≥ 2), declared (L0,L1)-smooth for the requested L1 with a proved L0. */
export function polynomial1d(coefficients: readonly number[], L1 = 1): SmoothFunction {
  const c = Array.from(coefficients);
  requireFiniteVector("coefficients", c);
  while (c.length > 0 && c[c.length - 1] === 0) c.pop();
  const n = c.length - 1;
  if (n < 2) throw new InputError("coefficients", coefficients, "a polynomial of degree ≥ 2 (c_0, c_1, …, c_n with c_n ≠ 0)");
  requireNonNegative("L1", L1);
  if (L1 === 0 && n > 2) throw new InputError("L1", L1, "> 0 for degree > 2 (no L-smooth polynomial of higher degree)");
  const d1 = derivative(c);
  const d2 = derivative(d1);
  const d3 = derivative(d2);
  let L0: number;
  let R: number;
  if (L1 === 0) {
    L0 = Math.abs(d2[0]);
    R = 1;
  } else {
    const m = n - 1;
    const am = Math.abs(d1[m]);
    const S = d1.slice(0, m).reduce((s, v) => s + Math.abs(v), 0);
    const S1 = d1.slice(0, m).reduce((s, v, k) => s + k * Math.abs(v), 0);
    R = Math.max(1, (S + (m * am + S1) / L1) / am);
    const step = (2 * R) / GRID;
    let best = -Infinity;
    for (let i = 0; i <= GRID; i++) {
      const x = -R + i * step;
      best = Math.max(best, Math.abs(horner(d2, x)) - L1 * Math.abs(horner(d1, x)));
    }
    const lipschitz = absBound(d3, R) + L1 * absBound(d2, R);
    L0 = Math.max(0, best + (lipschitz * step) / 2);
  }
  const unbounded = n % 2 === 1 || c[n] < 0;
  let fStar = -Infinity;
  if (!unbounded) {
    // The minimiser is a critical point, inside the Cauchy bound 1 + max|a_k/a_m| of the roots of p'.
    const B = 1 + Math.max(...d1.slice(0, -1).map((v) => Math.abs(v / d1[d1.length - 1])));
    let xBest = 0;
    fStar = Infinity;
    for (let i = 0; i <= GRID; i++) {
      const x = -B + (2 * B * i) / GRID;
      const v = horner(c, x);
      if (v < fStar) [fStar, xBest] = [v, x];
    }
    for (let k = 0; k < 50; k++) {
      const h = horner(d2, xBest);
      if (!(h > 0)) break;
      xBest -= horner(d1, xBest) / h;
    }
    fStar = Math.min(fStar, horner(c, xBest));
  }
  return {
    name: "polynomial1d",
    dim: 1,
    spec: { family: "polynomial1d", coefficients: c, L1 },
    value(x: Vector) {
      requirePoint("x", x, 1);
      return horner(c, x[0]);
    },
    gradient(x: Vector, out: Vector = new Float64Array(1)) {
      requirePoint("x", x, 1);
      out[0] = horner(d1, x[0]);
      return out;
    },
    hessianVector(x: Vector, v: Vector, out: Vector = new Float64Array(1)) {
      requirePoint("x", x, 1);
      out[0] = horner(d2, x[0]) * v[0];
      return out;
    },
    hessianNorm(x: Vector) {
      requirePoint("x", x, 1);
      return Math.abs(horner(d2, x[0]));
    },
    fStar,
    fStarAttained: !unbounded,
    ...(unbounded && { unboundedBelow: true }),
    convex: n === 2 && c[2] >= 0,
    smoothness: { L0, L1, proof: `|p''| ≤ L1|p'| for |x| ≥ R = ${R.toPrecision(6)}; inside, grid max of |p''| − L1|p'| plus the Lipschitz slack` },
  };
}
