/**
 * fast-check arbitraries for the parameters every claim needs. All are explicit about their range
 * and shrink toward the simplest value: the lower end of a log-uniform range, small dimensions,
 * few iterations, the origin. `fc.double` is never used unconstrained (it yields NaN, ±∞ and −0).
 */
import fc from "fast-check";
import { InputError } from "../core/errors.ts";
import { rangeArbitrary } from "../core/parameterRange.ts";

/**
 * Log-uniform on [lo, hi] (0 < lo ≤ hi), shrinking toward lo: the declared-range arbitrary of the
 * engine (`rangeArbitrary`, one implementation of the grid): one draw in eight is an end (lo or hi,
 * exactly), the others are log-uniform without fast-check's integer bias (which piles draws near the
 * ends and thins the middle decades), so every decade gets its share.
 */
export function logUniform(lo: number, hi: number): fc.Arbitrary<number> {
  if (!(lo > 0 && Number.isFinite(lo))) throw new InputError("lo", lo, "a finite number > 0");
  if (!(hi >= lo && Number.isFinite(hi))) throw new InputError("hi", hi, `a finite number ≥ lo = ${lo}`);
  return rangeArbitrary({ name: "logUniform", min: lo, max: hi, scale: "log", signs: "positive", zero: false, note: "a log-uniform parameter" });
}

/**
 * Stepsizes γ log-uniform on [lo, hi]; with `cap`, a quarter of the draws are the cap exactly
 * (several steps of the seed's proof fail only at γ = γ_max) and the range is capped.
 */
export function stepsize({ lo = 1e-6, hi = 1, cap }: { lo?: number; hi?: number; cap?: number } = {}): fc.Arbitrary<number> {
  if (cap === undefined) return logUniform(lo, hi);
  if (!(cap > 0 && Number.isFinite(cap))) throw new InputError("cap", cap, "a finite number > 0");
  const top = Math.min(hi, cap);
  return fc.oneof({ weight: 3, arbitrary: logUniform(Math.min(lo, top), top) }, { weight: 1, arbitrary: fc.constant(cap) });
}

/**
 * δ ∈ [min, max] ⊂ (0, 1): half the draws log-uniform toward 0, half of the form 1 − (log-uniform)
 * so that values near 1 (where log(1/δ) < 1 and several bounds break) are reached.
 */
export function delta({ min = 1e-6, max = 1 - 1e-6 }: { min?: number; max?: number } = {}): fc.Arbitrary<number> {
  if (!(min > 0 && min < 1)) throw new InputError("min", min, "a number in (0, 1)");
  if (!(max >= min && max < 1)) throw new InputError("max", max, `a number in [${min}, 1)`);
  const mid = Math.min(max, Math.max(min, 0.5));
  const low = logUniform(min, mid);
  if (max <= 0.5) return low;
  const high = logUniform(1 - max, 1 - mid).map((u) => 1 - u);
  return fc.oneof(low, high);
}

/** A dimension d in [min, max], shrinking toward min. */
export function dimension({ min = 1, max = 10 }: { min?: number; max?: number } = {}): fc.Arbitrary<number> {
  return fc.integer({ min, max });
}

/** An iteration count T log-uniform in [min, max] (integers), shrinking toward min. */
export function iterations({ min = 1, max = 1000 }: { min?: number; max?: number } = {}): fc.Arbitrary<number> {
  return logUniform(min, max).map((t) => Math.min(max, Math.max(min, Math.round(t))));
}

/**
 * Smallest non-zero magnitude of a starting-point coordinate, relative to the radius. Coordinates are
 * 0 or ±(log-uniform in [1e-6·radius, radius]): every scale is reached (unlike fc.double, whose bias
 * toward subnormals such as 1e-313 makes a shrunk counterexample read like a round-off artefact).
 */
const SMALLEST_COORDINATE = 1e-6;

/**
 * A starting point in [−radius, radius]^d as a Float64Array: each coordinate 0 (one draw in five) or
 * ±log-uniform in [1e-6·radius, radius]; shrinks toward 0 and small magnitudes.
 */
export function startingPoint(d: number, radius = 2): fc.Arbitrary<Float64Array> {
  if (!Number.isInteger(d) || d < 1) throw new InputError("d", d, "an integer ≥ 1");
  if (!(radius > 0 && Number.isFinite(radius))) throw new InputError("radius", radius, "a finite number > 0");
  const coordinate = fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.tuple(fc.boolean(), logUniform(SMALLEST_COORDINATE * radius, radius)).map(([negative, m]) => (negative ? -m : m)) },
  );
  return fc.array(coordinate, { minLength: d, maxLength: d }).map((xs) => Float64Array.from(xs));
}
