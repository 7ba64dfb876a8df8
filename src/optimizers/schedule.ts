/**
 * Schedules k ↦ value (k = 1, 2, …) for stepsizes γ_k, momenta β_k and batch sizes B_k: constant,
 * the k^(−1/2) decay γ_k = γ₁/√k (bernstein18, Theorem 1 uses δ_k = 1/√(‖L⃗‖₁K), constant in k; the
 * decaying form is karimireddy19's non-smooth setting), and "as prescribed by a theorem": a formula of
 * the claim's parameters, evaluated once (a constant) or per k. A schedule is a plain function built
 * once at `init`; calling it allocates nothing.
 */
import { InputError } from "../core/errors.ts";
import { requirePositive } from "../core/validate.ts";

/** A stepsize schedule k ↦ γ_k (k = 1, 2, …). */
export type Schedule = (k: number) => number;
/** A constant value or a schedule. */
export type ScheduleLike = number | Schedule;

/** The constant schedule k ↦ value. */
export function constant(value: number): Schedule {
  return () => value;
}

/** γ_k = γ₁·k^(−1/2). */
export function invSqrt(gamma1: number): Schedule {
  requirePositive("gamma1", gamma1);
  return (k) => gamma1 / Math.sqrt(k);
}

/** The value a theorem prescribes for `params`: a constant, or a schedule when the formula returns one. */
export function prescribed<P>(formula: (params: P) => ScheduleLike, params: P): Schedule {
  const v = formula(params);
  return typeof v === "number" ? constant(v) : v;
}

/** A validated schedule: numbers are checked now (by `check`), schedules at every call by the caller. */
export function toSchedule(name: string, value: ScheduleLike, check: (name: string, x: number) => number): Schedule {
  if (typeof value === "number") return constant(check(name, value));
  if (typeof value !== "function") throw new InputError(name, value, "a number or a schedule k ↦ value");
  return value;
}
