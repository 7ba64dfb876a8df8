/**
 * The input check every function of the library runs on a point: the right length (DimensionError)
 * and finite entries (InputError naming the coordinate). NaN input gets a typed error, never a NaN.
 */
import { requireFiniteVector, requireSameLength } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";

export function requirePoint(name: string, x: Vector, d: number): void {
  if (!(x instanceof Float64Array)) throw new TypeError(`${name} must be a Float64Array`);
  requireSameLength(name, x, d);
  requireFiniteVector(name, x);
}
