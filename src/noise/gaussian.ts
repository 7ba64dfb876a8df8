/**
 * The standard Gaussian law N(0, 1): E|X|^κ = 2^{κ/2} Γ((κ+1)/2)/√π, P(X > t) = ½ erfc(t/√2)
 * (review §5). Symmetric, unimodal, every moment finite.
 */
import { normalSf } from "../core/special/erf.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import type { NoiseLaw } from "./types.ts";

export function gaussian(): NoiseLaw {
  return {
    name: "gaussian",
    spec: { law: "gaussian" },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: Infinity,
    sample: (stream: Stream) => stream.normal(),
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      return Math.exp((kappa / 2) * Math.LN2 + logGamma((kappa + 1) / 2) - 0.5 * Math.log(Math.PI));
    },
    sf: normalSf,
    lowerTail: normalSf,
  };
}
