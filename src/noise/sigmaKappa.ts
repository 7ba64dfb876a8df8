/**
 * σ_i of Assumption 3 for a coordinate whose noise is `scale`·X with X ~ law: the least σ with
 * E|scale·X|^κ ≤ σ^κ, i.e. σ = scale·(E|X|^κ)^{1/κ} exactly.
 */
import { requireInRange, requireNonNegative, requirePositive } from "../core/validate.ts";
import type { NoiseLaw } from "./types.ts";

export function sigmaKappa(law: NoiseLaw, scale: number, kappa: number): number {
  requireNonNegative("scale", scale);
  requirePositive("kappa", kappa);
  requireInRange("kappa", kappa, 0, law.maxMomentOrder, { loOpen: true, hiOpen: true });
  return scale * law.absMoment(kappa) ** (1 / kappa);
}
