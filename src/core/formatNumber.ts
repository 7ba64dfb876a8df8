/**
 * How numbers are printed in verdict summaries and reports: `digits` significant digits, exponent
 * form outside [1e-3, 1e5), ∞ and n/a spelled out. One formatter, so a figure reads the same in the
 * terminal, the Markdown report and a vitest failure message.
 */
export function formatNumber(x: unknown, digits = 4): string {
  if (x === undefined || x === null) return "n/a";
  if (typeof x !== "number") return String(x);
  if (Number.isNaN(x)) return "n/a";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x !== 0 && (Math.abs(x) >= 1e5 || Math.abs(x) < 1e-3)) return x.toExponential(digits - 1);
  return Number(x.toPrecision(digits)).toString();
}
