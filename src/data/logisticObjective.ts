/**
 * The data-set logistic objective (docs/seed-errata.md, background: function families; the seed's §2 experiment):
 *   f(w) = (1/n) Σ_i log(1 + exp(−y_i a_iᵀw)) + (λ/2)‖w‖²,
 * with sparse gradients ∇f = (1/n) Aᵀ(−y ∘ σ(−y ∘ Aw)) + λw and Hessian (1/n) Aᵀ diag(s(1−s)) A + λI.
 * Computed constants: the smoothness L = λ_max(AᵀA)/(4n) + λ (s(1 − s) ≤ 1/4), declared as the pair
 * (L, 0); the single-sample L1 = max_i ‖a_i‖ (each ℓ_i is (0, ‖a_i‖)-smooth); and a lower bound on
 * L0 for any L1 from any point w: L0 ≥ ‖∇²f(w)‖ − L1‖∇f(w)‖, largest near a minimiser (where ∇f ≈ 0).
 * Minimisers come from Newton's method on f + (μ/2)‖w‖² (dense d×d Hessian, Cholesky).
 */
import { InputError } from "../core/errors.ts";
import { requireNonNegative, requireSameLength } from "../core/validate.ts";
import { norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "../functions/requirePoint.ts";
import { sigmoid, softplus } from "../functions/softplus.ts";
import { symmetricNorm } from "../functions/symmetricEigen.ts";
import type { SmoothFunction } from "../functions/types.ts";
import { csrRowNorms, csrTimes, csrTransposeTimes, csrWeightedGram, type CsrMatrix } from "./csrMatrix.ts";

/** The logistic objective: a smooth function with its data. */
export interface LogisticObjective extends SmoothFunction {
  readonly n: number;
  readonly lambda: number;
  /** λ_max(AᵀA)/(4n): the smoothness constant of the loss part. */
  readonly lossSmoothness: number;
  /** max_i ‖a_i‖: the L1 of the single-sample losses. */
  readonly singleSampleL1: number;
  /** ‖∇²f(w)‖ − L1‖∇f(w)‖: every valid (L0, L1) has L0 at least this. */
  l0LowerBound(L1: number, w: Vector): number;
  /** Newton's method on f + (μ/2)‖w‖² from 0; needs λ + μ > 0. Stops when ‖∇‖ ≤ gradTol. */
  minimise(options?: { mu?: number; gradTol?: number; maxIter?: number }): { w: Float64Array; gradNorm: number; iterations: number };
}

/** In-place Cholesky solve of H x = b (H symmetric positive definite, n×n row-major); returns x. */
function choleskySolve(H: Float64Array, b: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let s = H[j * n + j];
    for (let k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
    if (!(s > 0)) throw new InputError("Hessian", s, "a positive definite matrix (add a ridge)");
    const ljj = Math.sqrt(s);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let t = H[i * n + j];
      for (let k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = t / ljj;
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = b[i];
    for (let k = 0; k < i; k++) t -= L[i * n + k] * z[k];
    z[i] = t / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let t = z[i];
    for (let k = i + 1; k < n; k++) t -= L[k * n + i] * x[k];
    x[i] = t / L[i * n + i];
  }
  return x;
}

/** The ridge-regularized logistic loss of a data set, as a smooth function. */
export function logisticObjective(A: CsrMatrix, y: Float64Array, options: { lambda?: number; name?: string } = {}): LogisticObjective {
  const lambda = requireNonNegative("lambda", options.lambda ?? 0);
  requireSameLength("y", y, A.rows);
  for (let i = 0; i < y.length; i++) if (y[i] !== 1 && y[i] !== -1) throw new InputError(`y[${i}]`, y[i], "a label in {−1, +1}");
  if (A.rows < 1) throw new InputError("A", "0 rows", "at least one sample");
  const n = A.rows;
  const d = A.cols;
  const z = new Float64Array(n);
  const margins = (w: Vector) => {
    requirePoint("w", w, d);
    csrTimes(A, w, z);
    for (let i = 0; i < n; i++) z[i] *= y[i];
    return z;
  };
  // s_i(1 − s_i)/n with s_i = σ(−y_i a_iᵀw), both factors as sigmoids (no cancellation).
  const curvatureWeights = (w: Vector) => {
    const m = margins(w);
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = (sigmoid(-m[i]) * sigmoid(m[i])) / n;
    return c;
  };
  const denseHessian = (w: Vector, ridge: number) => {
    const h = csrWeightedGram(A, curvatureWeights(w));
    for (let j = 0; j < d; j++) h[j * d + j] += ridge;
    return h;
  };
  const lossSmoothness = symmetricNorm(csrWeightedGram(A), d) / (4 * n);
  const singleSampleL1 = csrRowNorms(A).reduce((m, v) => Math.max(m, v), 0);

  const value = (w: Vector) => {
    const m = margins(w);
    let s = 0;
    for (let i = 0; i < n; i++) s += softplus(-m[i]);
    let ww = 0;
    for (let j = 0; j < d; j++) ww += w[j] * w[j];
    return s / n + 0.5 * lambda * ww;
  };
  const { rowPtr, colIdx, values } = A;
  const binary = values.every((v) => v === 1);
  // One fused pass over the rows (margin, weight, scatter): the CSR data is read once per gradient.
  const gradient = (w: Vector, out: Vector = new Float64Array(d)) => {
    requirePoint("w", w, d);
    requireSameLength("out", out, d);
    for (let j = 0; j < d; j++) out[j] = lambda * w[j];
    if (binary) {
      // All stored values are 1 (one-hot data such as mushrooms and a9a): skip the multiplications.
      for (let i = 0; i < n; i++) {
        const lo = rowPtr[i];
        const hi = rowPtr[i + 1];
        let zi = 0;
        for (let k = lo; k < hi; k++) zi += w[colIdx[k]];
        const ri = (-y[i] * sigmoid(-y[i] * zi)) / n;
        for (let k = lo; k < hi; k++) out[colIdx[k]] += ri;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const lo = rowPtr[i];
      const hi = rowPtr[i + 1];
      let zi = 0;
      for (let k = lo; k < hi; k++) zi += values[k] * w[colIdx[k]];
      const ri = (-y[i] * sigmoid(-y[i] * zi)) / n;
      for (let k = lo; k < hi; k++) out[colIdx[k]] += ri * values[k];
    }
    return out;
  };
  const hessianNorm = (w: Vector) => symmetricNorm(denseHessian(w, lambda), d);
  const minimise: LogisticObjective["minimise"] = ({ mu = 0, gradTol = 1e-9, maxIter = 100 } = {}) => {
    requireNonNegative("mu", mu);
    if (!(lambda + mu > 0)) throw new InputError("mu", mu, "> 0 when lambda = 0 (the data set may be separable: no minimiser)");
    const w = new Float64Array(d);
    const g = new Float64Array(d);
    let gn = Infinity;
    let it = 0;
    for (; it < maxIter; it++) {
      gradient(w, g);
      for (let j = 0; j < d; j++) g[j] += mu * w[j];
      gn = norm2(g);
      if (gn <= gradTol) break;
      const step = choleskySolve(denseHessian(w, lambda + mu), g, d);
      // Damped Newton: halve until the regularised objective decreases (it is strictly convex).
      const f0 = value(w) + 0.5 * mu * norm2(w) ** 2;
      let t = 1;
      let decreased = false;
      const trial = new Float64Array(d);
      for (let k = 0; k < 40 && !decreased; k++, t /= 2) {
        for (let j = 0; j < d; j++) trial[j] = w[j] - t * step[j];
        decreased = value(trial) + 0.5 * mu * norm2(trial) ** 2 <= f0;
      }
      // No decrease along the Newton direction: the objective is at its round-off floor.
      if (!decreased) break;
      w.set(trial);
    }
    return { w, gradNorm: gn, iterations: it };
  };
  let fStarCache: number | undefined;
  return {
    name: options.name ? `logistic(${options.name}${lambda > 0 ? `, λ=${lambda}` : ""})` : "logisticDataset",
    dim: d,
    spec: { family: "logisticDataset", name: options.name ?? null, n, d, lambda },
    n,
    lambda,
    lossSmoothness,
    singleSampleL1,
    value,
    gradient,
    hessianVector(w, v, out: Vector = new Float64Array(d)) {
      requirePoint("v", v, d);
      const c = curvatureWeights(w);
      const av = csrTimes(A, v);
      for (let i = 0; i < n; i++) av[i] *= c[i];
      csrTransposeTimes(A, av, out);
      for (let j = 0; j < d; j++) out[j] += lambda * v[j];
      return out;
    },
    hessianNorm,
    l0LowerBound(L1, w) {
      requireNonNegative("L1", L1);
      return hessianNorm(w) - L1 * norm2(gradient(w));
    },
    minimise,
    /** inf f: computed by Newton when λ > 0 (attained); 0 is a lower bound when λ = 0 (inf may be 0 when separable). */
    get fStar() {
      if (lambda === 0) return 0;
      fStarCache ??= value(minimise().w);
      return fStarCache;
    },
    fStarAttained: lambda > 0,
    convex: true,
    smoothness: { L0: lossSmoothness + lambda, L1: 0, proof: "‖∇²f‖ ≤ λ_max(AᵀA)/(4n) + λ since s(1 − s) ≤ 1/4" },
  };
}
