/**
 * A horizontal bar chart: one row per item, in the order given (e.g. the bins of each declared parameter
 * of a claim, then its boundary cases: the coverage figure), a bar from 0 to the value coloured by
 * group, the value written at the bar's end, and flagged rows with their flag in vermillion beside the
 * value (an empty decade, a boundary never met). Returns a Vega-Lite spec for renderSvg.
 */
import type { VegaLiteSpec } from "./renderSvg.ts";
import { axisEncoding, colorEncoding, frame, PALETTE, requireNames, requirePlottable, type Axis, type ChartFrame } from "./chartTheme.ts";
import { InputError } from "../core/errors.ts";

export interface Bar {
  /** The row's label (unique). */
  readonly label: string;
  readonly value: number;
  /** Colour group (default one group). */
  readonly group?: string;
  /** A flag written in vermillion after the value (e.g. "empty", "never"). */
  readonly flag?: string;
}

export interface BarChartOptions extends ChartFrame {
  /** The value axis (horizontal); linear from 0. */
  readonly x: Omit<Axis, "scale">;
  readonly bars: readonly Bar[];
  readonly rowsTitle?: string;
  readonly legendTitle?: string;
}

/** Pixels per row. */
const ROW = 15;

export function barChart(options: BarChartOptions): VegaLiteSpec {
  const { bars, rowsTitle = null, legendTitle } = options;
  if (bars.length === 0) throw new InputError("bars", "[]", "at least one bar");
  const x: Axis = { ...options.x, scale: "linear" };
  requireNames(
    "bars",
    bars.map((b) => b.label),
  );
  const groups = [...new Set(bars.map((b) => b.group ?? ""))];
  const values = bars.map((b, i) => {
    const v = requirePlottable(`bars[${i}] (${b.label}).value`, b.value, x);
    if (v < 0) throw new InputError(`bars[${i}] (${b.label}).value`, v, "a number ≥ 0 (bars start at 0)");
    return { row: b.label, series: b.group ?? "", value: v, text: b.flag ? `${v} — ${b.flag}` : String(v), flagged: b.flag ? 1 : 0 };
  });
  const labels = bars.map((b) => b.label);
  const yEnc = { field: "row", type: "nominal", title: rowsTitle, sort: labels, axis: { labelLimit: 260, labelFontSize: 10 } };
  const xEnc = { ...axisEncoding("value", x), scale: { type: "linear", zero: true, nice: true } };
  const several = groups.length > 1;
  const color = several ? colorEncoding(groups, legendTitle ?? null) : { value: PALETTE[0] };
  const layers: Record<string, unknown>[] = [
    { mark: { type: "bar", height: ROW - 4 }, encoding: { y: yEnc, x: xEnc, color } },
    {
      mark: { type: "text", align: "left", dx: 3, fontSize: 9 },
      encoding: {
        y: yEnc,
        x: xEnc,
        text: { field: "text" },
        color: { condition: { test: "datum.flagged === 1", value: PALETTE[1] }, value: "#333" },
      },
    },
  ];
  const height = options.height ?? Math.max(60, ROW * bars.length);
  return { ...frame({ ...options, height }), data: { values }, layer: layers } as unknown as VegaLiteSpec;
}
