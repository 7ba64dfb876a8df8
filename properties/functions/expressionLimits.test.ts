// fromExpression at its limits: every worst shape of expressionShapes.ts builds at the largest size
// EXPRESSION_LIMITS allows, with a gradient and Hessian that match finite differences, and one step
// further is a typed InputError naming the limit — never a stack overflow, an out-of-memory abort or
// an untyped RangeError. The build times are measured by `npm run bench -- expression`, not here.
import { beforeAll, describe, expect, test } from "vitest";
import { EXPRESSION_LIMITS, FINITE_DIFFERENCE, InputError, ParseError, close, fromExpression, norm2 } from "signcheck/internal";
import { EXPRESSION_SHAPES, largestAccepted } from "./expressionShapes.ts";
import { finiteDifferenceGradient, finiteDifferenceHessian } from "./finiteDifferences.ts";

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
}

// mathjs's parser is loaded on first use (≈ 2 s): once here, not inside the first test.
beforeAll(() => void fromExpression("x1", { dim: 1 }));

describe("functions/fromExpression limits", () => {
  test.each(EXPRESSION_SHAPES.map((s) => [s.name, s] as const))(
    "%s builds at the limit, with derivatives matching finite differences, and is refused one step past it",
    (_, shape) => {
      const n = largestAccepted(shape);
      expect(n).toBeGreaterThan(1);
      const { expression, dim } = shape.at(n);
      const f = fromExpression(expression, { dim });
      if (shape.point) {
        const x = shape.point(dim);
        expect(Number.isFinite(f.value(x))).toBe(true);
        const g = f.gradient(x);
        const fd = finiteDifferenceGradient(f, x);
        const scale = { atol: FINITE_DIFFERENCE.atol * (1 + norm2(g)), rtol: FINITE_DIFFERENCE.rtol };
        for (let i = 0; i < dim; i++) expect(close(fd[i], g[i], scale), `∂f/∂x${i + 1}: ${fd[i]} vs ${g[i]}`).toBe(true);
        if (dim <= 8) {
          const H = new Float64Array(dim * dim);
          const e = new Float64Array(dim);
          for (let j = 0; j < dim; j++) {
            e.fill(0);
            e[j] = 1;
            const column = f.hessianVector!(x, e);
            for (let i = 0; i < dim; i++) H[i * dim + j] = column[i];
          }
          const fdH = finiteDifferenceHessian(f, x);
          const hScale = { atol: FINITE_DIFFERENCE.atol * (1 + norm2(H)), rtol: FINITE_DIFFERENCE.rtol };
          for (let k = 0; k < dim * dim; k++) expect(close(fdH[k], H[k], hScale), `H[${k}]: ${fdH[k]} vs ${H[k]}`).toBe(true);
        }
      }
      if (n < shape.maxN) {
        const next = shape.at(n + 1);
        const error = refusal(() => fromExpression(next.expression, { dim: next.dim }));
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toMatch(/at most \d+/);
        expect(error.message.split("\n")).toHaveLength(1);
      }
    },
  );

  test("the issue's inputs: a tower of six, a 25-term sum, exp nested 12 deep build; dim 1e9 and a 3000-term sum are typed errors", () => {
    const tower = fromExpression("x1^x1^x1^x1^x1^x1", { dim: 1 });
    const x = Float64Array.of(1.2);
    expect(
      close(finiteDifferenceGradient(tower, x)[0], tower.gradient(x)[0], {
        atol: FINITE_DIFFERENCE.atol * (1 + Math.abs(tower.gradient(x)[0])),
        rtol: FINITE_DIFFERENCE.rtol,
      }),
    ).toBe(true);
    const sum = fromExpression(Array.from({ length: 25 }, (_, i) => `x${(i % 5) + 1}^${i + 2}`).join(" + "), { dim: 5 });
    expect(sum.gradient(Float64Array.of(1, 1, 1, 1, 1))[0]).toBe([2, 7, 12, 17, 22].reduce((s, p) => s + p, 0));
    const nested = fromExpression(`${"exp(".repeat(12)}x1${")".repeat(12)}`, { dim: 1 });
    // exp∘…∘exp overflows after five levels from any start: +∞, and the gradient is NaN, never a number.
    expect(nested.value(Float64Array.of(-800))).toBe(Infinity);
    expect(Number.isNaN(nested.gradient(Float64Array.of(-800))[0])).toBe(true);
    const dim = refusal(() => fromExpression("x1", { dim: 1e9 }));
    expect(dim).toBeInstanceOf(InputError);
    expect(dim.message).toContain(`[1, ${EXPRESSION_LIMITS.dim}]`);
    const long = refusal(() => fromExpression(Array.from({ length: 3000 }, () => "x1").join("+"), { dim: 1 }));
    expect(long).toBeInstanceOf(InputError);
    expect(long.message).toContain(`at most ${EXPRESSION_LIMITS.nodes} nodes`);
  });

  test("brackets deeper than the parser's stack are refused before parsing; the whitelist still names the token", () => {
    const deep = refusal(() => fromExpression(`${"(".repeat(1000)}x1${")".repeat(1000)}`, { dim: 1 }));
    expect(deep).toBeInstanceOf(InputError);
    expect(deep.message).toContain(`brackets nested at most ${EXPRESSION_LIMITS.depth} deep`);
    const tooLong = refusal(() => fromExpression("x1".padEnd(EXPRESSION_LIMITS.length + 1, " "), { dim: 1 }));
    expect(tooLong.message).toContain(`at most ${EXPRESSION_LIMITS.length} characters`);
    expect(refusal(() => fromExpression("x1 + import(x1)", { dim: 1 }))).toBeInstanceOf(ParseError);
    expect(refusal(() => fromExpression(`${"x1+".repeat(100)}cosh.constructor`, { dim: 1 })).message).toContain("constructor");
  });
});
