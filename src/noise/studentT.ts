/**
 * Student's t law with ν > 0 degrees of freedom: X = Z/√(V/ν), Z ~ N(0,1), V ~ χ²_ν = 2·Gamma(ν/2).
 * E|X|^κ = ν^{κ/2} Γ((κ+1)/2) Γ((ν−κ)/2) / (√π Γ(ν/2)) for κ < ν (infinite otherwise);
 * P(X > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (review §5). Symmetric and unimodal.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { betaInc } from "../core/special/incompleteBeta.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import type { NoiseLaw } from "./types.ts";

export function studentT(nu: number): NoiseLaw {
  requirePositive("nu", nu);
  const half = nu / 2;
  const sf = (t: number): number => {
    if (t < 0) return 1 - sf(-t);
    if (t === Infinity) return 0;
    // For t² ≫ ν the argument ν/(ν + t²) is computed without cancellation.
    return 0.5 * betaInc(nu / (nu + t * t), half, 0.5);
  };
  return {
    name: "studentT",
    spec: { law: "studentT", nu },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: nu,
    sample: (stream: Stream) => stream.normal() / Math.sqrt(stream.gamma(half) / half),
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < nu)) throw new UndefinedQuantityError("kappa", kappa, `κ < ν = ${nu} (E|X|^κ is infinite for κ ≥ ν)`);
      return Math.exp((kappa / 2) * Math.log(nu) + logGamma((kappa + 1) / 2) + logGamma((nu - kappa) / 2) - 0.5 * Math.log(Math.PI) - logGamma(half));
    },
    sf,
    lowerTail: sf,
  };
}
