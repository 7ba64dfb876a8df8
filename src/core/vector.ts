/**
 * Vector operations on Float64Array, the one vector type of signcheck. Hot-path functions take an
 * explicit `out` argument and allocate nothing; norms use a scaled accumulation where overflow is
 * possible (ℓ2, ℓp), so that ‖x‖ is finite whenever it is representable.
 */
import { InputError } from "./errors.ts";
import { requireSameLength } from "./validate.ts";

export type Vector = Float64Array;

export function vec(values: ArrayLike<number>): Vector {
  return Float64Array.from(values);
}

export function zeros(d: number): Vector {
  return new Float64Array(d);
}

export function dot(x: Vector, y: Vector): number {
  requireSameLength("y", y, x.length);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
}

/** y ← a·x + y (in place), returns y. */
export function axpy(a: number, x: Vector, y: Vector): Vector {
  requireSameLength("y", y, x.length);
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
  return y;
}

/** out ← x − y. */
export function sub(x: Vector, y: Vector, out: Vector = new Float64Array(x.length)): Vector {
  requireSameLength("y", y, x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] - y[i];
  return out;
}

/** out ← a·x. */
export function scale(a: number, x: Vector, out: Vector = new Float64Array(x.length)): Vector {
  for (let i = 0; i < x.length; i++) out[i] = a * x[i];
  return out;
}

export function norm1(x: Vector): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i]);
  return s;
}

export function normInf(x: Vector): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > m || Number.isNaN(a)) m = a;
  }
  return m;
}

/** ‖x‖₂ scaled by ‖x‖∞ so that squares neither overflow nor underflow (as LAPACK's dnrm2). */
export function norm2(x: Vector): number {
  const m = normInf(x);
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const t = x[i] / m;
    s += t * t;
  }
  return m * Math.sqrt(s);
}

/** ‖x‖_p for p ≥ 1 (p = ∞ allowed), scaled as norm2. */
export function normP(x: Vector, p: number): number {
  if (!(p >= 1)) throw new InputError("p", p, "a number in [1, ∞]");
  if (p === 1) return norm1(x);
  if (p === 2) return norm2(x);
  if (p === Infinity) return normInf(x);
  const m = normInf(x);
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] / m) ** p;
  return m * s ** (1 / p);
}

/** ‖x − y‖₂ without allocating. */
export function dist2(x: Vector, y: Vector): number {
  requireSameLength("y", y, x.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const t = (x[i] - y[i]) / m;
    s += t * t;
  }
  return m * Math.sqrt(s);
}

export { allFinite } from "./validate.ts";
