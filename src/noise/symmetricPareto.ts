/**
 * The symmetric Pareto law with tail index α > 0 and x_m = 1: |X| ~ Pareto(1, α) with a random sign.
 * P(X > t) = ½ min(1, t^{−α}) for t ≥ 0; E|X|^κ = α/(α − κ) for κ < α (docs/seed-errata.md, background: noise laws). Symmetric but
 * NOT unimodal: no mass in (−1, 1), so the flip probability is ½ for every |g| < scale.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

/** The symmetric Pareto law with tail index α > 0 (moments of order < α). */
export function symmetricPareto(alpha: number): FullNoiseLaw {
  requirePositive("alpha", alpha);
  // No mass in (−1, 1): on [0, 1] max(t, 1) = 1 gives P(X > t) = ½e^{−α·0} = ½ and ½ − P(X > t) = −½expm1(−0) = 0
  // exactly; beyond, ½t^{−α} and −½expm1(−α log t). Both odd about t = 0 (sf as 1 − sf(−t)).
  const sf = (t: number): number => (t < 0 ? 1 - sf(-t) : 0.5 * Math.exp(-alpha * Math.log(Math.max(t, 1))));
  const halfMinusSf = (t: number): number => (t < 0 ? -halfMinusSf(-t) : -0.5 * Math.expm1(-alpha * Math.log(Math.max(t, 1))));
  return completeLaw({
    name: "symmetricPareto",
    spec: { law: "symmetricPareto", alpha },
    symmetric: true,
    unimodal: false,
    maxMomentOrder: alpha,
    sample(stream: Stream): number {
      const u = 2 * stream.next();
      return u < 1 ? -Math.exp(-Math.log1p(-u) / alpha) : Math.exp(-Math.log(2 - u) / alpha);
    },
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < alpha)) throw new UndefinedQuantityError("kappa", kappa, `κ < α = ${alpha} (E|X|^κ is infinite for κ ≥ α)`);
      return alpha / (alpha - kappa);
    },
    sf,
    lowerTail: sf,
    halfMinusSf,
    halfMinusLowerTail: halfMinusSf,
    pdf: (x: number) => (Math.abs(x) < 1 ? 0 : 0.5 * alpha * Math.exp(-(alpha + 1) * Math.log(Math.abs(x)))),
  });
}
