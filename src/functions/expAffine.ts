/**
 * f(x) = exp(aᵀx) (docs/seed-errata.md, background: function families): ∇f = f·a, ∇²f = f·aaᵀ, so ‖∇²f‖ = ‖a‖²f = ‖a‖‖∇f‖. The valid
 * set is exactly {L1 ≥ ‖a‖, L0 ≥ 0}: for L1 < ‖a‖ the gap (‖a‖ − L1)‖∇f‖ is unbounded. (0, ‖a‖) is
 * tight and attains the sharp form of Lemma 1 (1) along a. inf f = 0, not attained.
 */
import { InputError } from "../core/errors.ts";
import { requireFiniteVector, requireNonNegative } from "../core/validate.ts";
import { dot, norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import type { SmoothFunction } from "./types.ts";

/** f(x) = exp(⟨a, x⟩), (L0,L1)-smooth with L0 = 0, L1 = ‖a‖. */
export function expAffine(a: ArrayLike<number>): SmoothFunction {
  const av = Float64Array.from(a);
  if (av.length < 1) throw new InputError("a", av, "a vector of length ≥ 1");
  requireFiniteVector("a", av);
  const d = av.length;
  const na = norm2(av);
  // a = 0 makes f constant (f* = f(0) ≠ 0): not a member of the family with the declared constants.
  if (na === 0) throw new InputError("a", "the zero vector", "a vector with a non-zero entry");
  return {
    name: "expAffine",
    dim: d,
    spec: { family: "exp", a: Array.from(av) },
    value(x) {
      requirePoint("x", x, d);
      return Math.exp(dot(av, x));
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const f = Math.exp(dot(av, x));
      for (let i = 0; i < d; i++) out[i] = f * av[i];
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      const c = Math.exp(dot(av, x)) * dot(av, v);
      for (let i = 0; i < d; i++) out[i] = c * av[i];
      return out;
    },
    hessianNorm(x) {
      requirePoint("x", x, d);
      return na * na * Math.exp(dot(av, x));
    },
    validL0(L1) {
      requireNonNegative("L1", L1);
      return L1 >= na ? 0 : Infinity;
    },
    fStar: 0,
    fStarAttained: false, // inf 0 approached as the margin grows, never reached (a = 0 is refused)
    convex: true,
    smoothness: { L0: 0, L1: na, proof: "‖∇²f‖ = ‖a‖²e^{aᵀx} = ‖a‖·‖∇f‖ (identity)" },
  };
}
