/**
 * Markdown tables and CSV for experiment reports. Numbers go through the one figure formatter
 * (src/core/formatFigure.ts); intervals print as "m [lo, hi]".
 */
import { fig } from "../core/formatFigure.ts";
import type { Summary } from "./aggregate.ts";

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [`| ${header.map(esc).join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`)].join("\n");
}

/** "mean [lo, hi]" (or the mean alone when there is no interval). `scale` multiplies (e.g. 100 for %). */
export function formatSummary(s: Summary, digits = 4, scale = 1): string {
  if (s.n === 0) return "not run";
  const f = (v: number) => fig(v * scale, digits);
  return Number.isFinite(s.lo) ? `${f(s.mean)} [${f(s.lo)}, ${f(s.hi)}]` : f(s.mean);
}

/** CSV with a header row; numbers to 10 significant digits, strings quoted when needed. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string {
  const cell = (v: string | number | boolean) => {
    if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toPrecision(10))) : Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`;
}
