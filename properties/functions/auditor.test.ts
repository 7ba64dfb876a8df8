// The smoothness auditor's own laws: the trajectory relation of Zhang et al. 2020 on gradient descent,
// the seed's "L = ‖y‖²" for the logistic loss (a valid but 4× loose L: the auditor passes (‖a‖², 0)
// and catches (‖a‖²/4 − 0.01, 0)), and typed errors for bad constants and forms.
import { describe, expect, test } from "vitest";
import { auditSmoothness, coshSum, expAffine, logisticSample, trajectorySmoothness, type SmoothnessForm } from "signcheck";

describe("functions/auditor", () => {
  test("along gradient descent on Σcosh, local smoothness grows with the gradient norm and fits (1, 1)", () => {
    const f = coshSum(2);
    const xs: Float64Array[] = [Float64Array.of(4, -3)];
    for (let k = 0; k < 60; k++) {
      const x = xs[xs.length - 1];
      const g = f.gradient(x);
      xs.push(Float64Array.from(x, (v, i) => v - 0.02 * g[i]));
    }
    const tr = trajectorySmoothness(f, xs);
    expect(tr.points.length).toBe(60);
    // Far from the minimum, local smoothness is large where the gradient is; the fitted L0 for L1 = 1 stays ≤ 1.
    expect(tr.points[0].localSmoothness).toBeGreaterThan(tr.points[59].localSmoothness);
    expect(tr.L0For(1)).toBeLessThanOrEqual(f.smoothness.L0);
    expect(tr.L0For(0)).toBeGreaterThan(f.smoothness.L0);
  });

  test("logistic: L = ‖a‖² (the seed's ‖y‖²) passes as an L-smooth constant; ‖a‖²/4 is the tight one", () => {
    const a = [1.2, -0.7, 2];
    const f = logisticSample(a, 1);
    const n2 = a.reduce((s, v) => s + v * v, 0);
    expect(auditSmoothness(f, { L0: n2, L1: 0 }, { seed: 9, numRuns: 100 }).violated).toBe(false);
    expect(auditSmoothness(f, { L0: n2 / 4, L1: 0 }, { seed: 9, numRuns: 100 }).violated).toBe(false);
    expect(auditSmoothness(f, { L0: 0.99 * (n2 / 4), L1: 0 }, { seed: 9, numRuns: 100, forms: ["hessian"] }).violated).toBe(true);
  });

  test("exp(aᵀx): L1 below ‖a‖ is caught in every form with L0 = 0", () => {
    const f = expAffine([0.6, 0.8]);
    const audit = auditSmoothness(f, { L0: 0, L1: 0.9 }, { seed: 9, numRuns: 100 });
    expect(audit.forms.filter((r) => r.violated).map((r) => r.form)).toEqual(["hessian", "sup", "eq1", "eq1-sharp", "eq2", "eq2-sharp"]);
  });

  test("bad input: negative constants, unknown form, a trajectory of one point", () => {
    const f = coshSum(1);
    expect(() => auditSmoothness(f, { L0: -1, L1: 1 }, { numRuns: 5 })).toThrow(/L0/);
    expect(() => auditSmoothness(f, { L0: 1, L1: 1 }, { forms: ["eq3" as SmoothnessForm] })).toThrow(/forms/);
    expect(() => trajectorySmoothness(f, [Float64Array.of(1)])).toThrow(/at least 2/);
  });
});
