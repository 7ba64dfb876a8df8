/**
 * Converts an instance to JSON-compatible plain data for reports: Float64Array → number[], and the
 * numbers JSON cannot hold (NaN, ±∞, −0) → strings, so that a counterexample prints exactly; a BigInt
 * (which no claim may generate: `requireReportable`) is written as its digits with an `n`, so the
 * instance that broke the rule can still be shown.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return `${value}n`;
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

/**
 * Refuses an instance a report could not hold: a BigInt anywhere in it (JSON has no integer type beyond
 * doubles, and a replay command could not spell it). Throws an Error naming where the BigInt sits; the
 * explorer turns it into an `error` verdict with the instance, like any exception of the claim's code.
 */
export function requireReportable(instance: unknown): void {
  const walk = (value: unknown, at: string): void => {
    if (typeof value === "bigint")
      throw new Error(
        `the instance holds a BigInt at ${at} (${value}n): instances must be plain data (numbers, strings, booleans, arrays, Float64Array, plain objects)`,
      );
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  walk(instance, "instance");
}
