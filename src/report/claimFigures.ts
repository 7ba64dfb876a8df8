/**
 * The figures of one claim result, as chart specs with their file names and captions (rendered by
 * auditReportFiles, embedded in audit.md and index.html):
 *   - every claim that holds: the slack across its random instances (the distribution of bound ÷
 *     observed, a step curve on a log axis, the bound at slack 1, the tightest instance marked) and the
 *     coverage of each declared parameter range (instances per decade or tenth, boundary cases met);
 *   - every high-probability and tuning claim: the observed (1 − δ)-quantile of the statistic per tested
 *     instance with its confidence interval, beside the claimed bound — against δ when δ varies over the
 *     instances, else against the bound itself with the diagonal "observed = bound";
 *   - every scaling claim: the median cost per size on log–log axes at its steepest (or refuted) instance,
 *     the fitted slope with its confidence band and the claimed slope.
 * Figures read only the typed evidence. A figure with nothing to draw is left out, never drawn empty.
 */
import type { ClaimResult, ParameterCoverage, ScoreProfile, SlopeSummary } from "../claims/types.ts";
import type { QuantileRow } from "../claims/engine/rateTest.ts";
import { barChart, type Bar } from "./barChart.ts";
import { fig, plural } from "../core/formatFigure.ts";
import { lineChart, type ReferenceRule } from "./lineChart.ts";
import type { VegaLiteSpec } from "./renderSvg.ts";
import { logLogFitChart, scatterChart } from "./scatterChart.ts";
import { binLabel, boundaryLabel } from "./sections/common.ts";

export interface ClaimFigure {
  /** Path relative to the report folder: figures/<claim id>/<name>.svg. */
  readonly file: string;
  /** A short name (the alt text). */
  readonly title: string;
  readonly caption: string;
  readonly spec: VegaLiteSpec;
}

/** The folder of a claim's figures: its id with anything but letters, digits, '.', '_', '-' and '/' replaced. */
export function figureFolder(id: string): string {
  const safe = id
    .replace(/[^A-Za-z0-9._/-]/g, "-")
    .split("/")
    .filter((p) => p && p !== "." && p !== "..")
    .join("/");
  return `figures/${safe || "claim"}`;
}

/**
 * What a kind's slack is (bound ÷ observed) and what an instance with slack ∞ observed. A kind without a row has
 * no slack figure: scaling (a slope's room is an exponent difference, which the log–log figure shows), or a kind
 * with no bound to divide by.
 */
const SLACK: Partial<Record<ClaimResult["kind"], { readonly what: string; readonly zero: string }>> = {
  inequality: { what: "rhs/lhs", zero: "lhs ≤ 0" },
  probability: { what: "bound ÷ probability", zero: "probability 0" },
  "high-probability": { what: "bound ÷ observed (1−δ)-quantile", zero: "a quantile ≤ 0" },
  expectation: { what: "bound ÷ mean", zero: "a mean ≤ 0" },
  tuning: { what: "target ÷ observed (1−δ)-quantile", zero: "a quantile ≤ 0" },
};

/** The slack curve: share of the random instances whose slack (bound ÷ observed) is at most x. */
function slackFigure(r: ClaimResult, profile: ScoreProfile): ClaimFigure | undefined {
  const slack = SLACK[r.kind];
  if (!slack) return undefined;
  const { what, zero } = slack;
  // A score so small that its reciprocal overflows (a subnormal lhs/rhs) has slack ∞ on the plot, like a score ≤ 0.
  const pts = profile.points
    .filter(([score]) => score > 0 && Number.isFinite(score) && Number.isFinite(1 / score))
    .map(([score, share]) => ({ x: 1 / score, y: share }));
  const nothing = profile.points.filter(([score]) => score <= 0 || !Number.isFinite(1 / score)).length;
  if (pts.length < 2) return undefined;
  // Steps rise at each slack: start the curve at 0 just left of the least slack.
  const sorted = pts.sort((a, b) => a.x - b.x);
  const series = [{ name: "random instances", points: [{ x: sorted[0].x, y: 0 }, ...sorted] }];
  const rules: ReferenceRule[] = [];
  const tight = r.evidence.tightness;
  const least = sorted[0].x;
  const atBound = Math.abs(Math.log(least)) < 1e-9;
  rules.push({ x: 1, label: atBound ? "bound (slack 1): attained" : "bound (slack 1)" });
  if (tight && tight.unit === "factor" && tight.value > 0 && Math.abs(Math.log(1 / tight.value)) > 0.05) {
    rules.push({ x: 1 / tight.value, label: `tightest (incl. search): ${fig(1 / tight.value, 3)}`, at: "bottom" });
  }
  const xs = [...sorted.map((p) => p.x), ...rules.map((q) => q.x!)];
  const lo = Math.min(...xs) / 1.3;
  const hi = Math.max(...xs) * 1.3;
  const scored = profile.instances - profile.unscored;
  const unscored = r.kind === "inequality" ? "with rhs too near 0 for a ratio" : "without a slack (a vacuous bound)";
  const apart = [nothing ? `${plural(nothing, "instance")} with ${zero} (slack ∞) not drawn` : "", profile.unscored ? `${profile.unscored} ${unscored}` : ""]
    .filter(Boolean)
    .join("; ");
  return {
    file: `${figureFolder(r.id)}/slack.svg`,
    title: "Slack across the random instances",
    caption: `Slack (${what}) across the ${plural(scored, "scored random instance")}: the share of instances with at most that slack; the bound is slack 1, and the curve's left end is the tightest random instance${apart ? ` (${apart})` : ""}.`,
    spec: lineChart({
      title: "Slack across the random instances",
      subtitle: r.id,
      x: { title: `slack (${what})`, scale: "log", domain: [lo, hi], powersOfTen: hi / lo > 1e4 },
      y: { title: "share of instances with at most this slack", domain: [0, 1] },
      series,
      interpolate: "step-after",
      rules,
    }),
  };
}

/** Coverage: one bar per bin of each declared parameter, then the boundary cases, empty ones flagged. */
function coverageFigure(r: ClaimResult): ClaimFigure | undefined {
  const params = r.evidence.coverage.parameters.filter((p) => p.readings > 0);
  if (!params.length) return undefined;
  const bars: Bar[] = [];
  const rowOf = (p: ParameterCoverage, label: string) => `${p.name}: ${label}`;
  for (const p of params) {
    p.bins.forEach((b, i) =>
      bars.push({
        label: rowOf(p, binLabel(p, b, i === p.bins.length - 1)),
        value: b.count,
        group: "values per bin",
        ...(b.count === 0 && (b.decades ?? 1) >= 0.5 && { flag: "empty" }),
      }),
    );
    if (p.zeros) bars.push({ label: rowOf(p, "0"), value: p.zeros, group: "values per bin" });
    for (const b of p.boundaries) {
      const label = boundaryLabel(p, b);
      bars.push({
        label: label.startsWith(p.name) ? label : rowOf(p, label),
        value: b.count,
        group: "instances at a boundary case",
        ...(b.count === 0 && { flag: "never met" }),
      });
    }
  }
  // Labels must be unique: a declared boundary may repeat an end's label.
  const seen = new Map<string, number>();
  const unique = bars.map((b) => {
    const k = (seen.get(b.label) ?? 0) + 1;
    seen.set(b.label, k);
    return k > 1 ? { ...b, label: `${b.label} (${k})` } : b;
  });
  return {
    file: `${figureFolder(r.id)}/coverage.svg`,
    title: "Coverage of the parameter ranges",
    caption: `Coverage of the declared parameter ranges over the ${plural(r.evidence.instances, "random instance")}: values per decade (log ranges) or tenth (linear ranges), and the instances that met each boundary case; empty bins and boundaries never met are flagged.`,
    spec: barChart({ title: "Coverage of the parameter ranges", subtitle: r.id, x: { title: "values (bins) or instances (boundary cases)" }, bars: unique }),
  };
}

/** The segment y = x across a plot (a few points, so a log axis draws it straight). */
function diagonal(x: readonly [number, number], y: readonly [number, number], log: boolean): { x: number; y: number }[] {
  const lo = Math.max(x[0], y[0]);
  const hi = Math.min(x[1], y[1]);
  if (!(lo < hi))
    return [
      { x: x[0], y: x[0] },
      { x: x[1], y: x[1] },
    ];
  return Array.from({ length: 9 }, (_, i) => {
    const v = log ? lo * (hi / lo) ** (i / 8) : lo + ((hi - lo) * i) / 8;
    return { x: v, y: v };
  });
}

/** Quantile figure of a high-probability or tuning claim, from the evidence's per-instance rows. */
function quantileFigure(r: ClaimResult, rows: readonly QuantileRow[], omitted: number | undefined): ClaimFigure | undefined {
  if (rows.length === 0) return undefined;
  const values = rows.flatMap((q) => [q.quantile, q.bound, q.lower, q.upper]).filter(Number.isFinite);
  const positive = values.every((v) => v > 0);
  const finite = values;
  const ymin = Math.min(...finite);
  const ymax = Math.max(...finite);
  // Room around the extreme marks (a log axis of many decades needs more than a linear one).
  const pad = positive ? [ymin / 3, ymax * 3] : [ymin - 0.1 * (ymax - ymin || 1), ymax + 0.1 * (ymax - ymin || 1)];
  const clamp = (v: number) => Math.min(pad[1], Math.max(pad[0], v));
  const deltas = new Set(rows.map((q) => q.delta));
  const byDelta = deltas.size >= 3;
  const statistic = r.kind === "tuning" ? "the run's statistic" : "the statistic";
  const yAxis = {
    title: statistic === "the statistic" ? "statistic" : "run statistic",
    scale: positive ? ("log" as const) : ("linear" as const),
    domain: [pad[0], pad[1]] as const,
  };
  const q = { name: "observed (1−δ)-quantile", shape: "circle" as const, points: [] as { x: number; y: number; lo: number; hi: number }[] };
  const b = { name: r.kind === "tuning" ? "target" : "claimed bound", shape: "triangle-down" as const, points: [] as { x: number; y: number }[] };
  for (const row of rows) {
    const x = byDelta ? row.delta : row.bound;
    if (byDelta ? !(x > 0) : positive ? !(x > 0) : !Number.isFinite(x)) continue;
    q.points.push({
      x,
      y: clamp(row.quantile),
      lo: clamp(Number.isFinite(row.lower) ? row.lower : pad[0]),
      hi: clamp(Number.isFinite(row.upper) ? row.upper : pad[1]),
    });
    if (byDelta) b.points.push({ x, y: row.bound });
  }
  if (q.points.length === 0) return undefined;
  const open = rows.some((row) => !Number.isFinite(row.upper) || !Number.isFinite(row.lower));
  const notes = [
    open ? "an interval end the trials cannot bound is drawn to the edge of the plot" : "",
    omitted ? `${omitted} further instances are not drawn` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const groups = byDelta ? [q, b] : [q];
  const xs = q.points.map((p) => p.x);
  const [xlo, xhi] = [Math.min(...xs), Math.max(...xs)];
  const xLog = byDelta || positive;
  const xDomain = (xLog ? [xlo / 1.4, xhi * 1.4] : [xlo - 0.05 * (xhi - xlo || 1), xhi + 0.05 * (xhi - xlo || 1)]) as [number, number];
  const spec = byDelta
    ? scatterChart({
        title: "Observed (1−δ)-quantile against δ, and the claimed bound",
        subtitle: r.id,
        x: { title: "δ", scale: "log", domain: xDomain },
        y: yAxis,
        groups,
      })
    : scatterChart({
        title: "Observed (1−δ)-quantile against the claimed bound",
        subtitle: `${r.id} (${deltas.size === 1 ? `δ = ${fig([...deltas][0])} on every instance` : `δ ∈ {${[...deltas].map((d) => fig(d)).join(", ")}}`})`,
        x: { title: r.kind === "tuning" ? "target" : "claimed bound", scale: positive ? "log" : "linear", domain: xDomain },
        y: yAxis,
        groups,
        lines: [{ name: "observed = bound", dashed: true, points: diagonal(xDomain, pad as [number, number], xLog) }],
      });
  return {
    file: `${figureFolder(r.id)}/quantiles.svg`,
    title: byDelta ? "Observed (1−δ)-quantile against δ, and the claimed bound" : "Observed (1−δ)-quantile against the claimed bound",
    caption: byDelta
      ? `Per tested instance (${rows.length}): the observed (1−δ)-quantile of ${statistic} with its confidence interval (dots and bars) and the ${r.kind === "tuning" ? "target" : "claimed bound"} (triangles), against δ; the claim needs each dot below its triangle${notes ? `; ${notes}` : ""}.`
      : `Per tested instance (${rows.length}): the observed (1−δ)-quantile of ${statistic} with its confidence interval, against the ${r.kind === "tuning" ? "target" : "claimed bound"} of that instance; the claim needs every dot below the dashed diagonal${notes ? `; ${notes}` : ""}.`,
    spec,
  };
}

function scalingFigure(r: ClaimResult, s: SlopeSummary, which: string): ClaimFigure | undefined {
  if (s.sizes.length < 2 || !s.medianCosts.every((c) => c > 0) || !Number.isFinite(s.medianSlope)) return undefined;
  const logs = s.sizes.map((n, j) => Math.log(s.medianCosts[j]) - s.medianSlope * Math.log(n));
  const coefficient = Math.exp(logs.reduce((a, v) => a + v, 0) / logs.length);
  const padded = (v: readonly number[]) => [Math.min(...v) / 1.25, Math.max(...v) * 1.25] as const;
  const band =
    Number.isFinite(s.lower) && Number.isFinite(s.upper) && s.lower <= s.medianSlope && s.medianSlope <= s.upper ? ([s.lower, s.upper] as const) : undefined;
  return {
    file: `${figureFolder(r.id)}/scaling.svg`,
    title: "Cost against size, log–log",
    caption: `Median cost over ${s.replicates} replicates against ${s.size ?? "n"} at the ${which}, on log–log axes: the fitted slope ${fig(s.medianSlope)}${band ? ` with its confidence band [${fig(band[0])}, ${fig(band[1])}]` : ""}, and the claimed exponent ${fig(s.exponent)} (dashed) through the same centre.`,
    spec: logLogFitChart({
      title: "Cost against size, log–log",
      subtitle: r.id,
      x: { title: s.size ?? "n", domain: padded(s.sizes) },
      y: { title: "median cost", domain: padded(s.medianCosts) },
      points: s.sizes.map((n, j) => ({ x: n, y: s.medianCosts[j] })),
      pointsLabel: "median cost per size",
      fit: { slope: s.medianSlope, ...(band && { slopeInterval: band }), coefficient, label: `fitted slope ${fig(s.medianSlope)}` },
      claimed: { slope: s.exponent, label: `claimed exponent ${fig(s.exponent)}` },
    }),
  };
}

export function claimFigures(r: ClaimResult): ClaimFigure[] {
  const e = r.evidence;
  const out: (ClaimFigure | undefined)[] = [];
  if ((e.kind === "high-probability" || e.kind === "tuning") && e.rows) out.push(quantileFigure(r, e.rows, e.rowsOmitted));
  if (e.kind === "scaling") {
    const s = e.counterexample?.detail ?? e.worst;
    if (s) out.push(scalingFigure(r, s, e.counterexample ? "shrunk counterexample" : "steepest instance"));
  }
  if (r.verdict === "holds") {
    if (e.profile) out.push(slackFigure(r, e.profile));
    out.push(coverageFigure(r));
  }
  return out.filter((f): f is ClaimFigure => f !== undefined);
}
