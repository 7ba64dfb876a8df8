/**
 * A contaminated (mixture) law: X = inlier draw with probability 1 − p, outlier draw with probability
 * p (docs/seed-errata.md, background: noise laws: (1−p)·N + p·H). Moments, tails (centred tails and flip margins too) and atoms are
 * the p-mixtures of the components';
 * finite exactly below the smaller moment order. Symmetric when both components are; unimodal when
 * both are symmetric and unimodal (a mixture of laws unimodal and symmetric about 0 is unimodal about 0).
 */
import type { Stream } from "../core/stream.ts";
import { requireInRange } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

/** The mixture (1 − p)·inlier + p·outlier. */
export function contaminated(p: number, inlier: FullNoiseLaw, outlier: FullNoiseLaw): FullNoiseLaw {
  requireInRange("p", p, 0, 1);
  const q = 1 - p;
  const mix = (a: number, b: number): number => q * a + p * b;
  const symmetric = inlier.symmetric && outlier.symmetric;
  const pdfI = inlier.pdf;
  const pdfO = outlier.pdf;
  return completeLaw({
    name: "contaminated",
    spec: { law: "contaminated", p, inlier: inlier.spec, outlier: outlier.spec },
    symmetric,
    unimodal: symmetric && inlier.unimodal && outlier.unimodal,
    maxMomentOrder: Math.min(p < 1 ? inlier.maxMomentOrder : Infinity, p > 0 ? outlier.maxMomentOrder : Infinity),
    sample: (stream: Stream) => (stream.next() < p ? outlier.sample(stream) : inlier.sample(stream)),
    absMoment: (kappa: number) =>
      p === 0 ? inlier.absMoment(kappa) : p === 1 ? outlier.absMoment(kappa) : mix(inlier.absMoment(kappa), outlier.absMoment(kappa)),
    sf: (t: number) => mix(inlier.sf(t), outlier.sf(t)),
    lowerTail: (t: number) => mix(inlier.lowerTail(t), outlier.lowerTail(t)),
    // ½ = (1 − p)·½ + p·½, so the centred tails mix like the tails: no cancellation near t = 0.
    halfMinusSf: (t: number) => mix(inlier.halfMinusSf(t), outlier.halfMinusSf(t)),
    halfMinusLowerTail: (t: number) => mix(inlier.halfMinusLowerTail(t), outlier.halfMinusLowerTail(t)),
    hasAtoms: (p < 1 && inlier.hasAtoms) || (p > 0 && outlier.hasAtoms),
    atom: (x: number) => mix(inlier.atom(x), outlier.atom(x)),
    signOutcomes(g: number, scale: number) {
      const a = inlier.signOutcomes(g, scale);
      const b = outlier.signOutcomes(g, scale);
      return {
        wrong: mix(a.wrong, b.wrong),
        zero: mix(a.zero, b.zero),
        right: mix(a.right, b.right),
        margin: mix(a.margin ?? 0.5 - a.wrong - a.zero, b.margin ?? 0.5 - b.wrong - b.zero),
      };
    },
    pdf: pdfI && pdfO && !inlier.hasAtoms && !outlier.hasAtoms ? (x: number) => mix(pdfI(x), pdfO(x)) : undefined,
  });
}
