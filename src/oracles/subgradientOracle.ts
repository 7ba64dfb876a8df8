/**
 * A non-smooth convex objective and its deterministic subgradient oracle (karimireddy19,
 * Counterexample 3): f(x) = Σ_j w_j·|c_jᵀx|, f* = 0 at x = 0, with the subgradient
 * Σ_j w_j·s(c_jᵀx)·c_j and a fixed tie rule s(0): "positive" (s(0) = +1, a valid selection of ∂|t|
 * at 0 — the rule under which sign methods provably stall) or "zero" (s(0) = 0). The review's
 * example is 0.1|x₁ + x₂| + |x₁ − x₂|. Not differentiable on the kinks c_jᵀx = 0: no finite (L0, L1)
 * pair exists, and `smoothness` says so (L0 = ∞); the "Hessian norm" is 0 off the kinks.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInteger, requireNonNegative, requireSameLength } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";
import type { GradientOracle } from "./gradientOracle.ts";

/** The subgradient taken at a kink: +1 or 0. */
export type TieRule = "positive" | "zero";

/** Options of `subgradientOracle`: rows, weights and tie rule. */
export interface AbsSumOptions {
  readonly rows: readonly ArrayLike<number>[];
  readonly weights: ArrayLike<number>;
  readonly tie: TieRule;
}

/** The subgradient oracle of f(x) = Σ w_j |⟨a_j, x⟩| with a tie rule at kinks. */
export function subgradientOracle({ rows, weights, tie }: AbsSumOptions): GradientOracle {
  if (!Array.isArray(rows) || rows.length < 1) throw new InputError("rows", rows, "a non-empty array of rows");
  if (tie !== "positive" && tie !== "zero") throw new InputError("tie", tie, "positive or zero");
  requireSameLength("weights", weights, rows.length);
  for (let j = 0; j < weights.length; j++) requireNonNegative(`weights[${j}]`, weights[j]);
  const d = rows[0].length;
  requireInteger("rows[0].length", d, 1);
  const C = rows.map((r, j) => {
    requireSameLength(`rows[${j}]`, r, d);
    requireFiniteVector(`rows[${j}]`, r);
    return Float64Array.from(r);
  });
  const w = Float64Array.from(weights);
  const s0 = tie === "positive" ? 1 : 0;
  const fn: SmoothFunction = {
    name: "absSum",
    dim: d,
    spec: { family: "absSum", rows: C.map((c) => Array.from(c)), weights: Array.from(w), tie },
    value(x: Vector): number {
      requireSameLength("x", x, d);
      let s = 0;
      for (let j = 0; j < C.length; j++) {
        let t = 0;
        for (let i = 0; i < d; i++) t += C[j][i] * x[i];
        s += w[j] * Math.abs(t);
      }
      return s;
    },
    gradient(x: Vector, out: Vector = new Float64Array(d)): Vector {
      requireSameLength("x", x, d);
      out.fill(0);
      for (let j = 0; j < C.length; j++) {
        let t = 0;
        for (let i = 0; i < d; i++) t += C[j][i] * x[i];
        const s = t > 0 ? 1 : t < 0 ? -1 : s0;
        for (let i = 0; i < d; i++) out[i] += w[j] * s * C[j][i];
      }
      return out;
    },
    hessianNorm: () => 0,
    fStar: 0,
    fStarAttained: true,
    convex: true,
    smoothness: { L0: Infinity, L1: 0, proof: "not differentiable where c_jᵀx = 0: no finite (L0, L1) pair; the gradient is a subgradient selection" },
  };
  return {
    fn,
    dim: d,
    batch: 1,
    calls: 0,
    sample(x: Vector, _stream: Stream, out: Vector): Vector {
      fn.gradient(x, out);
      this.calls += 1;
      return out;
    },
  };
}
