/**
 * What every figure of signcheck shares: the fonts (Helvetica and its metric twins, which textWidth.ts
 * measures), the colour palette (Okabe & Ito's eight colours, distinguishable under the common colour
 * blindnesses), sizes, and the axis description the chart builders take. Also the checks every
 * builder applies to its data: numbers must be finite and, on a log axis, positive — a value that
 * cannot be drawn is an InputError naming where it is, never silently dropped.
 */
import type { Config } from "vega-lite";
import { InputError } from "../core/errors.ts";

/** Okabe & Ito (2008), "Color Universal Design": blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"] as const;

/** Fonts metric-compatible with Helvetica, which the headless text measurement assumes. */
export const FONT = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif";

export const DEFAULT_WIDTH = 440;
export const DEFAULT_HEIGHT = 280;

export const THEME: Config = {
  font: FONT,
  background: "white",
  padding: 8,
  view: { stroke: "#bbb" },
  title: { fontSize: 14, subtitleFontSize: 11, subtitleColor: "#444", anchor: "start", offset: 8 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", gridColor: "#e8e8e8", tickColor: "#888", domainColor: "#888", labelOverlap: true },
  legend: { labelFontSize: 11, titleFontSize: 11, symbolStrokeWidth: 2, labelLimit: 480, orient: "right" },
  line: { strokeWidth: 1.8 },
  point: { size: 28, filled: true },
};

export type ScaleType = "linear" | "log";

export interface Axis {
  readonly title: string;
  /** Default "linear". A log axis needs every value on it to be > 0. */
  readonly scale?: ScaleType;
  /** Fixed [min, max]; default: the data's extent. */
  readonly domain?: readonly [number, number];
  /** d3-format specifier of the tick labels (default: Vega's choice; "~e" suits log axes spanning decades). */
  readonly format?: string;
  /** Log axis: label only the powers of ten, written 10ⁿ (for ranges of many decades). */
  readonly powersOfTen?: boolean;
}

/**
 * A log axis labels only the ticks whose leading digit is 1, 2 or 5 (Vega ticks every integer
 * multiple of each decade, and their labels crowd); the grid keeps every tick.
 */
const LOG_LABELS = "test(/^[125](\\.0*)?e/, format(datum.value, '.1e')) ? datum.label : ''";

/** Superscript digits in a Vega expression: nested replaces, one per character of an exponent. */
const SUPERSCRIPTS: [string, string][] = [
  ["-", "⁻"],
  ["0", "⁰"],
  ["1", "¹"],
  ["2", "²"],
  ["3", "³"],
  ["4", "⁴"],
  ["5", "⁵"],
  ["6", "⁶"],
  ["7", "⁷"],
  ["8", "⁸"],
  ["9", "⁹"],
];
const EXPONENT = "format(log(datum.value) / LN10, '.0f')";
const POWER_LABELS = `abs(log(datum.value) / LN10 - round(log(datum.value) / LN10)) < 1e-6 ? (${EXPONENT} === '0' ? '1' : ${EXPONENT} === '1' ? '10' : '10' + ${SUPERSCRIPTS.reduce((e, [a, b]) => `replace(${e}, /${a}/g, '${b}')`, EXPONENT)}) : ''`;

/** The x or y encoding of a field on an axis. */
export function axisEncoding(field: string, axis: Axis): Record<string, unknown> {
  const scale: Record<string, unknown> = axis.scale === "log" ? { type: "log", nice: false } : { type: "linear", zero: false, nice: true };
  if (axis.domain) scale.domain = [...axis.domain];
  return {
    field,
    type: "quantitative",
    title: axis.title,
    scale,
    axis: axis.format ? { format: axis.format } : axis.scale === "log" ? { labelExpr: axis.powersOfTen ? POWER_LABELS : LOG_LABELS } : {},
  };
}

/** A colour scale over names in the order given (the legend keeps that order). */
export function colorEncoding(names: readonly string[], title: string | null = null): Record<string, unknown> {
  return {
    field: "series",
    type: "nominal",
    title,
    sort: [...names],
    scale: { domain: [...names], range: names.map((_, i) => PALETTE[i % PALETTE.length]) },
  };
}

/** Checks one value destined for an axis; `where` names it in the error. */
export function requirePlottable(where: string, value: number, axis: Axis): number {
  if (!Number.isFinite(value)) throw new InputError(where, value, "a finite number (a diverged run must be cut or reported, not plotted)");
  if (axis.scale === "log" && !(value > 0)) throw new InputError(where, value, `a number > 0 on the log axis "${axis.title}"`);
  return value;
}

export function requireNames(where: string, names: readonly string[]): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (typeof name !== "string" || name.length === 0) throw new InputError(`${where}[${i}].name`, name, "a non-empty string");
    if (seen.has(name)) throw new InputError(`${where}[${i}].name`, name, "a name used once");
    seen.add(name);
  });
}

export interface ChartFrame {
  readonly title: string;
  readonly subtitle?: string;
  readonly width?: number;
  readonly height?: number;
}

/** The top-level fields every chart shares (title, size, theme). */
export function frame({ title, subtitle, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT }: ChartFrame): Record<string, unknown> {
  if (!(Number.isInteger(width) && width >= 50 && width <= 4000)) throw new InputError("width", width, "an integer number of pixels in [50, 4000]");
  if (!(Number.isInteger(height) && height >= 50 && height <= 4000)) throw new InputError("height", height, "an integer number of pixels in [50, 4000]");
  return { title: subtitle ? { text: title, subtitle } : { text: title }, width, height, config: THEME };
}

/** With a fixed domain on some axis, marks are clipped to the plot area (data outside it is not drawn over the axes). */
export function clipWhenFixed(layers: Record<string, unknown>[], ...axes: Axis[]): Record<string, unknown>[] {
  if (!axes.some((a) => a.domain)) return layers;
  return layers.map((l) => ({ ...l, mark: { ...(l.mark as Record<string, unknown>), clip: true } }));
}
