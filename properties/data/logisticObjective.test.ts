// The data-set logistic objective: gradient against finite differences and against the sum of the
// single-sample family, Hessian norm against Hessian-vector products, the computed constants
// (L = λ_max(AᵀA)/(4n) + λ passes the auditor), and the review's toy example (a = 1, y = ±1:
// f'(0) = 0, f''(0) = 1/4, so L0 ≥ 1/4 for every L1).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  FINITE_DIFFERENCE,
  TOL,
  auditSmoothness,
  close,
  csrFromDense,
  hessianNormFromProducts,
  logisticObjective,
  logisticSample,
  norm2,
} from "signcheck/internal";

const rows = [
  [1, 0, 2],
  [0, -1, 1],
  [3, 1, 0],
  [-1, 2, 1],
];
const y = Float64Array.from([1, -1, -1, 1]);

describe("data/logistic objective", () => {
  test("value and gradient equal the average of single-sample losses plus the ridge", () => {
    const f = logisticObjective(csrFromDense(rows), y, { lambda: 0.3 });
    const parts = rows.map((a, i) => logisticSample(a, y[i]));
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }), (ws) => {
        const w = Float64Array.from(ws);
        const ridge = 0.15 * norm2(w) ** 2;
        const avg = parts.reduce((s, p) => s + p.value(w), 0) / 4 + ridge;
        expect(close(f.value(w), avg, TOL.claim)).toBe(true);
        const g = f.gradient(w);
        const expected = new Float64Array(3);
        for (const p of parts) p.gradient(w).forEach((v, j) => (expected[j] += v / 4));
        for (let j = 0; j < 3; j++) expect(close(g[j], expected[j] + 0.3 * w[j], { atol: TOL.claim.rtol * (1 + norm2(g)), rtol: TOL.claim.rtol })).toBe(true);
        expect(
          close(
            f.hessianNorm(w),
            hessianNormFromProducts(3, (v, out) => f.hessianVector!(w, v, out)),
            TOL.claim,
          ),
        ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test("one-hot data (all values 1, the fast path) gives the same gradient as the single-sample sum", () => {
    const hot = [
      [1, 0, 1],
      [0, 1, 1],
      [1, 1, 0],
    ];
    const labels = Float64Array.from([1, -1, 1]);
    const f = logisticObjective(csrFromDense(hot), labels);
    const w = Float64Array.from([0.3, -1.1, 2]);
    const g = f.gradient(w);
    const expected = new Float64Array(3);
    hot.forEach((a, i) =>
      logisticSample(a, labels[i])
        .gradient(w)
        .forEach((v, j) => (expected[j] += v / 3)),
    );
    for (let j = 0; j < 3; j++) expect(close(g[j], expected[j], { atol: TOL.claim.rtol * norm2(expected), rtol: TOL.claim.rtol })).toBe(true);
  });

  test("finite differences agree with the gradient", () => {
    const f = logisticObjective(csrFromDense(rows), y);
    const w = Float64Array.from([0.2, -0.4, 0.7]);
    const g = f.gradient(w);
    for (let j = 0; j < 3; j++) {
      const h = 1e-5;
      const wp = Float64Array.from(w);
      const wm = Float64Array.from(w);
      wp[j] += h;
      wm[j] -= h;
      expect(close((f.value(wp) - f.value(wm)) / (2 * h), g[j], FINITE_DIFFERENCE)).toBe(true);
    }
  });

  test("the declared pair (λ_max(AᵀA)/(4n) + λ, 0) passes the auditor; L0 = 0 with L1 = max‖a_i‖ does not", () => {
    const f = logisticObjective(csrFromDense(rows), y, { lambda: 1 });
    expect(auditSmoothness(f, f.smoothness, { seed: 2, numRuns: 100 }).violated).toBe(false);
    expect(auditSmoothness(f, { L0: 0, L1: f.singleSampleL1 }, { seed: 2, numRuns: 100, forms: ["hessian"] }).violated).toBe(true);
  });

  test("review toy example: a = 1, y = ±1 has f'(0) = 0 and f''(0) = 1/4, so L0 ≥ 1/4 for every L1", () => {
    const f = logisticObjective(csrFromDense([[1], [1]]), Float64Array.from([1, -1]));
    const zero = new Float64Array(1);
    expect(f.gradient(zero)[0]).toBe(0);
    expect(f.hessianNorm(zero)).toBe(0.25);
    for (const L1 of [0, 1, 10, 1000]) expect(f.l0LowerBound(L1, zero)).toBe(0.25);
  });

  test("Newton reaches a stationary point of the ridge objective; bad input is refused", () => {
    const f = logisticObjective(csrFromDense(rows), y, { lambda: 0.5 });
    const gradTol = TOL.claim.rtol;
    const { w, gradNorm } = f.minimise({ gradTol });
    expect(gradNorm).toBeLessThanOrEqual(gradTol);
    expect(close(f.fStar, f.value(w), TOL.exact)).toBe(true);
    expect(() => logisticObjective(csrFromDense(rows), y).minimise()).toThrow(/mu/);
    expect(() => logisticObjective(csrFromDense(rows), Float64Array.from([1, 0, 1, 1]))).toThrow(/y\[1\]/);
    expect(() => logisticObjective(csrFromDense(rows), y, { lambda: -1 })).toThrow(/lambda/);
    expect(() => f.gradient(new Float64Array(2))).toThrow(/length/);
  });
});
