// Metamorphic laws of the closure combinators (docs/seed-errata.md, background: function families) and of random functions: an affine
// map and its composition agree, scaling scales the constants as derived, a separable sum of one block
// is that block, and every random function's declared pair passes the auditor.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  SIGMA_MIN_RTOL,
  TOL,
  affineMap,
  auditSmoothness,
  close,
  coshSum,
  expAffine,
  functionFromSpec,
  logisticSample,
  plusBoundedGradient,
  logCoshSum,
  powerNorm,
  scaled,
  separableSum,
  smoothFunctionArbitrary,
  specDim,
  norm2,
} from "signcheck/internal";

const point = (d: number) => fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }).map((a) => Float64Array.from(a));

describe("functions/combinators", () => {
  test("rank-one affine map of exp(u) is exp(aᵀx + b), with constants (‖a‖²·0, ‖a‖·1)", () => {
    const a = [0.6, -0.8, 1.2];
    const g = affineMap(expAffine([1]), [a], [0.3]);
    const direct = expAffine(a);
    // The derived L1 is inflated by the declared error of σ_min (SIGMA_MIN_RTOL) so that it stays proved.
    expect(g.smoothness.L1).toBeGreaterThanOrEqual(direct.smoothness.L1);
    expect(close(g.smoothness.L1, direct.smoothness.L1, { atol: 0, rtol: 2 * SIGMA_MIN_RTOL })).toBe(true);
    expect(g.smoothness.L0).toBe(0);
    fc.assert(
      fc.property(point(3), (x) => {
        expect(close(g.value(x), Math.exp(0.3) * direct.value(x), TOL.claim)).toBe(true);
        const gx = g.gradient(x);
        const dx = direct.gradient(x);
        for (let i = 0; i < 3; i++) expect(close(gx[i], Math.exp(0.3) * dx[i], TOL.claim)).toBe(true);
        expect(close(g.hessianNorm(x), Math.exp(0.3) * direct.hessianNorm(x), TOL.claim)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test("composing two affine maps equals the affine map of the product", () => {
    const inner = coshSum(2);
    const M1 = [
      [1, 0.5],
      [-0.3, 2],
    ];
    const M2 = [
      [0.7, 0.1, -1],
      [0.2, 1, 0.4],
    ];
    const composed = affineMap(affineMap(inner, M1, [0.1, -0.2]), M2, [0.5, 0]);
    // f(M1(M2x + b2) + b1) = f((M1M2)x + M1b2 + b1)
    const P = M1.map((r) => [0, 1, 2].map((j) => r[0] * M2[0][j] + r[1] * M2[1][j]));
    const c = M1.map((r, i) => r[0] * 0.5 + r[1] * 0 + [0.1, -0.2][i]);
    const direct = affineMap(inner, P, c);
    fc.assert(
      fc.property(point(3), (x) => {
        expect(close(composed.value(x), direct.value(x), TOL.claim)).toBe(true);
        const a = composed.gradient(x);
        const b = direct.gradient(x);
        for (let i = 0; i < 3; i++) expect(close(a[i], b[i], { atol: TOL.claim.rtol * norm2(b), rtol: TOL.claim.rtol })).toBe(true);
        expect(close(composed.hessianNorm(x), direct.hessianNorm(x), TOL.claim)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test("a non-surjective map is refused (e^u + e^{−v} on u = v = t)", () => {
    const f = separableSum([expAffine([1]), expAffine([-1])]);
    expect(() => affineMap(f, [[1], [1]])).toThrow(/full row rank|d ≥ m/);
    expect(() =>
      affineMap(f, [
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(/full row rank/);
  });

  test("scaling by c multiplies L0 and the least-L0 curve by c and keeps L1", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (c, L1) => {
        const f = powerNorm(4, 2);
        const g = scaled(c, f);
        expect(close(g.smoothness.L0, c * f.smoothness.L0, TOL.exact)).toBe(true);
        expect(g.smoothness.L1).toBe(f.smoothness.L1);
        expect(close(g.validL0!(L1), c * f.validL0!(L1), TOL.exact)).toBe(true);
      }),
    );
    // x⁴ = 4·(x⁴/4): L0*(L1) = 16/L1², so Gorbunov et al.'s (4, 3) is valid (16/9 ≤ 4).
    const x4 = scaled(4, powerNorm(4, 1));
    expect(close(x4.validL0!(3), 16 / 9, TOL.exact)).toBe(true);
  });

  test("a separable sum of one block is that block", () => {
    const f = logisticSample([1, -2], 1);
    const s = separableSum([f]);
    expect(s.smoothness.L0).toBe(f.smoothness.L0);
    expect(s.smoothness.L1).toBe(f.smoothness.L1);
    fc.assert(
      fc.property(point(2), (x) => {
        expect(s.value(x)).toBe(f.value(x));
        expect(Array.from(s.gradient(x))).toEqual(Array.from(f.gradient(x)));
        expect(s.hessianNorm(x)).toBe(f.hessianNorm(x));
      }),
      { numRuns: 50 },
    );
  });

  test("R4: (L0,L1)-smooth + L-smooth with bounded gradient has the derived constants and passes the auditor", () => {
    const g = logCoshSum(2);
    const h = plusBoundedGradient(expAffine([1, 1]), g, g.gradientBound);
    expect(close(h.smoothness.L0, 0 + 1 + Math.SQRT2 * Math.SQRT2, TOL.exact)).toBe(true);
    expect(auditSmoothness(h, h.smoothness, { seed: 5, numRuns: 100 }).violated).toBe(false);
  });

  test("bad input gets typed errors: negative scale, wrong matrix shape", () => {
    expect(() => scaled(-1, coshSum(1))).toThrow(/c = -1/);
    expect(() => affineMap(coshSum(2), [[1, 0]])).toThrow(/rows/);
  });
});

describe("functions/random functions", () => {
  test("every random function rebuilds, has the spec's dimension, and its declared pair passes the auditor", () => {
    fc.assert(
      fc.property(smoothFunctionArbitrary(), (spec) => {
        const f = functionFromSpec(spec);
        expect(f.dim).toBe(specDim(spec));
        const audit = auditSmoothness(f, f.smoothness, { seed: 3, numRuns: 25, radius: 2, extremeRadius: 4, climbStarts: 2, climbSteps: 30 });
        for (const form of audit.forms) expect(form.counterexample, `${JSON.stringify(spec)} ${form.form}`).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
  test.each([
    [1, 1],
    [4, 4],
    [2, 3],
  ])("with maxLeafDim %i and maxDim %i every drawn function respects the dimension limit", (maxLeafDim, maxDim) => {
    fc.assert(
      fc.property(smoothFunctionArbitrary({ maxLeafDim, maxDim }), (spec) => specDim(spec) <= maxDim),
      { numRuns: 200 },
    );
  });
  test("a zero vector a is refused: it makes exp(aᵀx) constant, with f* = 1, not a member of the family", () => {
    expect(() => expAffine([0, 0])).toThrow(/a = "the zero vector"/);
  });
  test("shrinking goes to smaller dimensions: a failing predicate on dimension ≥ 2 shrinks to dimension 2", () => {
    const out = fc.check(
      fc.property(smoothFunctionArbitrary(), (spec) => specDim(spec) < 2),
      { numRuns: 200 },
    );
    expect(out.failed).toBe(true);
    expect(specDim(out.counterexample![0])).toBe(2);
  });
});
