/**
 * Summaries over repeats, as the experiments report them: the mean with its Student-t 95 % interval
 * and the median of a sample of repeats; the mean curve of traces recorded on a common grid, with a
 * band (the interval of the mean at each recorded step) for the line charts; and the first step at
 * which a trace reaches a target. Log-axis curves are floored at the resolution of the quantity
 * (GAP_RESOLUTION_RTOL) — the captions say so.
 */
import { InputError } from "../core/errors.ts";
import { GAP_RESOLUTION_RTOL } from "../core/tolerance.ts";
import { meanInterval } from "../stats/meanInterval.ts";
import type { BandPoint } from "../report/lineChart.ts";
import { END_SHARE, type Trace } from "./traceRun.ts";

/** The resolution of f − f* (GAP_RESOLUTION_RTOL): gaps below it are drawn and compared at it. */
export function gapFloor(fStar: number): number {
  return GAP_RESOLUTION_RTOL * (1 + Math.abs(fStar));
}

/** Confidence of every interval the experiments print. */
export const CONFIDENCE = 0.95;

export interface Summary {
  readonly n: number;
  readonly mean: number;
  /** The 95 % t-interval of the mean (NaN ends when n < 2). */
  readonly lo: number;
  readonly hi: number;
  readonly median: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

export function summarise(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, lo: NaN, hi: NaN, median: NaN };
  if (n === 1 || values.some((v) => !Number.isFinite(v))) {
    const mean = values.reduce((s, v) => s + v, 0) / n;
    return { n, mean, lo: NaN, hi: NaN, median: median(values) };
  }
  const m = meanInterval(values, 1 - CONFIDENCE);
  return { n, mean: m.mean, lo: m.lo, hi: m.hi, median: median(values) };
}

export type TraceField = "loss" | "gap" | "gradNorm" | "bits" | "t";

function field(trace: Trace, key: TraceField | string): number[] {
  const v = key in trace && key !== "extra" ? (trace as unknown as Record<string, number[]>)[key] : trace.extra[key];
  if (!v) throw new InputError("field", key, "a recorded quantity of the trace");
  return v;
}

/** What a curve's band spans: the lowest to the highest repeat, or the 95 % interval of the mean. */
export type BandKind = "range" | "ci";

export const BAND_DESCRIPTION: Record<BandKind, string> = {
  range: "band: from the lowest to the highest repeat",
  ci: "band: 95 % confidence interval of the mean over the repeats",
};

/**
 * The mean curve of y against x over traces recorded on the same grid (the shortest trace bounds it:
 * a diverged repeat ends the curve where it diverged), with a band over the repeats — by default
 * their range, which needs no assumption and stays positive on a log axis. `floor` (for log axes)
 * lifts values and band ends below it to it.
 */
export function meanCurve(traces: readonly Trace[], x: TraceField | string, y: TraceField | string, floor = -Infinity, band: BandKind = "range"): BandPoint[] {
  if (traces.length === 0) return [];
  const len = Math.min(...traces.map((t) => t.t.length));
  const points: BandPoint[] = [];
  const lift = (v: number) => Math.max(v, floor);
  for (let i = 0; i < len; i++) {
    const xs = traces.map((t) => field(t, x)[i]);
    const ys = traces.map((t) => field(t, y)[i]);
    const xv = xs.reduce((a, b) => a + b, 0) / xs.length;
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    if (ys.length < 2) {
      points.push({ x: xv, y: lift(mean) });
    } else if (band === "range") {
      points.push({ x: xv, y: lift(mean), lo: lift(Math.min(...ys)), hi: lift(Math.max(...ys)) });
    } else {
      const s = summarise(ys);
      points.push({ x: xv, y: lift(mean), lo: lift(s.lo), hi: lift(s.hi) });
    }
  }
  return points;
}

export { END_SHARE };

/** The sentence every report prints about it. */
export const END_OF_RUN_NOTE =
  "End-of-run values are means over every iterate of the last 10 % of the iterations (a single last iterate would favour whichever method happens to sit low at step T).";

/**
 * The value of `key` at the end of the run: its mean over every iterate of the last tenth of the
 * iterations, as traceRun keeps it (NaN when the run diverged); for a trace without those means,
 * the mean over its recorded points in that tenth.
 */
export function endValue(trace: Trace, key: TraceField | string): number {
  if (trace.diverged) return NaN;
  const kept = trace.end?.[key];
  if (kept !== undefined) return kept;
  const v = field(trace, key);
  const T = trace.t[trace.t.length - 1];
  const from = T - END_SHARE * T;
  let sum = 0;
  let n = 0;
  for (let i = v.length - 1; i >= 0 && trace.t[i] >= from; i--) {
    sum += v[i];
    n++;
  }
  return sum / n;
}

/** Mean of `key` over every recorded point of the run (the authors' "mean loss" reading). */
export function runMean(trace: Trace, key: TraceField | string): number {
  const v = field(trace, key);
  return v.reduce((a, b) => a + b, 0) / v.length;
}

/** First recorded index at which gap ≤ target, or −1. */
export function firstReach(trace: Trace, target: number): number {
  return trace.gap.findIndex((g) => g <= target);
}
