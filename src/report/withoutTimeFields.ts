/**
 * A report's JSON (audit.json, an experiment's results.json) without the fields it lists in its own
 * `timeFields` — "date", "claims[].durationMs" (that field of every element of `claims`),
 * "audits[].claims[].durationMs" — and, with `environment: true`, without its `environmentFields` too
 * (the Node version, the git state). Two runs of the same audit compare equal after it: that is what
 * "the reports reproduce but for their times" means, and how the reproduction test checks it.
 */
import { InputError } from "../core/errors.ts";

function drop(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === null || typeof value !== "object") return value;
  const [head, ...rest] = path;
  const each = head.endsWith("[]");
  const key = each ? head.slice(0, -2) : head;
  const obj = value as Record<string, unknown>;
  if (!(key in obj)) return value;
  if (rest.length === 0 && !each) {
    const { [key]: _dropped, ...kept } = obj;
    return kept;
  }
  const child = obj[key];
  const next = each ? (Array.isArray(child) ? child.map((c) => drop(c, rest)) : child) : drop(child, rest);
  return { ...obj, [key]: next };
}

export function withoutTimeFields(json: unknown, { environment = false }: { environment?: boolean } = {}): unknown {
  if (json === null || typeof json !== "object" || !Array.isArray((json as { timeFields?: unknown }).timeFields)) {
    throw new InputError("report JSON", typeof json, "a signcheck report with a timeFields list");
  }
  const { timeFields, environmentFields } = json as { timeFields: unknown[]; environmentFields?: unknown[] };
  const fields = [...timeFields, ...(environment ? (environmentFields ?? []) : [])].filter((f): f is string => typeof f === "string");
  return fields.reduce<unknown>((acc, f) => drop(acc, f.split(".")), json);
}
