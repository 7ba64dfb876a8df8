/**
 * Fills in the members of a noise law that follow from the others: cdf from the two tails and the
 * atoms (P(X ≤ t) = P(X < t) + P(X = t) for t < 0, 1 − P(X > t) for t ≥ 0, so both tails stay
 * accurate far out), the sign outcomes against a gradient g from the tails and atoms — with their
 * margin ½ − P(flip) from the centred tails halfMinusSf/halfMinusLowerTail, so it keeps its relative
 * accuracy as g → 0 — `fill` from `sample`, and the mean of B draws (`sampleMean`, `fillMean`) by B
 * draws when the law gives no O(1) form for it. A law written outside src/noise that gives no
 * centred tails gets ½ − sf(t) and ½ − lowerTail(t): correct, but only to EPS absolute near t = 0.
 *
 * A law may give its own vector fill of draws at scale 1 (`fill(stream, out)`, the same numbers as
 * out.length calls of `sample`): a loop in the law's own module calls its sampler from one site only,
 * which V8 inlines — the shared loop here calls every law's sampler from the same site, which stops
 * being inlined (and boxes each returned double) once a process has used a few laws (issue 10). The
 * scales are applied here, as scales[i]·X_i either way.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireInteger, requireSameLength } from "../core/validate.ts";
import type { FullNoiseLaw, SignOutcomes } from "./types.ts";

type Core = Omit<
  FullNoiseLaw,
  "cdf" | "fill" | "fillMean" | "sampleMean" | "exactBatchMean" | "atom" | "hasAtoms" | "signOutcomes" | "halfMinusSf" | "halfMinusLowerTail"
> &
  Partial<Pick<FullNoiseLaw, "sampleMean" | "atom" | "hasAtoms" | "signOutcomes" | "halfMinusSf" | "halfMinusLowerTail">> & {
    /** out[i] = X_i at scale 1, i.i.d., the numbers of out.length successive `sample` calls. */
    readonly fill?: (stream: Stream, out: Float64Array) => Float64Array;
  };

const noAtom = (): number => 0;

/** scales[i], refused unless finite and ≥ 0 (one comparison per coordinate: negligible beside a draw). */
function checkScale(scales: ArrayLike<number>, i: number): number {
  const s = scales[i];
  if (!(s >= 0 && s < Infinity)) throw new InputError(`scales[${i}]`, s, "a finite number ≥ 0");
  return s;
}

/** A full noise law from its core (sampler, tails, atoms, moments): the remaining members derived. */
export function completeLaw(core: Core): FullNoiseLaw {
  const atom = core.atom ?? noAtom;
  const { sample, sf, lowerTail } = core;
  const halfMinusSf = core.halfMinusSf ?? ((t: number) => 0.5 - sf(t));
  const halfMinusLowerTail = core.halfMinusLowerTail ?? ((t: number) => 0.5 - lowerTail(t));
  const draws =
    core.fill ??
    ((stream: Stream, out: Float64Array): Float64Array => {
      for (let i = 0; i < out.length; i++) out[i] = sample(stream);
      return out;
    });
  const exactBatchMean = core.sampleMean !== undefined;
  const mean = core.sampleMean;
  const meanOf = (stream: Stream, B: number): number => {
    if (mean) return mean(stream, B);
    let s = 0;
    for (let j = 0; j < B; j++) s += sample(stream);
    return s / B;
  };
  // g > 0: wrong = P(X < −u), zero = P(X = −u); g < 0: wrong = P(X > u), zero = P(X = u); u = |g|/scale.
  const outcomes = (g: number, scale: number): SignOutcomes => {
    const u = Math.abs(g) / scale;
    // Stryker disable next-line EqualityOperator: g > 0 and g ≥ 0 differ only at g = ±0, which signOutcomes' contract excludes (g ≠ 0) and every caller refuses or skips (signFlip.ts, theorems/seed)
    const positive = g > 0;
    const wrong = positive ? lowerTail(u) : sf(u);
    const zero = atom(positive ? -u : u);
    const margin = (positive ? halfMinusLowerTail(u) : halfMinusSf(u)) - zero;
    return { wrong, zero, right: Math.max(0, 1 - wrong - zero), margin };
  };
  return {
    signOutcomes: outcomes,
    ...core,
    hasAtoms: core.hasAtoms ?? false,
    atom,
    halfMinusSf,
    halfMinusLowerTail,
    cdf: (t: number) => (t < 0 ? lowerTail(-t) + atom(t) : 1 - sf(t)),
    fill(stream: Stream, out: Float64Array, scales?: ArrayLike<number>): Float64Array {
      if (scales !== undefined) requireSameLength("scales", scales, out.length);
      draws(stream, out);
      if (scales !== undefined) for (let i = 0; i < out.length; i++) out[i] = checkScale(scales, i) * out[i];
      return out;
    },
    sampleMean(stream: Stream, B: number): number {
      requireInteger("B", B, 1);
      return meanOf(stream, B);
    },
    fillMean(stream: Stream, out: Float64Array, B: number, scales?: ArrayLike<number>): Float64Array {
      requireInteger("B", B, 1);
      if (scales !== undefined) requireSameLength("scales", scales, out.length);
      for (let i = 0; i < out.length; i++) out[i] = (scales === undefined ? 1 : checkScale(scales, i)) * meanOf(stream, B);
      return out;
    },
    exactBatchMean,
  };
}
