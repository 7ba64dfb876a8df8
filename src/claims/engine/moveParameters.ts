/**
 * Moving an instance through its declared parameters, for the worst-case search and the
 * simplification of a counterexample it found. A parameter with a `write` function and a numeric
 * scale is movable: a proposal perturbs it in its natural coordinate — log10 of the magnitude for
 * `log` (the sign kept, 0 left at 0), the value for `linear` and `integer` (then rounded) — by a
 * Gaussian step of `step`·(width of the range in that coordinate)/4, clamped to the declared range.
 * Simplification rounds a value to few significant digits (what a reader would write).
 */
import type { Stream } from "../../core/stream.ts";
import type { Parameter } from "../types.ts";

export function movable<I>(parameters: readonly Parameter<I>[] | undefined): Parameter<I>[] {
  return (parameters ?? []).filter((p) => p.write && p.scale !== "categorical" && p.range);
}

function toNumbers(v: unknown): number[] | number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof Float64Array) return Array.from(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "number")) return v as number[];
  return undefined;
}

function moveOne(p: Parameter, v: number, step: number, stream: Stream): number {
  const [lo, hi] = p.range!;
  if (p.scale === "log") {
    if (v === 0 || !(lo > 0)) return v;
    const sign = v < 0 ? -1 : 1;
    const ulo = Math.log10(lo);
    const uhi = Math.log10(hi);
    const u = Math.min(uhi, Math.max(ulo, Math.log10(Math.abs(v)) + (step * (uhi - ulo) * stream.normal()) / 4));
    return sign * (u === ulo ? lo : u === uhi ? hi : 10 ** u);
  }
  const next = Math.min(hi, Math.max(lo, v + (step * (hi - lo) * stream.normal()) / 4));
  return p.scale === "integer" ? Math.round(next) : next;
}

/** One proposal: every movable parameter perturbed (each coordinate of a vector parameter on its own). */
export function propose<I>(instance: I, parameters: readonly Parameter<I>[], step: number, stream: Stream): I {
  let out = instance;
  for (const p of parameters) {
    const v = toNumbers(p.read(out));
    if (v === undefined) continue;
    out = p.write!(out, typeof v === "number" ? moveOne(p, v, step, stream) : v.map((x) => moveOne(p, x, step, stream)));
  }
  return out;
}

/** x rounded to `digits` significant digits (0 stays 0). */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

/**
 * Candidate simplifications of one parameter of an instance, simplest first: its value rounded to
 * 1, 2, 3 and 4 significant digits (integers are already simple), clamped to the range; candidates
 * equal to the current value are skipped.
 */
export function simplifications<I>(instance: I, p: Parameter<I>): I[] {
  if (p.scale === "integer") return [];
  const v = toNumbers(p.read(instance));
  if (v === undefined) return [];
  const [lo, hi] = p.range!;
  const clampMagnitude = (x: number) => {
    if (p.scale !== "log" || x === 0) return Math.min(hi, Math.max(lo, x));
    return Math.sign(x) * Math.min(hi, Math.max(lo, Math.abs(x)));
  };
  const out: I[] = [];
  const seen = new Set<string>([JSON.stringify(v)]);
  for (const digits of [1, 2, 3, 4]) {
    const r = typeof v === "number" ? clampMagnitude(roundSignificant(v, digits)) : v.map((x) => clampMagnitude(roundSignificant(x, digits)));
    const key = JSON.stringify(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p.write!(instance, r));
  }
  return out;
}
