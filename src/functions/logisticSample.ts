/**
 * Single-sample logistic loss f(w) = log(1 + exp(−y aᵀw)), y = ±1 (docs/seed-errata.md, background: function families; the seed's §2
 * claim). With s = σ(−y aᵀw): ∇f = −y s a, ∇²f = s(1 − s) aaᵀ, ‖∇²f‖ = ‖a‖² s(1 − s). Valid pairs
 * are exactly L0 ≥ (‖a‖ − L1)₊²/4: max over s of ‖a‖²s(1 − s) − L1‖a‖s is (‖a‖ − L1)²/4 at
 * s = (‖a‖ − L1)/(2‖a‖). Both (0, ‖a‖) and (‖a‖²/4, 0) are valid. inf f = 0, not attained.
 * s and 1 − s are both computed as sigmoids (no cancellation).
 */
import { InputError } from "../core/errors.ts";
import { requireFiniteVector, requireNonNegative } from "../core/validate.ts";
import { dot, norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import { sigmoid, softplus } from "./softplus.ts";
import type { SmoothFunction } from "./types.ts";

/** The logistic loss of one sample (a, y = ±1): f(w) = log(1 + exp(−y⟨a, w⟩)). */
export function logisticSample(a: ArrayLike<number>, y: number): SmoothFunction {
  const av = Float64Array.from(a);
  if (av.length < 1) throw new InputError("a", av, "a vector of length ≥ 1");
  requireFiniteVector("a", av);
  if (y !== 1 && y !== -1) throw new InputError("y", y, "a label in {−1, +1}");
  const d = av.length;
  const na = norm2(av);
  // a = 0 makes f constant (f* = f(0) ≠ 0): not a member of the family with the declared constants.
  if (na === 0) throw new InputError("a", "the zero vector", "a vector with a non-zero entry");
  const margin = (w: Vector) => y * dot(av, w);
  return {
    name: "logisticSample",
    dim: d,
    spec: { family: "logistic", a: Array.from(av), y },
    value(w) {
      requirePoint("w", w, d);
      return softplus(-margin(w));
    },
    gradient(w, out: Vector = new Float64Array(d)) {
      requirePoint("w", w, d);
      const s = sigmoid(-margin(w));
      for (let i = 0; i < d; i++) out[i] = -y * s * av[i];
      return out;
    },
    hessianVector(w, v, out: Vector = new Float64Array(d)) {
      requirePoint("w", w, d);
      const z = margin(w);
      const c = sigmoid(-z) * sigmoid(z) * dot(av, v);
      for (let i = 0; i < d; i++) out[i] = c * av[i];
      return out;
    },
    hessianNorm(w) {
      requirePoint("w", w, d);
      const z = margin(w);
      return na * na * sigmoid(-z) * sigmoid(z);
    },
    validL0(L1) {
      requireNonNegative("L1", L1);
      const gap = Math.max(0, na - L1);
      return (gap * gap) / 4;
    },
    fStar: 0,
    fStarAttained: false, // inf 0 approached as the margin grows, never reached (a = 0 is refused)
    convex: true,
    smoothness: { L0: 0, L1: na, proof: "‖a‖²s(1−s) ≤ ‖a‖·(‖a‖s) = ‖a‖‖∇f‖ since 1 − s ≤ 1" },
  };
}
