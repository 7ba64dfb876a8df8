/**
 * σ_i of Assumption 3 for a coordinate whose noise is `scale`·X with X ~ law: the least σ with
 * E|scale·X|^κ ≤ σ^κ, i.e. σ = scale·(E|X|^κ)^{1/κ} exactly; `sigmaVector` does it for every
 * coordinate of a scale vector (σ⃗ of the seed, Assumption 3).
 */
import { requireFiniteVector, requireInRange, requireNonNegative } from "../core/validate.ts";
import type { NoiseLaw } from "./types.ts";

/** σ_κ = scale·(E|X|^κ)^{1/κ}, the κ-th moment constant of a scaled law. */
export function sigmaKappa(law: NoiseLaw, scale: number, kappa: number): number {
  requireNonNegative("scale", scale);
  // κ ∈ (0, maxMomentOrder): also refuses NaN, ±∞ and non-numbers.
  requireInRange("kappa", kappa, 0, law.maxMomentOrder, { loOpen: true, hiOpen: true });
  return scale * law.absMoment(kappa) ** (1 / kappa);
}

/** σ⃗ with σ_i = scales[i]·(E|X|^κ)^{1/κ}. */
export function sigmaVector(law: NoiseLaw, scales: ArrayLike<number>, kappa: number): Float64Array {
  requireFiniteVector("scales", scales);
  const unit = sigmaKappa(law, 1, kappa);
  const out = new Float64Array(scales.length);
  for (let i = 0; i < scales.length; i++) out[i] = requireNonNegative(`scales[${i}]`, scales[i]) * unit;
  return out;
}
