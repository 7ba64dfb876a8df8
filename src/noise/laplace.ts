/**
 * The Laplace law with scale 1, density ½e^{−|x|}: E|X|^κ = Γ(κ+1), P(X > t) = ½e^{−t} and
 * ½ − P(X > t) = −½ expm1(−t) for t ≥ 0 (docs/seed-errata.md, background: noise laws). Symmetric, unimodal, every moment finite. Sampled as a random sign times Exp(1).
 */
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

/** The standard Laplace law. */
export function laplace(): FullNoiseLaw {
  // Stryker disable next-line EqualityOperator: at t = 0 both forms give ½ exactly (1 − ½e⁰ = ½e⁻⁰ = ½)
  const sf = (t: number): number => (t < 0 ? 1 - 0.5 * Math.exp(t) : 0.5 * Math.exp(-t));
  // ½ − ½e^{−t} = −½ expm1(−t) for t ≥ 0, odd in t.
  const halfMinusSf = (t: number): number => (t < 0 ? -halfMinusSf(-t) : -0.5 * Math.expm1(-t));
  return completeLaw({
    name: "laplace",
    spec: { law: "laplace" },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: Infinity,
    sample(stream: Stream): number {
      // One uniform: U < ½ picks the sign, and 2U (or 2U − 1) is again uniform for the exponential.
      const u = 2 * stream.next();
      return u < 1 ? Math.log1p(-u) : -Math.log1p(1 - u);
    },
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      return Math.exp(logGamma(kappa + 1));
    },
    sf,
    lowerTail: sf,
    halfMinusSf,
    halfMinusLowerTail: halfMinusSf,
    pdf: (x: number) => 0.5 * Math.exp(-Math.abs(x)),
  });
}
