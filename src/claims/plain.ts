/**
 * Converts an instance to JSON-compatible plain data for reports: Float64Array → number[], and the
 * numbers JSON cannot hold (NaN, ±∞, −0) → strings, so that a counterexample prints exactly.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (value === Infinity) return "Infinity";
    if (value === -Infinity) return "-Infinity";
    if (Object.is(value, -0)) return "-0";
    return value;
  }
  if (value instanceof Float64Array) return Array.from(value, toPlain);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toPlain(v);
    return out;
  }
  return value;
}
