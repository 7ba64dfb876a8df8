/**
 * f(x) = log Σ_i e^{x_i} (docs/seed-errata.md, background: function families): ∇f = p = softmax(x), ∇²f = diag p − ppᵀ. Declared
 * (1/2, 0): for a unit v, vᵀ∇²f v is the variance of a variable taking the value v_i with probability
 * p_i, at most (max v − min v)²/4 ≤ (√2)²/4 = 1/2 (Popoviciu; v_i² + v_j² ≤ 1). Unbounded below
 * (f(−t·1) = log d − t), so it does not satisfy Assumption 1: flagged by `unboundedBelow`.
 */
import { requireInteger } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import { logSumExpValue, softmaxCovarianceNorm, softmaxWithComplement } from "./softplus.ts";
import type { SmoothFunction } from "./types.ts";

/** f(x) = log Σ exp(x_i) in dimension d. */
export function logSumExp(d: number): SmoothFunction {
  requireInteger("d", d, 1);
  const p = new Float64Array(d);
  const q = new Float64Array(d);
  const probs = (x: Vector) => {
    requirePoint("x", x, d);
    softmaxWithComplement(x, p, q);
  };
  return {
    name: "logSumExp",
    dim: d,
    spec: { family: "logSumExp", d },
    value(x) {
      requirePoint("x", x, d);
      return logSumExpValue(x);
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      probs(x);
      out.set(p);
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      probs(x);
      let pv = 0;
      for (let i = 0; i < d; i++) pv += p[i] * v[i];
      for (let i = 0; i < d; i++) out[i] = p[i] * (v[i] - pv);
      return out;
    },
    hessianNorm(x) {
      probs(x);
      return softmaxCovarianceNorm(p, q);
    },
    fStar: -Infinity,
    fStarAttained: false,
    unboundedBelow: true,
    convex: true,
    smoothness: { L0: 0.5, L1: 0, proof: "vᵀ(diag p − ppᵀ)v = Var_p(v) ≤ (max v − min v)²/4 ≤ 1/2 for ‖v‖ = 1 (Popoviciu)" },
  };
}
