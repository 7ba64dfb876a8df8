/**
 * A dot-and-whisker chart: one row per item (a method, a setting), the estimate as a dot and its
 * interval as a whisker, optionally coloured by group (several groups per row are offset), with an
 * optional labelled reference value (e.g. 0 for a difference, a quoted figure). Returns a Vega-Lite
 * spec for renderSvg.
 */
import type { VegaLiteSpec } from "./renderSvg.ts";
import { axisEncoding, colorEncoding, frame, requirePlottable, type Axis, type ChartFrame } from "./chartTheme.ts";
import { InputError } from "../core/errors.ts";

export interface IntervalRow {
  /** The row it belongs to (the vertical axis). */
  readonly label: string;
  /** Colour group within the row (default: one group). */
  readonly group?: string;
  readonly estimate: number;
  readonly lo: number;
  readonly hi: number;
}

export interface IntervalChartOptions extends ChartFrame {
  /** The value axis (horizontal). */
  readonly x: Axis;
  /** Title of the row axis. */
  readonly rowsTitle?: string;
  readonly rows: readonly IntervalRow[];
  readonly reference?: { readonly value: number; readonly label: string };
  readonly legendTitle?: string;
}

/** A few pixels between the outermost whisker ends and the frame. */
function padded(encoding: Record<string, unknown>): Record<string, unknown> {
  return { ...encoding, scale: { ...(encoding.scale as Record<string, unknown>), padding: 8 } };
}

export function intervalChart(options: IntervalChartOptions): VegaLiteSpec {
  const { x, rows, reference, rowsTitle = null, legendTitle } = options;
  if (rows.length === 0) throw new InputError("rows", "[]", "at least one row");
  const labels = [...new Set(rows.map((r) => r.label))];
  const groups = [...new Set(rows.map((r) => r.group ?? ""))];
  const values = rows.map((r, i) => {
    const where = `rows[${i}] (${r.label}${r.group ? `, ${r.group}` : ""})`;
    const lo = requirePlottable(`${where}.lo`, r.lo, x);
    const hi = requirePlottable(`${where}.hi`, r.hi, x);
    const est = requirePlottable(`${where}.estimate`, r.estimate, x);
    if (!(lo <= est && est <= hi)) throw new InputError(`${where}`, { lo, estimate: est, hi }, "lo ≤ estimate ≤ hi");
    return { row: r.label, series: r.group ?? "", estimate: est, lo, hi };
  });
  const several = groups.length > 1;
  const yEnc = { field: "row", type: "nominal", title: rowsTitle, sort: labels, axis: { labelLimit: 240 } };
  const color = several ? colorEncoding(groups, legendTitle ?? null) : { value: "#0072B2" };
  const offset = several ? { yOffset: { field: "series", type: "nominal", sort: groups } } : {};
  const layers: Record<string, unknown>[] = [
    { mark: { type: "rule", strokeWidth: 2 }, encoding: { y: yEnc, ...offset, x: padded(axisEncoding("lo", x)), x2: { field: "hi" }, color } },
    { mark: { type: "point", filled: true, size: 60 }, encoding: { y: yEnc, ...offset, x: padded(axisEncoding("estimate", x)), color } },
  ];
  if (reference) {
    const data = { values: [{ v: requirePlottable("reference.value", reference.value, x), label: reference.label }] };
    layers.push({ data, mark: { type: "rule", color: "#555", strokeDash: [2, 3] }, encoding: { x: padded(axisEncoding("v", x)) } });
    layers.push({
      data,
      mark: { type: "text", align: "left", baseline: "top", dx: 3, y: 0, fontSize: 10, color: "#333" },
      encoding: { x: padded(axisEncoding("v", x)), text: { field: "label" } },
    });
  }
  const step = several ? 14 * groups.length + 10 : 22;
  const height = options.height ?? Math.max(60, step * labels.length);
  return { ...frame({ ...options, height }), data: { values }, layer: layers } as unknown as VegaLiteSpec;
}
