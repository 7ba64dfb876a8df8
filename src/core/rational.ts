/**
 * Exact rational arithmetic on BigInt numerators and denominators: the exact value of any finite
 * float64, and +, −, ×, ÷ and comparisons without rounding. Claims whose comparison is algebraic in
 * float inputs (norm relations such as d·‖v‖₂² vs ‖v‖₁², identities between probabilities) decide it
 * here, so no verdict rests on round-off. `bounds()` returns float64 numbers that bracket the exact
 * value (lower ≤ value ≤ upper, each at most one ulp away), for reporting a certified comparison as
 * the two numbers an inequality claim returns.
 */
import { InputError } from "./errors.ts";
import { RealInterval, nextDown, nextUp } from "./realInterval.ts";

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** x = m·2^e exactly, m an integer (0 for x = 0). */
function dyadic(x: number): { m: bigint; e: number } {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError("x", x, "a finite number");
  if (x === 0) return { m: 0n, e: 0 };
  F64[0] = x;
  const bits = U64[0];
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  return { m: sign * mantissa, e: (exponent === 0 ? 1 : exponent) - 1075 };
}

/** Σ m_j·2^{e_j} exactly, with one normalisation at the end (sums of many floats stay fast). */
function dyadicSum(terms: { m: bigint; e: number }[]): Rational {
  if (terms.length === 0) return Rational.ZERO;
  const E = Math.min(...terms.map((t) => t.e));
  let s = 0n;
  for (const t of terms) s += t.m << BigInt(t.e - E);
  return E >= 0 ? new Rational(s << BigInt(E)) : new Rational(s, 1n << BigInt(-E));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

export class Rational {
  /** num/den in lowest terms, den > 0. */
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = 1n) {
    if (den === 0n) throw new InputError("denominator", 0, "a non-zero integer");
    const g = gcd(num, den) || 1n;
    const s = den < 0n ? -1n : 1n;
    this.num = (s * num) / g;
    this.den = (s * den) / g;
  }

  static readonly ZERO = new Rational(0n);
  static readonly ONE = new Rational(1n);

  /** The exact value of a finite float64 (every float is m·2^e with integer m, e). */
  static of(x: number): Rational {
    const { m, e } = dyadic(x);
    return e >= 0 ? new Rational(m << BigInt(e)) : new Rational(m, 1n << BigInt(-e));
  }

  static int(n: number | bigint): Rational {
    if (typeof n === "number" && !Number.isSafeInteger(n)) throw new InputError("n", n, "a safe integer");
    return new Rational(BigInt(n));
  }

  add(b: Rational): Rational {
    return new Rational(this.num * b.den + b.num * this.den, this.den * b.den);
  }

  sub(b: Rational): Rational {
    return new Rational(this.num * b.den - b.num * this.den, this.den * b.den);
  }

  mul(b: Rational): Rational {
    return new Rational(this.num * b.num, this.den * b.den);
  }

  div(b: Rational): Rational {
    if (b.num === 0n) throw new InputError("divisor", 0, "a non-zero rational");
    return new Rational(this.num * b.den, this.den * b.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  /** −1, 0 or 1. */
  sign(): number {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  /** −1, 0 or 1 as this <, =, > b. */
  cmp(b: Rational): number {
    const d = this.num * b.den - b.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }

  leq(b: Rational): boolean {
    return this.cmp(b) <= 0;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const q = this.num / this.den; // truncates toward 0
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** A float64 close to the value (within a few ulps; exact bracketing is `bounds`). */
  approx(): number {
    if (this.num === 0n) return 0;
    const shift = 64 - (bitLength(this.num) - bitLength(this.den));
    const q = shift >= 0 ? (this.num << BigInt(shift)) / this.den : this.num / (this.den << BigInt(-shift));
    return Number(q) * 2 ** -shift;
  }

  /** Float64 numbers lower ≤ value ≤ upper, adjacent or equal (equal iff the value is a float64). */
  bounds(): { lower: number; upper: number } {
    let c = this.approx();
    if (!Number.isFinite(c)) throw new InputError("rational", `${this.num}/${this.den}`, "a value within the float64 range");
    while (Rational.of(c).cmp(this) > 0) c = nextDown(c);
    while (Number.isFinite(nextUp(c)) && Rational.of(nextUp(c)).cmp(this) <= 0) c = nextUp(c);
    return Rational.of(c).cmp(this) === 0 ? { lower: c, upper: c } : { lower: c, upper: nextUp(c) };
  }

  /** The tightest float64 interval containing the value. */
  enclosure(): RealInterval {
    const { lower, upper } = this.bounds();
    return new RealInterval(lower, upper);
  }

  toString(): string {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }
}

/** Σ of exact values. */
export function rationalSum(xs: Iterable<Rational>): Rational {
  let s = Rational.ZERO;
  for (const x of xs) s = s.add(x);
  return s;
}

/** ‖v‖₁ of a float vector, exactly. */
export function exactNorm1(v: ArrayLike<number>): Rational {
  return dyadicSum(Array.from(v, (x) => dyadic(Math.abs(x))));
}

/** ‖v‖₂² of a float vector, exactly. */
export function exactNorm2Squared(v: ArrayLike<number>): Rational {
  return dyadicSum(
    Array.from(v, (x) => {
      const { m, e } = dyadic(x);
      return { m: m * m, e: 2 * e };
    }),
  );
}

/** ⟨u, v⟩ of float vectors, exactly. */
export function exactDot(u: ArrayLike<number>, v: ArrayLike<number>): Rational {
  if (u.length !== v.length) throw new InputError("v", `length ${v.length}`, `length ${u.length}`);
  return dyadicSum(
    Array.from(u, (x, i) => {
      const a = dyadic(x);
      const b = dyadic(v[i]);
      return { m: a.m * b.m, e: a.e + b.e };
    }),
  );
}
