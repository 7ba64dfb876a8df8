/**
 * The interface of an (L0,L1)-smooth test function. A function carries its constants and the
 * inequality that defines its class (as PEPit's function classes do): `smoothness` is a pair proved
 * valid for ‖∇²f(x)‖ ≤ L0 + L1‖∇f(x)‖ (equivalently the sup form of Assumption 2, for C² functions),
 * with a one-line proof note. `spec` is plain data that rebuilds the function (for instances and
 * reports).
 */
import type { Vector } from "../core/vector.ts";

/** The (L0, L1) constants of a function under Assumption 1. */
export interface SmoothnessPair {
  readonly L0: number;
  readonly L1: number;
  /** One line: why this pair is valid. */
  readonly proof: string;
}

/** A test function: value, exact gradient, dimension and its (L0,L1)-smoothness constants. */
export interface SmoothFunction {
  readonly name: string;
  readonly dim: number;
  /** Plain data describing the function (family and parameters). */
  readonly spec: Record<string, unknown>;
  value(x: Vector): number;
  /** ∇f(x) written into `out` (allocated when omitted). */
  gradient(x: Vector, out?: Vector): Vector;
  /** Spectral norm of the Hessian ‖∇²f(x)‖. */
  hessianNorm(x: Vector): number;
  /** inf f, and whether it is attained. */
  readonly fStar: number;
  readonly fStarAttained: boolean;
  readonly convex: boolean;
  readonly smoothness: SmoothnessPair;
  /** ∇²f(x)·v written into `out` (allocated when omitted); lets combinators compute exact Hessian norms. */
  hessianVector?(x: Vector, v: Vector, out?: Vector): Vector;
  /**
   * The least valid L0 for a given L1 (the curve L0*(L1) of docs/seed-errata.md, background: function families), +∞ when no L0 works for that
   * L1; present only where the curve is proved.
   */
  validL0?(L1: number): number;
  /** True when inf f = −∞ (e.g. log-sum-exp): such a function does not satisfy Assumption 1. */
  readonly unboundedBelow?: boolean;
}
