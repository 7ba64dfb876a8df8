/**
 * Declared ranges of the numeric parameters that generators draw, and the one arbitrary that draws
 * them: a magnitude log-uniform (or uniform) over [min, max] on a grid of 2^32 + 1 points with both
 * ends hit, times a random sign where both signs are declared, with the boundary values — min, max and
 * 0 where 0 is declared — drawn as such one time in eight. `fc.double` over bit patterns is not used:
 * its bias toward tiny magnitudes put 64 % of the random functions' parameters below 1e-10 (issue 8),
 * where a claim that fails only at moderate values is never tested. The declarations are plain data,
 * so a coverage report can show per parameter how the tested values spread over the declared range.
 */
import fc from "fast-check";
import { InputError } from "./errors.ts";

export interface ParameterRange {
  /** The parameter as a report shows it, e.g. "exp.a[i]" or "studentT: ν − κ". */
  readonly name: string;
  /** Smallest and largest magnitude (0 < min ≤ max), both drawn. */
  readonly min: number;
  readonly max: number;
  /** "log": log-uniform magnitude (coverage per decade); "linear": uniform (coverage per tenth of the range). */
  readonly scale: "log" | "linear";
  /** "positive": magnitudes only; "both": a random sign times the magnitude. */
  readonly signs: "positive" | "both";
  /** 0 is drawn as a boundary value besides [min, max]. */
  readonly zero: boolean;
  /** What the range is and why it has these ends. */
  readonly note: string;
}

/** Resolution of the magnitude grid: far finer than any claim's sensitivity. */
const RESOLUTION = 2 ** 32;
/** One draw in BOUNDARY_ODDS is a boundary value (min, max, or 0 when declared). */
const BOUNDARY_ODDS = 8;

export function requireRange(range: ParameterRange): void {
  if (!(range.min > 0 && Number.isFinite(range.min))) throw new InputError(`${range.name}.min`, range.min, "a finite number > 0");
  if (!(range.max >= range.min && Number.isFinite(range.max))) throw new InputError(`${range.name}.max`, range.max, `a finite number ≥ min = ${range.min}`);
}

/** The magnitude at grid point k ∈ [0, RESOLUTION]: min at 0, max at RESOLUTION exactly. */
function magnitude(range: ParameterRange, k: number): number {
  if (k === 0) return range.min;
  if (k === RESOLUTION) return range.max;
  const u = k / RESOLUTION;
  const v = range.scale === "log" ? range.min * Math.exp(Math.log(range.max / range.min) * u) : range.min + (range.max - range.min) * u;
  return Math.min(range.max, Math.max(range.min, v));
}

/**
 * Values of a declared range. Shrinks toward `shrinkTo` ("min" by default; 0 first when declared),
 * toward the positive sign, and from the interior toward the boundary values.
 */
export function rangeArbitrary(range: ParameterRange, shrinkTo: "min" | "max" = "min"): fc.Arbitrary<number> {
  requireRange(range);
  const ends = shrinkTo === "min" ? [range.min, range.max] : [range.max, range.min];
  const boundaries = range.zero ? [0, ...ends] : ends;
  const signed = (a: fc.Arbitrary<number>) => (range.signs === "both" ? fc.tuple(a, fc.boolean()).map(([m, negative]) => (negative && m !== 0 ? -m : m)) : a);
  // noBias: fast-check's default bias toward small integers would crowd the draws into the lowest decade.
  const interior = fc.noBias(fc.integer({ min: 0, max: RESOLUTION })).map((k) => magnitude(range, shrinkTo === "min" ? k : RESOLUTION - k));
  return fc.oneof({ weight: 1, arbitrary: signed(fc.constantFrom(...boundaries)) }, { weight: BOUNDARY_ODDS - 1, arbitrary: signed(interior) });
}

/** The bins a coverage check uses: decades of a log range (clipped to it), tenths of a linear one. */
export function rangeBins(range: ParameterRange): { lo: number; hi: number }[] {
  requireRange(range);
  const bins: { lo: number; hi: number }[] = [];
  if (range.scale === "linear") {
    for (let i = 0; i < 10; i++) bins.push({ lo: range.min + ((range.max - range.min) * i) / 10, hi: range.min + ((range.max - range.min) * (i + 1)) / 10 });
    return bins;
  }
  for (let e = Math.floor(Math.log10(range.min)); 10 ** e < range.max; e++) {
    const lo = Math.max(range.min, 10 ** e);
    const hi = Math.min(range.max, 10 ** (e + 1));
    // A sliver of a decade (< 1 % of it in log terms) at an end is merged into its neighbour.
    if (Math.log10(hi / lo) >= 0.01) bins.push({ lo, hi });
  }
  return bins;
}
