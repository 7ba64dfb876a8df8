/**
 * Canonical serialisation and hashing of instances. An instance (a claim's generated input: numbers,
 * strings, booleans, arrays, Float64Arrays and plain objects) is written in one canonical text —
 * object keys sorted, −0, NaN and ±∞ spelled out, Float64Array tagged — and hashed to 64 bits. The
 * hash keys the random streams of every trial on that instance, so a shrunk instance, a replayed
 * one and the same instance met on another worker all draw the same numbers.
 */
import { InputError } from "./errors.ts";

export function canonical(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return canonicalNumber(value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "object": {
      if (value instanceof Float64Array) return `f64[${Array.from(value, canonicalNumber).join(",")}]`;
      if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new InputError("instance", (value as object).constructor?.name ?? "object", "plain data (numbers, strings, arrays, Float64Array, plain objects)");
      }
      const entries = Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
      return `{${entries.join(",")}}`;
    }
    default:
      throw new InputError("instance", typeof value, "plain data (functions and symbols cannot be serialised)");
  }
}

function canonicalNumber(x: number): string {
  if (Object.is(x, -0)) return "-0";
  return String(x); // shortest round-trip form; NaN, Infinity, -Infinity spelled out
}

/** 64-bit hash of a string as 16 hex digits (two independent 32-bit multiply–xorshift lanes, cyrb53-style). */
export function hashString(s: string): string {
  let h1 = 0xdeadbeef ^ 0x5bd1e995;
  let h2 = 0x41c6ce57 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** Hash of an instance's canonical serialisation. */
export function instanceHash(instance: unknown): string {
  return hashString(canonical(instance));
}

/** A 31-bit non-negative integer derived from a string (fast-check seeds). */
export function hashToInt31(s: string): number {
  return parseInt(hashString(s).slice(0, 8), 16) & 0x7fffffff;
}
