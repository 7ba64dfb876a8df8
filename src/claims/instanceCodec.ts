/**
 * A lossless text form of an instance, for replay commands (`signcheck replay ID --instance JSON`):
 * JSON with tags for what JSON cannot hold — {"$f64": [...]} for a Float64Array and {"$num": "NaN" |
 * "Infinity" | "-Infinity" | "-0"} for those numbers. Decoding gives back an instance with the same
 * canonical hash, so its random streams, and hence every figure of a statistical claim, are the same.
 * Instances found by the worst-case search have no fast-check path: this is how they replay.
 */
import { ParseError } from "../core/errors.ts";

function encodeValue(value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { $num: "NaN" };
    if (value === Infinity) return { $num: "Infinity" };
    if (value === -Infinity) return { $num: "-Infinity" };
    if (Object.is(value, -0)) return { $num: "-0" };
    return value;
  }
  if (value instanceof Float64Array) return { $f64: Array.from(value, encodeValue) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

const NUMBERS: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 };

function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === "$num" && typeof o.$num === "string" && o.$num in NUMBERS) return NUMBERS[o.$num];
    if (keys.length === 1 && keys[0] === "$f64" && Array.isArray(o.$f64)) return Float64Array.from(o.$f64.map(decodeValue) as number[]);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = decodeValue(v);
    return out;
  }
  return value;
}

/** Any plain value (a result, an instance) in the tagged form: JSON.stringify of it loses nothing. */
export function toTagged(value: unknown): unknown {
  return encodeValue(value);
}

/** The inverse of `toTagged`, on parsed JSON. */
export function fromTagged(value: unknown): unknown {
  return decodeValue(value);
}

export function encodeInstance(instance: unknown): string {
  return JSON.stringify(encodeValue(instance));
}

export function decodeInstance(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (_error) {
    throw new ParseError("--instance", text.length > 60 ? `${text.slice(0, 60)}…` : text, "an instance as printed in a replay command (tagged JSON)");
  }
  return decodeValue(parsed);
}
