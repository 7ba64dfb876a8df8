/**
 * The symmetric Lomax law (double Pareto II) with tail index α > 0 and scale 1: |X| ~ Lomax(α, 1)
 * with a random sign. P(X > t) = ½(1 + t)^{−α} for t ≥ 0 (½ − P(X > t) by expm1); E|X|^κ = Γ(κ+1) Γ(α−κ)/Γ(α) for κ < α
 * (docs/seed-errata.md, background: noise laws). Symmetric and unimodal (density ½α(1+|x|)^{−α−1}). Sampled by inversion:
 * |X| = U^{−1/α} − 1, U uniform on (0, 1], the sign from a second uniform bit of the same draw.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

/** The symmetric Lomax law with tail index α > 0 (moments of order < α). */
export function symmetricLomax(alpha: number): FullNoiseLaw {
  requirePositive("alpha", alpha);
  const sf = (t: number): number => (t < 0 ? 1 - sf(-t) : 0.5 * Math.exp(-alpha * Math.log1p(t)));
  // ½ − ½(1 + t)^{−α} = −½ expm1(−α log1p t) for t ≥ 0, odd in t.
  const halfMinusSf = (t: number): number => (t < 0 ? -halfMinusSf(-t) : -0.5 * Math.expm1(-alpha * Math.log1p(t)));
  return completeLaw({
    name: "symmetricLomax",
    spec: { law: "symmetricLomax", alpha },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: alpha,
    sample(stream: Stream): number {
      // u ∈ [0, 2): the sign is u < 1; 1 − u or 2 − u is uniform on (0, 1].
      const u = 2 * stream.next();
      return u < 1 ? -Math.expm1(-Math.log1p(-u) / alpha) : Math.expm1(-Math.log(2 - u) / alpha);
    },
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < alpha)) throw new UndefinedQuantityError("kappa", kappa, `κ < α = ${alpha} (E|X|^κ is infinite for κ ≥ α)`);
      return Math.exp(logGamma(kappa + 1) + logGamma(alpha - kappa) - logGamma(alpha));
    },
    sf,
    lowerTail: sf,
    halfMinusSf,
    halfMinusLowerTail: halfMinusSf,
    pdf: (x: number) => 0.5 * alpha * Math.exp(-(alpha + 1) * Math.log1p(Math.abs(x))),
  });
}
