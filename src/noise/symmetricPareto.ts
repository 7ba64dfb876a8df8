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
  const sf = (t: number): number => (t < 0 ? 1 - sf(-t) : t <= 1 ? 0.5 : 0.5 * Math.exp(-alpha * Math.log(t)));
  // No mass in (−1, 1): ½ − P(X > t) is exactly 0 there, −½ expm1(−α log t) beyond; odd in t.
  const halfMinusSf = (t: number): number => (t < 0 ? -halfMinusSf(-t) : t <= 1 ? 0 : -0.5 * Math.expm1(-alpha * Math.log(t)));
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
