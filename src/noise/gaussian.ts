/**
 * The standard Gaussian law N(0, 1): E|X|^κ = 2^{κ/2} Γ((κ+1)/2)/√π, P(X > t) = ½ erfc(t/√2)
 * and ½ − P(X > t) = ½ erf(t/√2) (docs/seed-errata.md, background: noise laws). Symmetric, unimodal, every moment finite. Closed under averaging: the mean of B
 * draws is N(0, 1/B), drawn in O(1).
 */
import { erf, normalSf } from "../core/special/erf.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const halfErf = (t: number): number => 0.5 * erf(t / Math.SQRT2);

/** The standard normal law. */
export function gaussian(): FullNoiseLaw {
  return completeLaw({
    name: "gaussian",
    spec: { law: "gaussian" },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: Infinity,
    sample: (stream: Stream) => stream.normal(),
    fill: (stream: Stream, out: Float64Array) => stream.fillNormal(out),
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      return Math.exp((kappa / 2) * Math.LN2 + logGamma((kappa + 1) / 2) - 0.5 * Math.log(Math.PI));
    },
    sf: normalSf,
    lowerTail: normalSf,
    // ½ − Φ̄(t) = ½ erf(t/√2): relative accuracy as t → 0 (Φ̄ itself is accurate as t → ∞).
    halfMinusSf: halfErf,
    halfMinusLowerTail: halfErf,
    pdf: (x: number) => Math.exp(-0.5 * x * x - LOG_SQRT_2PI),
    sampleMean: (stream: Stream, B: number) => stream.normal() / Math.sqrt(B),
  });
}
