// Laws of the function families (docs/seed-errata.md, background: function families): declared (L0, L1) pairs pass the smoothness auditor on
// random and extreme points in every form, gradients match finite differences, Hessian norms match
// the norm computed from Hessian-vector products, and the least-L0 curves are attained.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  FINITE_DIFFERENCE,
  SAMPLED_SUPREMUM,
  auditSmoothness,
  close,
  coshSum,
  doubleWell,
  expAffine,
  hessianNormFromProducts,
  logCoshSum,
  logSumExp,
  logisticSample,
  minimalL0LowerBound,
  norm2,
  polynomial1d,
  powerNorm,
  softmaxCrossEntropy,
  TOL,
  type SmoothFunction,
} from "signcheck/internal";
import { finiteDifferenceGradient } from "./finiteDifferences.ts";

const families: [string, SmoothFunction][] = [
  ["exp(aᵀx)", expAffine([0.7, -1.2])],
  ["logistic", logisticSample([1.5, -2, 0.5], -1)],
  ["‖x‖⁴/4", powerNorm(4, 3)],
  ["‖x‖³/3", powerNorm(3, 2)],
  ["Σcosh", coshSum(3)],
  ["double well", doubleWell(2)],
  ["softmax CE", softmaxCrossEntropy([1, -0.5], 1, 3)],
  ["log-sum-exp", logSumExp(3)],
  ["Σ log cosh", logCoshSum(2)],
];

describe.each(families)("functions/%s", (_, f) => {
  test("declared (L0, L1) passes the auditor in every form (no false alarm)", () => {
    const audit = auditSmoothness(f, f.smoothness, { seed: 7, numRuns: 150 });
    for (const form of audit.forms) expect(form.counterexample, `${form.form}: ${JSON.stringify(form.worst)}`).toBeUndefined();
    for (const form of audit.forms) expect(form.evaluated).toBeGreaterThan(form.nonFinite);
  });

  test("gradient agrees with central differences; Hessian norm with Hessian-vector products", () => {
    const x = Float64Array.from({ length: f.dim }, (_, i) => 0.3 * Math.sin(i + 1) + 0.1);
    const g = f.gradient(x);
    const fd = finiteDifferenceGradient(f, x);
    for (let i = 0; i < f.dim; i++) expect(close(fd[i], g[i], { atol: FINITE_DIFFERENCE.atol * (1 + norm2(g)), rtol: FINITE_DIFFERENCE.rtol })).toBe(true);
    const viaHv = hessianNormFromProducts(f.dim, (v, out) => f.hessianVector!(x, v, out));
    expect(close(f.hessianNorm(x), viaHv, TOL.claim)).toBe(true);
  });

  test("bad input gets a typed error: wrong length, NaN", () => {
    expect(() => f.value(new Float64Array(f.dim + 1))).toThrow(/length/);
    expect(() => f.gradient(new Float64Array(f.dim).fill(NaN))).toThrow(/finite/);
  });
});

describe("functions/least L0 curves", () => {
  test("the sampled lower bound on L0*(L1) approaches the proved curve", () => {
    for (const [f, L1] of [
      [powerNorm(4, 1), 0.5],
      [powerNorm(4, 2), 2],
      [powerNorm(3, 2), 1],
      [logisticSample([3], 1), 1],
      [logisticSample([3], 1), 0.5],
      [coshSum(2), 1],
    ] as const) {
      const proved = f.validL0!(L1);
      const found = minimalL0LowerBound(f, L1, { seed: 3, radius: 6 });
      // The sample can only bound from below; local maximisation gets close to the supremum.
      expect(found.L0).toBeLessThanOrEqual(proved * (1 + TOL.claim.rtol) + TOL.claim.atol);
      expect(close(found.L0, proved, SAMPLED_SUPREMUM)).toBe(true);
    }
  });
  test("function families (docs/seed-errata.md, background): logistic ‖a‖ = 3 gives L0* = 1.5625, 1, 0.25, 0 at L1 = .5, 1, 2, 3", () => {
    const f = logisticSample([3], 1);
    const got = [0.5, 1, 2, 3].map((L1) => f.validL0!(L1));
    expect(got).toEqual([1.5625, 1, 0.25, 0]);
  });
});

describe("functions/polynomial1d", () => {
  test("x⁴ with L1 = 3: the proved L0 is at least the exact 16/9 and passes the auditor", () => {
    const p = polynomial1d([0, 0, 0, 0, 1], 3);
    expect(p.smoothness.L0).toBeGreaterThanOrEqual(16 / 9);
    expect(auditSmoothness(p, p.smoothness, { seed: 4, numRuns: 100 }).violated).toBe(false);
    expect(p.fStar).toBe(0);
  });
  test("random polynomials of degree 2–6: the declared pair passes the auditor, odd degrees are unbounded below", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 3, maxLength: 7 }).filter((c) => Math.abs(c[c.length - 1]) > 0.1),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (c, L1) => {
          const p = polynomial1d(c, L1);
          expect(p.unboundedBelow === true).toBe((c.length - 1) % 2 === 1 || c[c.length - 1] < 0);
          for (const form of auditSmoothness(p, p.smoothness, { seed: 4, numRuns: 40, climbSteps: 30 }).forms)
            expect(form.counterexample, form.form).toBeUndefined();
        },
      ),
      { numRuns: 25 },
    );
  });
  test("bad input: degree below 2, L1 = 0 above degree 2", () => {
    expect(() => polynomial1d([1, 2])).toThrow(/degree/);
    expect(() => polynomial1d([0, 0, 0, 1], 0)).toThrow(/L1/);
  });
});
