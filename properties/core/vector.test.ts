import { describe, expect } from "vitest";
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { TOL, leq, close, axpy, dot, norm1, norm2, normInf, normP, dist2, scale, sub, vec, sign, signPositiveZero, signVec, DimensionError } from "signcheck";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const vector = fc.array(finite, { minLength: 1, maxLength: 30 }).map((xs) => Float64Array.from(xs));

describe("norms", () => {
  test.prop([vector])("‖x‖∞ ≤ ‖x‖₂ ≤ ‖x‖₁ ≤ √d‖x‖₂ ≤ d‖x‖∞", (x) => {
    const d = x.length;
    expect(leq(normInf(x), norm2(x), TOL.exact)).toBe(true);
    expect(leq(norm2(x), norm1(x), TOL.exact)).toBe(true);
    expect(leq(norm1(x), Math.sqrt(d) * norm2(x), TOL.exact)).toBe(true);
    expect(leq(Math.sqrt(d) * norm2(x), d * normInf(x), TOL.exact)).toBe(true);
  });

  test.prop([vector, fc.double({ min: 1, max: 8, noNaN: true })])("ℓp sits between ℓ∞ and ℓ1, and ℓ2 = √⟨x,x⟩ (where ⟨x,x⟩ does not underflow)", (x, p) => {
    fc.pre(dot(x, x) >= 2.2250738585072014e-308 || norm1(x) === 0);
    expect(leq(normInf(x), normP(x, p), TOL.exact)).toBe(true);
    expect(leq(normP(x, p), norm1(x), TOL.exact)).toBe(true);
    expect(close(norm2(x), Math.sqrt(dot(x, x)), TOL.exact)).toBe(true);
    expect(close(dist2(x, vec(new Array(x.length).fill(0))), norm2(x), TOL.exact)).toBe(true);
  });

  test.prop([vector, vector])("dist2(x, y) = ‖x − y‖₂ (same length)", (x, y0) => {
    const y = Float64Array.from({ length: x.length }, (_, i) => y0[i % y0.length]);
    expect(close(dist2(x, y), norm2(sub(x, y)), TOL.exact)).toBe(true);
  });

  test("no overflow or underflow in ℓ2 and ℓp", () => {
    expect(close(norm2(vec([1e300, 1e300])), Math.SQRT2 * 1e300, TOL.exact)).toBe(true);
    expect(close(norm2(vec([3e-300, 4e-300])), 5e-300, TOL.exact)).toBe(true);
    expect(Number.isFinite(normP(vec([1e300, 1e300]), 3))).toBe(true);
  });

  test.prop([vector, finite])("axpy: y ← y + a·x in place, elementwise exactly as written", (x, a) => {
    const y = Float64Array.from(x, (v, i) => Math.cos(i) * v);
    const before = Float64Array.from(y);
    const out = axpy(a, x, y);
    expect(out).toBe(y);
    for (let i = 0; i < x.length; i++) expect(y[i]).toBe(before[i] + a * x[i]);
    expect(Array.from(sub(y, scale(a, x)))).toEqual(Array.from(y, (v, i) => v - a * x[i]));
  });

  test("dimension mismatch is a typed error", () => {
    expect(() => dot(vec([1, 2]), vec([1]))).toThrow(DimensionError);
    expect(() => axpy(2, vec([1, 2]), vec([1]))).toThrow(DimensionError);
    expect(() => normP(vec([1]), 0.5)).toThrow(/p = 0.5/);
  });
});

describe("sign", () => {
  test("sign(0) = sign(−0) = 0; the alternative convention gives +1", () => {
    expect(sign(0)).toBe(0);
    expect(sign(-0)).toBe(0);
    expect(signPositiveZero(0)).toBe(1);
    expect(signPositiveZero(-0)).toBe(1);
    expect(Number.isNaN(sign(NaN))).toBe(true);
    expect(Array.from(signVec(vec([-2, 0, 3])))).toEqual([-1, 0, 1]);
    expect(Array.from(signVec(vec([-2, 0, 3]), undefined, "positive"))).toEqual([-1, 1, 1]);
  });

  test.prop([finite, fc.double({ min: 1e-300, max: 1e300, noNaN: true })])(
    "sign is invariant under positive scaling (when c·x does not underflow to 0)",
    (x, c) => {
      fc.pre(c * x !== 0 || x === 0);
      expect(sign(c * x)).toBe(sign(x));
    },
  );
});
