/**
 * Outward-rounded interval arithmetic on float64: every operation returns an interval [lo, hi] that
 * contains the exact real result for every pair of reals in its operands. +, −, ×, ÷ and √ are
 * correctly rounded in IEEE 754, so widening each endpoint by one ulp (nextDown/nextUp) is enough;
 * exp, log and pow come from the platform's libm, which is faithful but not correctly rounded, so
 * their endpoints are widened by LIBM_ULPS ulps (src/core/tolerance.ts). This is how a claim decides a
 * comparison that floating point alone could decide wrongly: a violation is reported only when the
 * left side's lower end exceeds the right side's upper end (see `certifiedSides`). Moore, Kearfott,
 * Cloud, *Introduction to Interval Analysis* (SIAM 2009), ch. 2–3.
 */
import { InputError } from "./errors.ts";
import { LIBM_ULPS } from "./tolerance.ts";

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** The least float64 above x (+∞ stays +∞; NaN stays NaN). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  F64[0] = x;
  U64[0] = x > 0 ? U64[0] + 1n : U64[0] - 1n;
  return F64[0] === 0 ? 0 : F64[0]; // −MIN_VALUE steps up to +0, not −0
}

/** The greatest float64 below x. */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

function widenDown(x: number, ulps: number): number {
  let y = x;
  for (let k = 0; k < ulps; k++) y = nextDown(y);
  return y;
}

function widenUp(x: number, ulps: number): number {
  let y = x;
  for (let k = 0; k < ulps; k++) y = nextUp(y);
  return y;
}

/** A closed interval [lo, hi] of reals, lo ≤ hi (endpoints may be ±∞). */
export class RealInterval {
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {
    if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) throw new InputError("interval", `[${lo}, ${hi}]`, "lo ≤ hi, neither NaN");
  }

  /** The exact value of a float64 as a degenerate interval. */
  static of(x: number): RealInterval {
    if (typeof x !== "number" || Number.isNaN(x)) throw new InputError("x", x, "a number (not NaN)");
    return new RealInterval(x, x);
  }

  static hull(a: RealInterval, b: RealInterval): RealInterval {
    return new RealInterval(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi));
  }

  get width(): number {
    return this.hi - this.lo;
  }

  contains(x: number): boolean {
    return this.lo <= x && x <= this.hi;
  }

  add(b: RealInterval): RealInterval {
    return new RealInterval(nextDown(this.lo + b.lo), nextUp(this.hi + b.hi));
  }

  sub(b: RealInterval): RealInterval {
    return new RealInterval(nextDown(this.lo - b.hi), nextUp(this.hi - b.lo));
  }

  neg(): RealInterval {
    return new RealInterval(-this.hi, -this.lo);
  }

  mul(b: RealInterval): RealInterval {
    if ((this.lo === 0 && this.hi === 0) || (b.lo === 0 && b.hi === 0)) return new RealInterval(0, 0);
    const p = [this.lo * b.lo, this.lo * b.hi, this.hi * b.lo, this.hi * b.hi].map((v) => (Number.isNaN(v) ? 0 : v)); // 0·∞ = 0 for bounds
    return new RealInterval(nextDown(Math.min(...p)), nextUp(Math.max(...p)));
  }

  div(b: RealInterval): RealInterval {
    if (b.lo <= 0 && b.hi >= 0) {
      if (b.lo === 0 && b.hi === 0) throw new InputError("divisor", "[0, 0]", "an interval not equal to {0}");
      if (b.lo === 0 && this.lo >= 0) return new RealInterval(nextDown(this.lo / b.hi), Infinity);
      throw new InputError("divisor", `[${b.lo}, ${b.hi}]`, "an interval that does not contain 0 in its interior");
    }
    const q = [this.lo / b.lo, this.lo / b.hi, this.hi / b.lo, this.hi / b.hi].filter((v) => !Number.isNaN(v));
    return new RealInterval(nextDown(Math.min(...q)), nextUp(Math.max(...q)));
  }

  /** √ on the part of the interval in its domain [0, ∞) (an enclosure of a quantity known to be ≥ 0 may dip below 0). */
  sqrt(): RealInterval {
    if (this.hi < 0) throw new InputError("sqrt argument", `[${this.lo}, ${this.hi}]`, "an interval meeting [0, ∞)");
    return new RealInterval(this.lo <= 0 ? 0 : Math.max(0, nextDown(Math.sqrt(this.lo))), nextUp(Math.sqrt(this.hi)));
  }

  exp(): RealInterval {
    return new RealInterval(Math.max(0, widenDown(Math.exp(this.lo), LIBM_ULPS)), widenUp(Math.exp(this.hi), LIBM_ULPS));
  }

  log(): RealInterval {
    if (this.lo <= 0) throw new InputError("log argument", `[${this.lo}, ${this.hi}]`, "an interval > 0");
    return new RealInterval(widenDown(Math.log(this.lo), LIBM_ULPS), widenUp(Math.log(this.hi), LIBM_ULPS));
  }

  /** this^p for this > 0 (any real p), as exp(p·log this) in interval arithmetic. */
  pow(p: RealInterval): RealInterval {
    if (this.lo <= 0) throw new InputError("pow base", `[${this.lo}, ${this.hi}]`, "an interval > 0");
    return p.mul(this.log()).exp();
  }

  /** Integer power n ≥ 0 by repeated multiplication (exact enclosure, no libm). */
  powInt(n: number): RealInterval {
    if (!Number.isInteger(n) || n < 0) throw new InputError("n", n, "an integer ≥ 0");
    let r = RealInterval.of(1);
    for (let k = 0; k < n; k++) r = r.mul(this);
    return r;
  }

  min(b: RealInterval): RealInterval {
    return new RealInterval(Math.min(this.lo, b.lo), Math.min(this.hi, b.hi));
  }

  max(b: RealInterval): RealInterval {
    return new RealInterval(Math.max(this.lo, b.lo), Math.max(this.hi, b.hi));
  }

  ceil(): RealInterval {
    return new RealInterval(Math.ceil(this.lo), Math.ceil(this.hi));
  }

  /** True when every point of this is ≤ every point of b. */
  certainlyLeq(b: RealInterval): boolean {
    return this.hi <= b.lo;
  }

  /** True when every point of this is > every point of b. */
  certainlyGt(b: RealInterval): boolean {
    return this.lo > b.hi;
  }

  toString(): string {
    return `[${this.lo}, ${this.hi}]`;
  }
}

/** Shorthand: the exact value of a float64 as an interval. */
export function iv(x: number): RealInterval {
  return RealInterval.of(x);
}

/**
 * The two sides an inequality claim reports when its comparison is decided in interval arithmetic:
 * the left side's LOWER end and the right side's UPPER end. Then lhs > rhs in floating point implies
 * the exact left side exceeds the exact right side (a violation is certain), while an exact violation
 * narrower than the enclosures is reported as not refuted — never the other way round.
 */
export function certifiedSides(lhs: RealInterval, rhs: RealInterval): { lhs: number; rhs: number } {
  return { lhs: lhs.lo, rhs: rhs.hi };
}
