/**
 * Stochastic least squares (karimireddy19, Counterexample 1): f(x) = (1/n)Σ_i f_i(x),
 * f_i(x) = ½(a_iᵀx)², and the oracle returns ∇f_i(x) = (a_iᵀx)·a_i for i uniform on {1, …, n}
 * (the mean over B such draws with batch B). Homogeneous, so f* = 0 at x = 0. The Hessian
 * H = (1/n)Σ a_i a_iᵀ is constant: (L0, L1) = (λ_max(H), 0), λ_max by power iteration.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger, requireSameLength } from "../core/validate.ts";
import { norm2, type Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";
import type { GradientOracle } from "./gradientOracle.ts";

/** Options of `leastSquaresOracle`: rows and batch size. */
export interface LeastSquaresOptions {
  /** Rows a_i (n ≥ 1, all of length d ≥ 1). */
  readonly rows: readonly ArrayLike<number>[];
  readonly batch?: number;
}

/** λ_max of the PSD matrix (1/n)Σ a_i a_iᵀ by power iteration (PSD: converges from a generic start). */
function lambdaMax(rows: readonly Vector[], d: number): number {
  let v = Float64Array.from({ length: d }, (_, i) => 1 + i / (7 * d));
  const w = new Float64Array(d);
  let lambda = 0;
  for (let it = 0; it < 2000; it++) {
    w.fill(0);
    for (const a of rows) {
      let t = 0;
      for (let i = 0; i < d; i++) t += a[i] * v[i];
      for (let i = 0; i < d; i++) w[i] += (t * a[i]) / rows.length;
    }
    const n = norm2(w);
    if (n === 0) return 0;
    const next = n / norm2(v);
    v = Float64Array.from(w, (x) => x / n);
    // Stop once λ is stable to rounding (monotone for a PSD matrix from a generic start).
    if (Math.abs(next - lambda) <= 4 * Number.EPSILON * next) return next;
    lambda = next;
  }
  return lambda;
}

/** The oracle of a least-squares problem that samples rows. */
export function leastSquaresOracle({ rows, batch = 1 }: LeastSquaresOptions): GradientOracle {
  if (!Array.isArray(rows) || rows.length < 1) throw new InputError("rows", rows, "a non-empty array of rows");
  requireInteger("batch", batch, 1);
  const d = rows[0].length;
  requireInteger("rows[0].length", d, 1);
  const A = rows.map((r, i) => {
    requireSameLength(`rows[${i}]`, r, d);
    requireFiniteVector(`rows[${i}]`, r);
    return Float64Array.from(r);
  });
  const n = A.length;
  const L0 = lambdaMax(A, d);
  const fn: SmoothFunction = {
    name: "leastSquares",
    dim: d,
    spec: { family: "leastSquares", rows: A.map((a) => Array.from(a)) },
    value(x: Vector): number {
      requireSameLength("x", x, d);
      let s = 0;
      for (const a of A) {
        let t = 0;
        for (let i = 0; i < d; i++) t += a[i] * x[i];
        s += 0.5 * t * t;
      }
      return s / n;
    },
    gradient(x: Vector, out: Vector = new Float64Array(d)): Vector {
      requireSameLength("x", x, d);
      out.fill(0);
      for (const a of A) {
        let t = 0;
        for (let i = 0; i < d; i++) t += a[i] * x[i];
        for (let i = 0; i < d; i++) out[i] += (t * a[i]) / n;
      }
      return out;
    },
    hessianNorm: () => L0,
    fStar: 0,
    fStarAttained: true,
    convex: true,
    smoothness: { L0, L1: 0, proof: "∇²f = (1/n)Σ a_i a_iᵀ is constant: ‖∇²f‖ = λ_max (power iteration)" },
  };
  const inv = 1 / batch;
  return {
    fn,
    dim: d,
    batch,
    calls: 0,
    sample(x: Vector, stream: Stream, out: Vector): Vector {
      out.fill(0);
      for (let b = 0; b < batch; b++) {
        const a = A[stream.int(n)];
        let t = 0;
        for (let i = 0; i < d; i++) t += a[i] * x[i];
        for (let i = 0; i < d; i++) out[i] += t * a[i] * inv;
      }
      this.calls += batch;
      return out;
    },
  };
}
