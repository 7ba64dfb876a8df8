// The non-examples of docs/seed-errata.md, background: function families are caught by the smoothness auditor with a shrunk counterexample,
// and the counterexample really violates the Hessian form (recomputed here from its coordinates).
import { describe, expect, test } from "vitest";
import { auditSmoothness, doubleWell, fromExpression, smoothnessSides, sidesViolate, TOL, type SmoothFunction, type SmoothnessConstants } from "signcheck";

const nonExamples: [string, SmoothFunction, SmoothnessConstants][] = [
  ["x²y² with (1, 1)", fromExpression("x1^2 * x2^2", { dim: 2 }), { L0: 1, L1: 1 }],
  ["exp(x²) with (1, 1)", fromExpression("exp(x1^2)", { dim: 1 }), { L0: 1, L1: 1 }],
  // Two samples a = 1 with labels ±1: f = (softplus(−x) + softplus(x))/2, f'(0) = 0, f''(0) = 1/4.
  ["two-sample logistic with L0 = 0", fromExpression("(log(1 + exp(-x1)) + log(1 + exp(x1))) / 2", { dim: 1 }), { L0: 0, L1: 1 }],
  ["double well with (8, 1)", doubleWell(2), { L0: 8, L1: 1 }],
  // f' = −x(1 + sin(x)/2) is (1.5, 1)-smooth; adding the ridge x²/2 breaks every pair (g'(kπ) = 0, |g''(kπ)| = kπ/2).
  ["sin-modulated + ridge with (2.5, 1)", fromExpression("-x1^2/2 - 0.5*(sin(x1) - x1*cos(x1)) + x1^2/2", { dim: 1 }), { L0: 2.5, L1: 1 }],
  ["x⁴ with (1, 3)", fromExpression("x1^4", { dim: 1 }), { L0: 1, L1: 3 }],
];

describe.each(nonExamples)("functions/non-example %s", (_, f, pair) => {
  test("is caught in the Hessian form with a shrunk counterexample that violates it", () => {
    const audit = auditSmoothness(f, pair, { seed: 11, numRuns: 150, forms: ["hessian"] });
    const h = audit.forms[0];
    expect(h.violated).toBe(true);
    const ce = h.counterexample!;
    expect(sidesViolate(smoothnessSides(f, pair, "hessian", Float64Array.from(ce.x)), TOL.claim)).toBe(true);
    expect(ce.ratio).toBeGreaterThan(1);
  });
  test("is caught by the first-order forms too (sup form or Lemma 1 (1) sharp)", () => {
    const audit = auditSmoothness(f, pair, { seed: 11, numRuns: 150, forms: ["sup", "eq1-sharp"] });
    expect(audit.violated).toBe(true);
  });
});

test("functions/non-example the sin-modulated function without ridge is (1.5, 1)-smooth: no false alarm", () => {
  const f = fromExpression("-x1^2/2 - 0.5*(sin(x1) - x1*cos(x1))", { dim: 1 });
  expect(auditSmoothness(f, { L0: 1.5, L1: 1 }, { seed: 11, numRuns: 150 }).violated).toBe(false);
});

test("functions/non-example shrinking moves x²y²'s counterexample onto an axis", () => {
  const f = fromExpression("x1^2 * x2^2", { dim: 2 });
  const ce = auditSmoothness(f, { L0: 1, L1: 1 }, { seed: 11, numRuns: 150, forms: ["hessian"] }).forms[0].counterexample!;
  // At (0, t) or (t, 0): ∇f = 0 and ‖∇²f‖ = 2t², so the simplest counterexample sits on an axis with |t| just above 1/√2.
  expect(Math.min(Math.abs(ce.x[0]), Math.abs(ce.x[1]))).toBe(0);
  expect(Math.max(Math.abs(ce.x[0]), Math.abs(ce.x[1]))).toBeLessThan(1);
});
