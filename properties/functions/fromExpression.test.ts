// fromExpression: the symbolic gradient and Hessian agree with the closed forms, and the restricted
// parser refuses everything that is not arithmetic on x1…x_dim with whitelisted smooth functions,
// with a ParseError naming the offending token.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ParseError, TOL, close, expAffine, fromExpression, norm2 } from "signcheck";

describe("functions/fromExpression", () => {
  test("gradient and Hessian norm agree with the closed-form family exp(aᵀx)", () => {
    const f = fromExpression("exp(0.5*x1 - 2*x2)", { dim: 2 });
    const g = expAffine([0.5, -2]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 }), (xs) => {
        const x = Float64Array.from(xs);
        expect(close(f.value(x), g.value(x), TOL.claim)).toBe(true);
        const a = f.gradient(x);
        const b = g.gradient(x);
        for (let i = 0; i < 2; i++) expect(close(a[i], b[i], { atol: TOL.claim.rtol * norm2(b), rtol: TOL.claim.rtol })).toBe(true);
        expect(close(f.hessianNorm(x), g.hessianNorm(x), TOL.claim)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("the issue's example: log(1 + exp(-x1*x2)) + x3^4 has gradient (−x2 s, −x1 s, 4x3³), s = σ(−x1x2)", () => {
    const f = fromExpression("log(1 + exp(-x1*x2)) + x3^4", { dim: 3 });
    const x = Float64Array.from([0.7, -1.3, 0.4]);
    const s = 1 / (1 + Math.exp(x[0] * x[1]));
    const expected = [-x[1] * s, -x[0] * s, 4 * x[2] ** 3];
    const g = f.gradient(x);
    for (let i = 0; i < 3; i++) expect(close(g[i], expected[i], TOL.claim)).toBe(true);
  });

  test.each([
    ["import({a: 1})", "import"],
    ['createUnit("foo")', "createUnit"],
    ['evaluate("1+1")', "evaluate"],
    ['parse("x1")', "parse"],
    ['simplify("x1")', "simplify"],
    ['derivative("x1^2", "x1")', "derivative"],
    ['compile("x1")', "compile"],
    ["f(x) = x^2", "f"],
    ["a = 1", "a"],
    ["x1.constructor", "constructor"],
    ["[1, 2]", "[1, 2]"],
    ["{a: 1}", "ObjectNode"],
    ["x1 > 0 ? x1 : 0", "?"],
    ["x4 + x1", "x4"],
    ["y + 1", "y"],
    ["cos(x1); x2", ";"],
  ])("refuses %s, naming the token %s", (expression, token) => {
    let error: unknown;
    try {
      fromExpression(expression, { dim: 3 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toContain(token);
  });

  test("a malformed expression gets a ParseError, not a wrong number", () => {
    expect(() => fromExpression("1 +* x1", { dim: 1 })).toThrow(ParseError);
    expect(() => fromExpression("", { dim: 1 })).toThrow(ParseError);
    expect(() => fromExpression("x1", { dim: 0 })).toThrow(/dim/);
  });
});

describe("fromExpression: arity and domain", () => {
  test.each(["exp(x1, x2)", "sqrt(x1, 2)", "atan(x1, x1)", "exp()", "log1p(x1)"])("%s is a ParseError naming the function", (expr) => {
    expect(() => fromExpression(expr, { dim: 2 })).toThrow(ParseError);
  });

  test("outside the domain the value, gradient and Hessian norm are all NaN (never a finite gradient of an undefined f)", () => {
    const f = fromExpression("log(x1)", { dim: 1 });
    const x = Float64Array.of(-0.5);
    expect(Number.isNaN(f.value(x))).toBe(true);
    expect(Number.isNaN(f.gradient(x)[0])).toBe(true);
    expect(Number.isNaN(f.hessianNorm(x))).toBe(true);
  });
});
