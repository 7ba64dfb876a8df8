/**
 * An "arm" is one configuration of an experiment — a setting (the authors' setup, a fair one…), a
 * method and its stepsize — with its repeated runs. This module turns arms into what the reports
 * show: the per-arm table (end-of-run f − f*, ‖∇f‖ and held-out accuracy with 95 % intervals over
 * repeats), paired comparisons of two arms (repeat r of both starts from the same x⁰, so the
 * difference is taken per repeat: its mean with a t-interval, the ratio of means and the count of
 * repeats each arm won), the standard figures (a quantity against iterations or bits, mean with a
 * band), and the raw series as CSV.
 */
import { fig } from "../core/formatFigure.ts";
import { pairedDifferenceInterval } from "../stats/meanInterval.ts";
import type { LineSeries } from "../report/lineChart.ts";
import { lineChart } from "../report/lineChart.ts";
import type { Axis } from "../report/chartTheme.ts";
import { CONFIDENCE, endValue, meanCurve, runMean, summarise, type Summary, type TraceField } from "./aggregate.ts";
import { formatSummary, markdownTable, toCsv } from "./markdownTable.ts";
import type { Trace } from "./traceRun.ts";
import type { Figure, RawFile } from "./types.ts";

export interface Arm {
  readonly setting: string;
  readonly method: string;
  readonly gamma: number;
  /** Other parameters worth printing (β, M, k…). */
  readonly note?: string;
  readonly traces: Trace[];
}

export function armLabel(arm: Arm, withSetting = true): string {
  return `${withSetting ? `${arm.setting}: ` : ""}${arm.method}, γ = ${fig(arm.gamma, 3)}${arm.note ? `, ${arm.note}` : ""}`;
}

export function finals(arm: Arm, key: TraceField | string): number[] {
  return arm.traces.map((t) => endValue(t, key));
}

export function diverged(arm: Arm): number {
  return arm.traces.filter((t) => t.diverged).length;
}

export function finalSummary(arm: Arm, key: TraceField | string): Summary {
  return summarise(finals(arm, key).filter((v) => !Number.isNaN(v)));
}

export interface ArmTableOptions {
  /** Extra metric recorded by traceRun to show as a percentage (e.g. "testAccuracy"). */
  readonly accuracy?: string;
  /** Also show the mean over the run of f (the authors' "mean loss"). */
  readonly runMeanLoss?: boolean;
  /** Resolution of f − f*: final gaps below it are shown as "≤ floor". */
  readonly floor?: number;
}

export function armTable(arms: readonly Arm[], options: ArmTableOptions = {}): string {
  const header = [
    "setting",
    "method",
    "γ",
    "repeats",
    "end-of-run f − f* (95 % CI)",
    "median",
    "end-of-run ‖∇f‖",
    ...(options.accuracy ? ["end-of-run held-out accuracy %"] : []),
    ...(options.runMeanLoss ? ["mean f over the run"] : []),
    "diverged",
  ];
  const floor = options.floor ?? -Infinity;
  const rows = arms.map((a) => {
    const gap = summarise(
      finals(a, "gap")
        .filter((v) => !Number.isNaN(v))
        .map((v) => Math.max(v, floor)),
    );
    return [
      a.setting,
      a.method + (a.note ? ` (${a.note})` : ""),
      fig(a.gamma, 3),
      String(a.traces.length),
      gap.n > 0 && gap.hi <= floor ? `≤ ${fig(floor, 3)} (resolution)` : formatSummary(gap),
      gap.n > 0 && gap.median <= floor ? `≤ ${fig(floor, 3)}` : fig(gap.median, 4),
      formatSummary(finalSummary(a, "gradNorm")),
      ...(options.accuracy ? [formatSummary(finalSummary(a, options.accuracy), 4, 100)] : []),
      ...(options.runMeanLoss ? [formatSummary(summarise(a.traces.map((t) => runMean(t, "loss"))))] : []),
      String(diverged(a)),
    ];
  });
  return markdownTable(header, rows);
}

export interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly methodA: string;
  readonly methodB: string;
  readonly n: number;
  readonly meanA: number;
  readonly meanB: number;
  /** Mean of a − b over paired repeats with its interval. */
  readonly difference: { readonly mean: number; readonly lo: number; readonly hi: number; readonly confidence: number };
  /** meanA / meanB. */
  readonly ratio: number;
  readonly winsA: number;
  readonly winsB: number;
  /** "a", "b", or "neither" when the interval of the difference contains 0. */
  readonly winner: "a" | "b" | "neither";
  readonly sentence: string;
}

export interface CompareOptions {
  readonly key?: TraceField | string;
  readonly nameA?: string;
  readonly nameB?: string;
  /** Whether a lower final value is better (f − f*, the default) or a higher one (accuracy). */
  readonly better?: "lower" | "higher";
  /** Printed values are multiplied by this (100 for percentages). */
  readonly scale?: number;
  /** How the quantity is named in the sentence (default: from the key). */
  readonly what?: string;
  /** Resolution of the quantity: values below are compared as this value and printed "≤ floor". */
  readonly floor?: number;
}

/**
 * Compares the final `key` of two arms over their common repeats. Needs ≥ 2 paired repeats; a
 * diverged run counts as the worst possible value (lost), and then only the win counts speak.
 */
export function compareArms(a: Arm, b: Arm, options: CompareOptions = {}): Comparison | undefined {
  const { key = "gap", nameA = armLabel(a), nameB = armLabel(b), better = "lower", scale = 1, floor = -Infinity } = options;
  const n = Math.min(a.traces.length, b.traces.length);
  if (n < 2) return undefined;
  const worst = better === "lower" ? Infinity : -Infinity;
  const va = finals(a, key)
    .slice(0, n)
    .map((v) => (Number.isNaN(v) ? worst : Math.max(v, floor)));
  const vb = finals(b, key)
    .slice(0, n)
    .map((v) => (Number.isNaN(v) ? worst : Math.max(v, floor)));
  const sign = better === "lower" ? 1 : -1;
  let winsA = 0;
  let winsB = 0;
  for (let i = 0; i < n; i++) {
    if (sign * va[i] < sign * vb[i]) winsA++;
    else if (sign * vb[i] < sign * va[i]) winsB++;
  }
  const finite = va.every(Number.isFinite) && vb.every(Number.isFinite);
  const meanA = va.reduce((s, v) => s + v, 0) / n;
  const meanB = vb.reduce((s, v) => s + v, 0) / n;
  const diff = finite ? pairedDifferenceInterval(va, vb, 1 - CONFIDENCE) : { mean: meanA - meanB, lo: NaN, hi: NaN, confidence: CONFIDENCE };
  // The interval of meanA − meanB excludes 0 on the side that favours one arm.
  const aBetter = better === "lower" ? diff.hi < 0 : diff.lo > 0;
  const bBetter = better === "lower" ? diff.lo > 0 : diff.hi < 0;
  const winner: Comparison["winner"] = finite ? (aBetter ? "a" : bBetter ? "b" : "neither") : winsA === n ? "a" : winsB === n ? "b" : "neither";
  const f = (v: number) => (v <= floor ? `≤ ${fig(floor * scale, 3)} (its resolution)` : fig(v * scale, 3));
  const what = options.what ?? (key === "gap" ? "f − f*" : key === "gradNorm" ? "‖∇f‖" : key);
  const lowerMean = Math.min(meanA, meanB);
  const higherMean = Math.max(meanA, meanB);
  const factor =
    better === "lower"
      ? lowerMean > floor && lowerMean > 0
        ? `, ${fig(higherMean / lowerMean, 3)}× lower`
        : ""
      : ` (${fig((higherMean - lowerMean) * scale, 3)} points higher)`;
  const interval = finite
    ? ` (difference of the means ${fig(diff.mean * scale, 3)}, ${Math.round(CONFIDENCE * 100)} % CI [${fig(diff.lo * scale, 3)}, ${fig(diff.hi * scale, 3)}], over ${n} paired repeats)`
    : ` (a run diverged; ${n} paired repeats)`;
  const sentence =
    winner === "neither"
      ? `${nameA} and ${nameB} cannot be told apart: end-of-run ${what} ${f(meanA)} against ${f(meanB)}${interval}; ${winsA} of ${n} repeats went to the first, ${winsB} to the second.`
      : `${winner === "a" ? nameA : nameB} wins: end-of-run ${what} ${f(winner === "a" ? meanA : meanB)} against ${f(winner === "a" ? meanB : meanA)}${factor}${interval}; it won ${winner === "a" ? winsA : winsB} of ${n} repeats.`;
  return {
    a: nameA,
    b: nameB,
    methodA: a.method,
    methodB: b.method,
    n,
    meanA,
    meanB,
    difference: { mean: diff.mean, lo: diff.lo, hi: diff.hi, confidence: CONFIDENCE },
    ratio: meanA / meanB,
    winsA,
    winsB,
    winner,
    sentence,
  };
}

export interface CurveFigureOptions {
  readonly file: string;
  readonly title: string;
  readonly x: TraceField;
  readonly y: TraceField | string;
  readonly xAxis: Axis;
  readonly yAxis: Axis;
  /** Floor for log axes (values and band ends below are drawn at it). */
  readonly floor?: number;
  readonly caption: string;
  readonly rules?: readonly { readonly y: number; readonly label: string }[];
}

/** The mean of `y` against `x` over each arm's repeats, with their range as band. */
export function curveFigure(arms: readonly Arm[], options: CurveFigureOptions): Figure | undefined {
  // Arms of one setting are named without it (the title says it).
  const oneSetting = new Set(arms.map((a) => a.setting)).size === 1;
  const series: LineSeries[] = arms
    .filter((a) => a.traces.length > 0)
    // On a log x axis the start (0 bits, 0 steps) has no place: curves begin at the first step.
    .map((a) => ({
      name: armLabel(a, !oneSetting),
      points: meanCurve(a.traces, options.x, options.y, options.floor).filter((p) => options.xAxis.scale !== "log" || p.x > 0),
    }))
    .filter((s) => s.points.length > 0);
  if (series.length === 0) return undefined;
  return {
    file: options.file,
    caption: options.caption,
    spec: lineChart({ title: options.title, x: options.xAxis, y: options.yAxis, series, rules: options.rules, width: 520, height: 300 }),
  };
}

/** Every recorded point of every run, one row each. */
export function seriesCsv(arms: readonly Arm[], file = "series.csv"): RawFile {
  const extras = [...new Set(arms.flatMap((a) => a.traces.flatMap((t) => Object.keys(t.extra))))].sort();
  const rows: (string | number)[][] = [];
  for (const a of arms) {
    a.traces.forEach((t, r) => {
      for (let i = 0; i < t.t.length; i++) {
        rows.push([
          a.setting,
          a.method,
          a.gamma,
          a.note ?? "",
          r,
          t.t[i],
          t.bits[i],
          t.loss[i],
          t.gap[i],
          t.gradNorm[i],
          ...extras.map((k) => t.extra[k]?.[i] ?? NaN),
        ]);
      }
      if (t.diverged) rows.push([a.setting, a.method, a.gamma, a.note ?? "", r, t.divergedAt ?? NaN, NaN, NaN, NaN, NaN, ...extras.map(() => NaN)]);
    });
  }
  return { file, content: toCsv(["setting", "method", "gamma", "note", "repeat", "t", "bits", "loss", "gap", "gradNorm", ...extras], rows) };
}

/** Plain-data summary of an arm for results.json. */
export function armResult(arm: Arm, accuracy?: string): Record<string, unknown> {
  return {
    setting: arm.setting,
    method: arm.method,
    gamma: arm.gamma,
    note: arm.note,
    repeats: arm.traces.length,
    diverged: diverged(arm),
    finalGap: finalSummary(arm, "gap"),
    finalGradNorm: finalSummary(arm, "gradNorm"),
    ...(accuracy ? { finalAccuracy: finalSummary(arm, accuracy) } : {}),
    meanLossOverRun: summarise(arm.traces.map((t) => runMean(t, "loss"))),
    bitsPerRun: arm.traces.length ? arm.traces[0].bits[arm.traces[0].bits.length - 1] : NaN,
  };
}
