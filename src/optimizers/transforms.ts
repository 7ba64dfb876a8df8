/**
 * The elementary gradient transformations (see transform.ts), each u ← T(u) in place:
 *   sign:       u_i ← sign(u_i), sign(0) = 0                           (seed, Alg. 1; bernstein18, Alg. 1)
 *   scaleBy(γ): u ← γ_k·u, γ_k > 0                                     (the stepsize, last in a chain)
 *   momentum(β): m ← β_k·m + (1 − β_k)·u, u ← m, m⁰ = 0, β_k ∈ [0, 1)   (kornilov25, M-SignSGD; seedfinal)
 *   normalize:  u ← u/‖u‖₂ (0 stays 0)                                 (hubler24, normalized SGD)
 *   clip(λ):    u ← min(1, λ/‖u‖₂)·u, λ > 0                            (zhang20, clipped GD)
 *   l0l1Step(L0, L1): u ← u/(L0 + L1‖u‖₂)                              (gorbunov24, (L0,L1)-GD, η = 1/(L0 + L1‖∇f(x)‖))
 */
import { InputError } from "../core/errors.ts";
import { requireInRange, requireNonNegative, requirePositive } from "../core/validate.ts";
import { norm2, type Vector } from "../core/vector.ts";
import { signMessageBits } from "./communication.ts";
import { toSchedule, type ScheduleLike } from "./schedule.ts";
import { noState, type Transform } from "./transform.ts";
import type { OptimizerState } from "./types.ts";

export function hasZero(u: Vector): boolean {
  // Stryker disable next-line EqualityOperator: u[u.length] is undefined, never 0
  for (let i = 0; i < u.length; i++) if (u[i] === 0) return true;
  return false;
}

export function sign(): Transform<null> {
  return {
    name: "sign",
    init: noState,
    update(u: Vector): void {
      // Branch-free (a noisy sign mispredicts half the time); NaN maps to 0 as with comparisons.
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
      for (let i = 0; i < u.length; i++) {
        const v = u[i];
        u[i] = +(v > 0) - +(v < 0);
      }
    },
    messageBits: (u: Vector) => signMessageBits(u.length, hasZero(u)),
  };
}

export function scaleBy(gamma: ScheduleLike): Transform<null> {
  const schedule = toSchedule("gamma", gamma, requirePositive);
  return {
    name: "scaleBy",
    init: noState,
    update(u: Vector, _ts: null, state: OptimizerState): void {
      const g = schedule(state.k);
      if (!(g > 0 && g < Infinity)) throw new InputError(`gamma(${state.k})`, g, "a finite number > 0");
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
      for (let i = 0; i < u.length; i++) u[i] *= g;
    },
  };
}

const betaRange = (name: string, b: number) => requireInRange(name, b, 0, 1, { hiOpen: true });

export function momentum(beta: ScheduleLike): Transform<Vector> {
  const schedule = toSchedule("beta", beta, betaRange);
  return {
    name: "momentum",
    init: (d) => new Float64Array(d),
    update(u: Vector, m: Vector, state: OptimizerState): void {
      const b = schedule(state.k);
      if (!(b >= 0 && b < 1)) throw new InputError(`beta(${state.k})`, b, "a number in [0, 1)");
      const a = 1 - b;
      // Stryker disable next-line EqualityOperator: a typed array ignores the writes at index u.length
      for (let i = 0; i < u.length; i++) {
        const v = b * m[i] + a * u[i];
        m[i] = v;
        u[i] = v;
      }
    },
  };
}

function scaleInPlace(u: Vector, c: number): void {
  // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
  for (let i = 0; i < u.length; i++) u[i] *= c;
}

export function normalize(): Transform<null> {
  return {
    name: "normalize",
    init: noState,
    update(u: Vector): void {
      const n = norm2(u);
      if (n > 0) scaleInPlace(u, 1 / n);
    },
  };
}

export function clip(lambda: number): Transform<null> {
  requirePositive("lambda", lambda);
  return {
    name: "clip",
    init: noState,
    update(u: Vector): void {
      const n = norm2(u);
      // Stryker disable next-line EqualityOperator: at ‖u‖ = λ the factor λ/‖u‖ is 1
      if (n > lambda) scaleInPlace(u, lambda / n);
    },
  };
}

export function l0l1Step(L0: number, L1: number): Transform<null> {
  requirePositive("L0", L0);
  requireNonNegative("L1", L1);
  return {
    name: "l0l1Step",
    init: noState,
    update(u: Vector): void {
      scaleInPlace(u, 1 / (L0 + L1 * norm2(u)));
    },
  };
}
