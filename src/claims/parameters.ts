/**
 * Constructors for a claim's parameter declarations (`parameters: [...]`), so a theorem module states
 * its hypothesis space in one line per parameter: `param.log("γ", [1e-4, 1], (i) => i.gamma, { write })`.
 * `log` ranges are of magnitudes (sign and 0 apart), `integer` ranges are inclusive; `at(label, v)`
 * declares a boundary value met when the parameter equals v (each coordinate, for a vector parameter).
 */
import type { Boundary, Parameter, ParameterValue } from "./types.ts";

type Read<I> = Parameter<I>["read"];
type Options<I> = { write?: Parameter<I>["write"]; boundaries?: readonly Boundary<I>[] };

export function log<I>(name: string, range: readonly [number, number], read: Read<I>, options: Options<I> = {}): Parameter<I> {
  return { name, scale: "log", range, read, ...options };
}

export function linear<I>(name: string, range: readonly [number, number], read: Read<I>, options: Options<I> = {}): Parameter<I> {
  return { name, scale: "linear", range, read, ...options };
}

export function integer<I>(name: string, range: readonly [number, number], read: Read<I>, options: Omit<Options<I>, "write"> = {}): Parameter<I> {
  return { name, scale: "integer", range, read, ...options };
}

export function categorical<I>(name: string, values: readonly ParameterValue[], read: Read<I>, options: Omit<Options<I>, "write"> = {}): Parameter<I> {
  return { name, scale: "categorical", values, read, ...options };
}

/** A boundary met when the value equals `value` (or satisfies `test`). */
export function at<I = any>(label: string, value: ParameterValue | ((v: ParameterValue, instance: I) => boolean)): Boundary<I> {
  return { label, test: typeof value === "function" ? value : (v) => v === value };
}
