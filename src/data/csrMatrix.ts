/**
 * Compressed sparse row matrices for data sets (rows = samples a_i, columns = features): the
 * products A·x and Aᵀ·v that a logistic gradient needs cost O(nnz), and the Gram matrix AᵀA (dense,
 * d×d) that gives the data-set smoothness constant λ_max(AᵀA)/(4n) costs Σ_i nnz_i².
 */
import { InputError } from "../core/errors.ts";
import { requireSameLength } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";

export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  /** rowPtr[i]..rowPtr[i+1] index the entries of row i (length rows + 1). */
  readonly rowPtr: Int32Array;
  /** 0-based column of each entry, strictly increasing within a row. */
  readonly colIdx: Int32Array;
  readonly values: Float64Array;
}

/** A CSR matrix from dense rows (tests and small examples). */
export function csrFromDense(rows: readonly (readonly number[])[]): CsrMatrix {
  const cols = rows[0]?.length ?? 0;
  const rowPtr = new Int32Array(rows.length + 1);
  const colIdx: number[] = [];
  const values: number[] = [];
  rows.forEach((r, i) => {
    if (r.length !== cols) throw new InputError(`rows[${i}]`, `length ${r.length}`, `length ${cols}`);
    r.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new InputError(`rows[${i}][${j}]`, v, "a finite number");
      if (v !== 0) {
        colIdx.push(j);
        values.push(v);
      }
    });
    rowPtr[i + 1] = colIdx.length;
  });
  return { rows: rows.length, cols, rowPtr, colIdx: Int32Array.from(colIdx), values: Float64Array.from(values) };
}

/** out ← A·x (length rows). */
export function csrTimes(A: CsrMatrix, x: Vector, out: Vector = new Float64Array(A.rows)): Vector {
  requireSameLength("x", x, A.cols);
  const { rowPtr, colIdx, values } = A;
  for (let i = 0; i < A.rows; i++) {
    let s = 0;
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) s += values[k] * x[colIdx[k]];
    out[i] = s;
  }
  return out;
}

/** out ← Aᵀ·v (length cols). */
export function csrTransposeTimes(A: CsrMatrix, v: Vector, out: Vector = new Float64Array(A.cols)): Vector {
  requireSameLength("v", v, A.rows);
  const { rowPtr, colIdx, values } = A;
  out.fill(0);
  for (let i = 0; i < A.rows; i++) {
    const vi = v[i];
    if (vi === 0) continue;
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) out[colIdx[k]] += values[k] * vi;
  }
  return out;
}

/** ‖a_i‖₂ of every row. */
export function csrRowNorms(A: CsrMatrix): Float64Array {
  const out = new Float64Array(A.rows);
  for (let i = 0; i < A.rows; i++) {
    let s = 0;
    for (let k = A.rowPtr[i]; k < A.rowPtr[i + 1]; k++) s += A.values[k] * A.values[k];
    out[i] = Math.sqrt(s);
  }
  return out;
}

/** Dense Σ_i w_i a_i a_iᵀ (row-major cols×cols); w ≡ 1 gives AᵀA. */
export function csrWeightedGram(A: CsrMatrix, w?: Vector): Float64Array {
  if (w) requireSameLength("w", w, A.rows);
  const d = A.cols;
  const g = new Float64Array(d * d);
  const { rowPtr, colIdx, values } = A;
  for (let i = 0; i < A.rows; i++) {
    const wi = w ? w[i] : 1;
    if (wi === 0) continue;
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
      const base = colIdx[k] * d;
      const vk = wi * values[k];
      for (let l = rowPtr[i]; l < rowPtr[i + 1]; l++) g[base + colIdx[l]] += vk * values[l];
    }
  }
  return g;
}

/** The rows of A listed in `rows` (in that order), e.g. a train or test split of a data set. */
export function csrSelectRows(A: CsrMatrix, rows: ArrayLike<number>): CsrMatrix {
  let nnz = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (!(Number.isInteger(i) && i >= 0 && i < A.rows)) throw new InputError(`rows[${r}]`, i, `a row index in [0, ${A.rows - 1}]`);
    nnz += A.rowPtr[i + 1] - A.rowPtr[i];
  }
  const rowPtr = new Int32Array(rows.length + 1);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let p = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    for (let k = A.rowPtr[i]; k < A.rowPtr[i + 1]; k++, p++) {
      colIdx[p] = A.colIdx[k];
      values[p] = A.values[k];
    }
    rowPtr[r + 1] = p;
  }
  return { rows: rows.length, cols: A.cols, rowPtr, colIdx, values };
}
