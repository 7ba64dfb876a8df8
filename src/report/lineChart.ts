/**
 * A line chart with optional bands: one line per series (e.g. the mean loss of a method over repeats
 * against the iteration or the bits sent), a shaded band [lo, hi] around each point that has one
 * (e.g. a confidence interval of the mean), optional point markers, and labelled reference rules
 * (a target, a claimed bound). Returns a Vega-Lite spec for renderSvg.
 */
import type { VegaLiteSpec } from "./renderSvg.ts";
import { axisEncoding, clipWhenFixed, colorEncoding, frame, requireNames, requirePlottable, type Axis, type ChartFrame } from "./chartTheme.ts";
import { InputError } from "../core/errors.ts";

export interface BandPoint {
  readonly x: number;
  readonly y: number;
  /** Lower and upper ends of the band at x (both or neither). */
  readonly lo?: number;
  readonly hi?: number;
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly BandPoint[];
  /** Draw dashed (e.g. a theoretical curve beside measured ones). */
  readonly dashed?: boolean;
}

export interface ReferenceRule {
  /** A horizontal rule at y, or a vertical one at x. */
  readonly y?: number;
  readonly x?: number;
  readonly label: string;
  /** Where a vertical rule's label sits (default the top; the bottom keeps two close rules' labels apart). */
  readonly at?: "top" | "bottom";
}

export interface LineChartOptions extends ChartFrame {
  readonly x: Axis;
  readonly y: Axis;
  readonly series: readonly LineSeries[];
  /** Mark every data point with a dot (for sparse series). */
  readonly showPoints?: boolean;
  readonly rules?: readonly ReferenceRule[];
  /** Legend title (default none). */
  readonly legendTitle?: string;
  /** How points are joined: straight lines (default), or steps (a distribution function). */
  readonly interpolate?: "linear" | "step-after" | "step-before";
}

export function lineChart(options: LineChartOptions): VegaLiteSpec {
  const { x, y, series, showPoints = false, rules = [], legendTitle, interpolate = "linear" } = options;
  if (series.length === 0) throw new InputError("series", "[]", "at least one series");
  requireNames(
    "series",
    series.map((s) => s.name),
  );
  const rows: Record<string, unknown>[] = [];
  series.forEach((s, i) => {
    if (s.points.length === 0) throw new InputError(`series[${i}].points`, `[] (${s.name})`, "at least one point");
    s.points.forEach((p, j) => {
      const where = `series[${i}] (${s.name}).points[${j}]`;
      const row: Record<string, unknown> = {
        series: s.name,
        dashed: s.dashed ? "dashed" : "solid",
        x: requirePlottable(`${where}.x`, p.x, x),
        y: requirePlottable(`${where}.y`, p.y, y),
      };
      if ((p.lo === undefined) !== (p.hi === undefined)) throw new InputError(`${where}.lo/hi`, { lo: p.lo, hi: p.hi }, "both ends of the band or neither");
      if (p.lo !== undefined && p.hi !== undefined) {
        row.lo = requirePlottable(`${where}.lo`, p.lo, y);
        row.hi = requirePlottable(`${where}.hi`, p.hi, y);
        if (!(p.lo <= p.hi)) throw new InputError(`${where}.lo`, p.lo, `≤ hi = ${p.hi}`);
      }
      rows.push(row);
    });
  });
  const names = series.map((s) => s.name);
  const color = { ...colorEncoding(names, legendTitle ?? null) };
  const xEnc = axisEncoding("x", x);
  const yEnc = axisEncoding("y", y);
  const anyDashed = series.some((s) => s.dashed);
  const layers: Record<string, unknown>[] = [];
  if (rows.some((r) => r.lo !== undefined)) {
    layers.push({
      transform: [{ filter: "isValid(datum.lo)" }],
      mark: { type: "area", fillOpacity: 0.16, strokeWidth: 0, interpolate },
      encoding: { x: xEnc, y: { ...axisEncoding("lo", y), title: y.title }, y2: { field: "hi" }, color },
    });
  }
  layers.push({
    mark: { type: "line", interpolate },
    encoding: {
      x: xEnc,
      y: yEnc,
      color: { ...color, legend: { symbolType: "stroke", symbolStrokeWidth: 2.5, symbolOpacity: 1 } },
      ...(anyDashed
        ? {
            strokeDash: {
              field: "dashed",
              type: "nominal",
              scale: {
                domain: ["solid", "dashed"],
                range: [
                  [1, 0],
                  [5, 3],
                ],
              },
              legend: null,
            },
          }
        : {}),
    },
  });
  if (showPoints) layers.push({ mark: { type: "point" }, encoding: { x: xEnc, y: yEnc, color } });
  rules.forEach((r, i) => {
    if ((r.x === undefined) === (r.y === undefined)) throw new InputError(`rules[${i}]`, r, "exactly one of x or y");
    const horizontal = r.y !== undefined;
    const value = requirePlottable(`rules[${i}].${horizontal ? "y" : "x"}`, (horizontal ? r.y : r.x)!, horizontal ? y : x);
    const data = { values: [{ v: value, label: r.label }] };
    const pos = horizontal ? { y: { ...axisEncoding("v", y), title: y.title } } : { x: { ...axisEncoding("v", x), title: x.title } };
    layers.push({ data, mark: { type: "rule", color: "#555", strokeDash: [2, 3] }, encoding: pos });
    layers.push({
      data,
      mark: horizontal
        ? { type: "text", align: "right", baseline: "bottom", dy: -2, x: "width", fontSize: 10, color: "#333" }
        : r.at === "bottom"
          ? { type: "text", align: "left", baseline: "bottom", dx: 3, dy: -3, y: "height", fontSize: 10, color: "#333" }
          : { type: "text", align: "left", baseline: "top", dx: 3, y: 0, fontSize: 10, color: "#333" },
      encoding: { ...pos, text: { field: "label" } },
    });
  });
  return { ...frame(options), data: { values: rows }, layer: clipWhenFixed(layers, x, y) } as unknown as VegaLiteSpec;
}
