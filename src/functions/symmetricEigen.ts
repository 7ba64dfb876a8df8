/**
 * Eigenvalues of a small dense symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
 * Matrix Computations, 4th ed., §8.5): every rotation is orthogonal, so the computed eigenvalues
 * are exact for a matrix within ≈ EPS·‖A‖_F of A. Used for spectral norms of Hessians (‖∇²f‖ =
 * max |λ_i|), singular values of affine maps and the data-set constant λ_max(AᵀA). Matrices are
 * row-major Float64Array of n×n entries; sizes up to a few hundred.
 */
import { InputError } from "../core/errors.ts";
import { requireFiniteVector } from "../core/validate.ts";

/** Sweeps allowed: cyclic Jacobi converges quadratically, 60 sweeps are never reached in practice. */
const MAX_SWEEPS = 60;

/** The eigenvalues (unsorted) of the symmetric n×n matrix `a` (row-major; only symmetry of input assumed). */
export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  if (!Number.isInteger(n) || n < 1 || a.length !== n * n) throw new InputError("matrix", `length ${a.length}`, `an n×n matrix with n = ${n}`);
  requireFiniteVector("matrix", a);
  const m = Float64Array.from(a);
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) m[i * n + j] = m[j * n + i] = 0.5 * (m[i * n + j] + m[j * n + i]);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = m[i * n + j] * m[i * n + j];
        total += v;
        if (i !== j) off += v;
      }
    }
    // Converged when the off-diagonal mass is at round-off level of the whole matrix.
    if (off <= Number.EPSILON * Number.EPSILON * total) break;
    // Threshold Jacobi (Numerical Recipes §11.1): early sweeps skip entries below a fifth of the
    // mean off-diagonal size, which saves most rotations and changes nothing at convergence.
    const threshold = sweep < 3 ? (0.2 * Math.sqrt(off)) / (n * n) : 0;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq === 0 || Math.abs(apq) < threshold) continue;
        const theta = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = m[k * n + p];
          const akq = m[k * n + q];
          m[k * n + p] = c * akp - s * akq;
          m[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = m[p * n + k];
          const aqk = m[q * n + k];
          m[p * n + k] = c * apk - s * aqk;
          m[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = m[i * n + i];
  return out;
}

/** Spectral norm max |λ_i| of a symmetric matrix. */
export function symmetricNorm(a: Float64Array, n: number): number {
  let r = 0;
  for (const v of symmetricEigenvalues(a, n)) r = Math.max(r, Math.abs(v));
  return r;
}

/**
 * ‖∇²f(x)‖ from n Hessian-vector products (the columns ∇²f(x)e_i), symmetrised, by Jacobi. Exact up
 * to round-off; meant for dimensions up to a few hundred.
 */
export function hessianNormFromProducts(n: number, hv: (v: Float64Array, out: Float64Array) => void): number {
  const h = new Float64Array(n * n);
  const e = new Float64Array(n);
  const col = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    hv(e, col);
    for (let i = 0; i < n; i++) h[i * n + j] = col[i];
  }
  // An overflowed Hessian has an infinite (or undefined) norm: report it, do not throw.
  if (!h.every(Number.isFinite)) return h.some(Number.isNaN) ? NaN : Infinity;
  return symmetricNorm(h, n);
}
