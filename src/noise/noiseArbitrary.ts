/**
 * fast-check arbitraries for noise laws with a moment order κ they satisfy: a law spec and κ with
 * E|X|^κ < ∞, κ ∈ (1, 2] as Assumption 3 requires. Shrinks toward the Gaussian and κ = 2.
 */
import fc from "fast-check";
import type { NoiseSpec } from "./noiseFromSpec.ts";

export interface NoiseWithKappa {
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

/** Student-t degrees of freedom ν drawn from (1, nuMax]; κ then lies in (1, min(2, ν)). */
export function noiseWithKappa({ nuMax = 8 }: { nuMax?: number } = {}): fc.Arbitrary<NoiseWithKappa> {
  const kappaFrac = fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000);
  const gaussianArb = kappaFrac.map((u) => ({ noise: { law: "gaussian" } as NoiseSpec, kappa: 1 + u })); // u = 1 → κ = 2
  const tArb = fc
    .tuple(fc.integer({ min: 1, max: 1000 }).map((k) => 1 + ((nuMax - 1) * k) / 1000), kappaFrac)
    .map(([nu, u]) => {
      // κ ∈ (1, min(2, ν)): strictly below ν so the κ-th moment is finite.
      const top = Math.min(2, nu);
      const kappa = top === 2 && nu > 2 ? 1 + u : 1 + u * (top - 1) * (1 - 1e-9);
      return { noise: { law: "studentT", nu } as NoiseSpec, kappa };
    });
  return fc.oneof(gaussianArb, tArb);
}
