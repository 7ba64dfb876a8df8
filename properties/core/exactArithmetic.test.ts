// Laws of the exact and interval arithmetic the seed audit decides with (src/core/rational.ts, realInterval.ts).
import { describe, expect, test } from "vitest";
import { fc } from "signcheck";
import { test as ftest } from "@fast-check/vitest";
import { FLOAT, INTERVAL, RealInterval, Rational, iv, nextDown, nextUp } from "signcheck";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
const positive = fc.double({ noNaN: true, min: 1e-300, max: 1e300 });

describe("Rational", () => {
  ftest.prop([finite])("of(x) is exact: its bounds are x itself", (x) => {
    const { lower, upper } = Rational.of(x).bounds();
    expect(lower).toBe(x === 0 ? 0 : x);
    expect(upper).toBe(x === 0 ? 0 : x);
  });

  ftest.prop([finite, finite])("x + y: the float sum lies within one ulp of the exact sum, which the bounds bracket", (x, y) => {
    const s = Rational.of(x).add(Rational.of(y));
    const { lower, upper } = s.bounds();
    expect(lower <= upper && (lower === upper || nextUp(lower) === upper)).toBe(true);
    expect(Rational.of(lower).leq(s) && s.leq(Rational.of(upper))).toBe(true);
    const f = x + y;
    expect(f === lower || f === upper).toBe(true); // IEEE addition is correctly rounded
  });

  test("0.1 + 0.2 ≠ 0.3 exactly, and 1/3 is bracketed by adjacent floats", () => {
    expect(Rational.of(0.1).add(Rational.of(0.2)).cmp(Rational.of(0.3))).toBe(1);
    const third = Rational.int(1).div(Rational.int(3)).bounds();
    expect(nextUp(third.lower)).toBe(third.upper);
  });

  test("ceil of exact rationals", () => {
    expect(Rational.int(7).div(Rational.int(2)).ceil()).toBe(4n);
    expect(Rational.int(-7).div(Rational.int(2)).ceil()).toBe(-3n);
    expect(Rational.int(6).div(Rational.int(2)).ceil()).toBe(3n);
  });
});

describe("RealInterval", () => {
  ftest.prop([positive, positive])("each operation encloses its float result", (x, y) => {
    const a = iv(x);
    const b = iv(y);
    expect(a.add(b).contains(x + y)).toBe(true);
    expect(a.sub(b).contains(x - y)).toBe(true);
    expect(a.mul(b).contains(x * y)).toBe(true);
    expect(a.div(b).contains(x / y)).toBe(true);
    expect(a.sqrt().contains(Math.sqrt(x))).toBe(true);
    expect(a.log().contains(Math.log(x))).toBe(true);
  });

  ftest.prop([fc.double({ noNaN: true, min: -700, max: 700 })])("exp encloses the float exp, and the exact sum x + y is inside the sum's enclosure", (x) => {
    expect(iv(x).exp().contains(Math.exp(x))).toBe(true);
    const s = iv(x).add(iv(0.1));
    const exact = Rational.of(x).add(Rational.of(0.1));
    expect(Rational.of(s.lo).leq(exact) && exact.leq(Rational.of(s.hi))).toBe(true);
  });

  test("nextUp/nextDown step one ulp, across zero and at the subnormals", () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextDown(1)).toBe(1 - Number.EPSILON / 2);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextDown(0)).toBe(-Number.MIN_VALUE);
    expect(nextUp(-Number.MIN_VALUE)).toBe(0);
  });

  test("a formula written once gives the float value inside the interval value", () => {
    const f = <T>(A: typeof FLOAT | typeof INTERVAL, x: number) => {
      const a = A as unknown as { of(x: number): T; pow(a: T, p: T): T; add(a: T, b: T): T; exp(a: T): T };
      return a.add(a.pow(a.of(x), a.of(1.5)), a.exp(a.of(x)));
    };
    const v = f<number>(FLOAT, 3) as number;
    const w = f<RealInterval>(INTERVAL, 3) as RealInterval;
    expect(w.contains(v)).toBe(true);
    expect(w.width).toBeLessThan(1e-12 * v);
  });

  test("bad operands are typed errors", () => {
    expect(() => iv(-1).log()).toThrow(/log argument/);
    expect(() => iv(-1).sqrt()).toThrow(/sqrt argument/);
    expect(() => iv(1).div(new RealInterval(-1, 1))).toThrow(/divisor/);
    expect(() => new RealInterval(2, 1)).toThrow(/lo ≤ hi/);
  });
});
