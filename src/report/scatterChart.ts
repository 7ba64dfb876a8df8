/**
 * A scatter plot of point groups — each point optionally with a vertical error bar [lo, hi] (e.g. a
 * confidence interval), each group with its own marker shape — with optional lines over it (fitted or
 * claimed relations, each with an optional band) and optional labelled marks (e.g. the tightest
 * instance). Linear or log axes.
 * `logLogFitChart` is the scaling-claim figure built on it: points (x, y) on log–log axes, the fitted
 * power law y = C·x^slope with the band its slope interval spans (pivoting at the geometric centre of
 * the x range, where a least-squares line in log–log space is best determined), and the claimed slope
 * drawn through the same centre. Returns Vega-Lite specs for renderSvg.
 */
import type { VegaLiteSpec } from "./renderSvg.ts";
import { axisEncoding, clipWhenFixed, colorEncoding, frame, PALETTE, requireNames, requirePlottable, type Axis, type ChartFrame } from "./chartTheme.ts";
import type { LineSeries } from "./lineChart.ts";
import { InputError } from "../core/errors.ts";

export interface PointGroup {
  readonly name: string;
  /** Points; `lo`/`hi` (both or neither) draw a vertical error bar through the point. */
  readonly points: readonly { readonly x: number; readonly y: number; readonly lo?: number; readonly hi?: number }[];
  /** Marker shape (default a circle). */
  readonly shape?: "circle" | "square" | "diamond" | "triangle-up" | "triangle-down" | "cross";
}

export interface MarkedPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

export interface ScatterChartOptions extends ChartFrame {
  readonly x: Axis;
  readonly y: Axis;
  readonly groups: readonly PointGroup[];
  /** Lines drawn over the points (a band where their points carry lo/hi). */
  readonly lines?: readonly LineSeries[];
  readonly marked?: readonly MarkedPoint[];
  /** Point opacity (lower it for thousands of points). Default 0.7. */
  readonly opacity?: number;
  readonly legendTitle?: string;
}

export function scatterChart(options: ScatterChartOptions): VegaLiteSpec {
  const { x, y, groups, lines = [], marked = [], opacity = 0.7, legendTitle } = options;
  if (groups.length === 0) throw new InputError("groups", "[]", "at least one group of points");
  if (!(opacity > 0 && opacity <= 1)) throw new InputError("opacity", opacity, "a number in (0, 1]");
  const names = [...groups.map((g) => g.name), ...lines.map((l) => l.name)];
  requireNames("groups and lines", names);
  const points: Record<string, unknown>[] = [];
  groups.forEach((g, i) => {
    g.points.forEach((p, j) => {
      const where = `groups[${i}] (${g.name}).points[${j}]`;
      const row: Record<string, unknown> = { series: g.name, x: requirePlottable(`${where}.x`, p.x, x), y: requirePlottable(`${where}.y`, p.y, y) };
      if ((p.lo === undefined) !== (p.hi === undefined))
        throw new InputError(`${where}.lo/hi`, { lo: p.lo, hi: p.hi }, "both ends of the error bar or neither");
      if (p.lo !== undefined && p.hi !== undefined) {
        row.lo = requirePlottable(`${where}.lo`, p.lo, y);
        row.hi = requirePlottable(`${where}.hi`, p.hi, y);
        if (!(p.lo <= p.y && p.y <= p.hi)) throw new InputError(where, { lo: p.lo, y: p.y, hi: p.hi }, "lo ≤ y ≤ hi");
      }
      points.push(row);
    });
  });
  const lineRows: Record<string, unknown>[] = [];
  lines.forEach((l, i) => {
    if (l.points.length < 2) throw new InputError(`lines[${i}].points`, `${l.points.length} points (${l.name})`, "at least 2 points");
    l.points.forEach((p, j) => {
      const where = `lines[${i}] (${l.name}).points[${j}]`;
      const row: Record<string, unknown> = {
        series: l.name,
        dashed: l.dashed ? "dashed" : "solid",
        x: requirePlottable(`${where}.x`, p.x, x),
        y: requirePlottable(`${where}.y`, p.y, y),
      };
      if (p.lo !== undefined && p.hi !== undefined) {
        row.lo = requirePlottable(`${where}.lo`, p.lo, y);
        row.hi = requirePlottable(`${where}.hi`, p.hi, y);
      }
      lineRows.push(row);
    });
  });
  const color = colorEncoding(names, legendTitle ?? null);
  const xEnc = axisEncoding("x", x);
  const yEnc = axisEncoding("y", y);
  const shaped = groups.some((g) => g.shape);
  // One legend for colour and shape: the same domain (the lines' entries drawn as strokes).
  const shape = shaped
    ? {
        shape: {
          field: "series",
          type: "nominal",
          sort: names,
          scale: { domain: names, range: [...groups.map((g) => g.shape ?? "circle"), ...lines.map(() => "stroke")] },
          title: legendTitle ?? null,
        },
      }
    : {};
  const layers: Record<string, unknown>[] = [];
  if (points.some((r) => r.lo !== undefined)) {
    layers.push({
      data: { values: points },
      transform: [{ filter: "isValid(datum.lo)" }],
      mark: { type: "rule", strokeWidth: 1.2, opacity: Math.min(1, opacity + 0.2) },
      encoding: { x: xEnc, y: { ...axisEncoding("lo", y), title: y.title }, y2: { field: "hi" }, color },
    });
  }
  layers.push({
    data: { values: points },
    mark: { type: "point", opacity, filled: true, size: shaped ? 40 : 22 },
    encoding: { x: xEnc, y: yEnc, color, ...shape },
  });
  if (lineRows.some((r) => r.lo !== undefined)) {
    layers.push({
      data: { values: lineRows },
      transform: [{ filter: "isValid(datum.lo)" }],
      mark: { type: "area", fillOpacity: 0.16, strokeWidth: 0 },
      encoding: { x: xEnc, y: { ...axisEncoding("lo", y), title: y.title }, y2: { field: "hi" }, color },
    });
  }
  if (lineRows.length) {
    layers.push({
      data: { values: lineRows },
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x: xEnc,
        y: yEnc,
        color,
        strokeDash: {
          field: "dashed",
          type: "nominal",
          scale: {
            domain: ["solid", "dashed"],
            range: [
              [1, 0],
              [6, 3],
            ],
          },
          legend: null,
        },
      },
    });
  }
  if (marked.length) {
    const values = marked.map((m, i) => ({ x: requirePlottable(`marked[${i}].x`, m.x, x), y: requirePlottable(`marked[${i}].y`, m.y, y), label: m.label }));
    layers.push({
      data: { values },
      mark: { type: "point", shape: "diamond", size: 110, filled: false, strokeWidth: 2, color: PALETTE[6] },
      encoding: { x: xEnc, y: yEnc },
    });
    layers.push({
      data: { values },
      mark: { type: "text", align: "left", dx: 8, dy: -6, fontSize: 10, color: "#222" },
      encoding: { x: xEnc, y: yEnc, text: { field: "label" } },
    });
  }
  return { ...frame(options), layer: clipWhenFixed(layers, x, y) } as unknown as VegaLiteSpec;
}

export interface PowerLawFit {
  /** Fitted exponent and its interval (e.g. a 95 % confidence interval). */
  readonly slope: number;
  readonly slopeInterval?: readonly [number, number];
  /** y = coefficient·x^slope. */
  readonly coefficient: number;
  readonly label: string;
}

export interface LogLogFitOptions extends ChartFrame {
  readonly x: Omit<Axis, "scale">;
  readonly y: Omit<Axis, "scale">;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly pointsLabel: string;
  readonly fit: PowerLawFit;
  /** The claimed exponent, drawn dashed through the fit's value at the centre of the x range. */
  readonly claimed?: { readonly slope: number; readonly label: string };
  readonly marked?: readonly MarkedPoint[];
}

export function logLogFitChart(options: LogLogFitOptions): VegaLiteSpec {
  const { points, fit, claimed } = options;
  const x: Axis = { ...options.x, scale: "log" };
  const y: Axis = { ...options.y, scale: "log" };
  if (points.length < 2) throw new InputError("points", `${points.length} points`, "at least 2 points");
  points.forEach((p, i) => requirePlottable(`points[${i}].x`, p.x, x));
  if (!(fit.coefficient > 0 && Number.isFinite(fit.coefficient))) throw new InputError("fit.coefficient", fit.coefficient, "a finite number > 0");
  if (!Number.isFinite(fit.slope)) throw new InputError("fit.slope", fit.slope, "a finite number");
  const xs = points.map((p) => p.x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const centre = Math.sqrt(lo * hi);
  const at = (slope: number, c: number, xv: number) => c * (xv / centre) ** slope;
  const yc = fit.coefficient * centre ** fit.slope;
  const grid = Array.from({ length: 21 }, (_, i) => lo * (hi / lo) ** (i / 20));
  const band = fit.slopeInterval;
  if (band && !(band[0] <= fit.slope && fit.slope <= band[1])) throw new InputError("fit.slopeInterval", band, `an interval containing the slope ${fit.slope}`);
  const lines: LineSeries[] = [
    {
      name: fit.label,
      points: grid.map((xv) => {
        const v = at(fit.slope, yc, xv);
        if (!band) return { x: xv, y: v };
        const a = at(band[0], yc, xv);
        const b = at(band[1], yc, xv);
        return { x: xv, y: v, lo: Math.min(a, b), hi: Math.max(a, b) };
      }),
    },
  ];
  if (claimed) lines.push({ name: claimed.label, dashed: true, points: grid.map((xv) => ({ x: xv, y: at(claimed.slope, yc, xv) })) });
  return scatterChart({ ...options, x, y, groups: [{ name: options.pointsLabel, points }], lines, marked: options.marked });
}
