/**
 * Schedules (constant, k^(−1/2), prescribed) for stepsize, momentum and batch, and their validation:
 * a schedule value out of range at step k is a typed error naming `gamma(k)`, `beta(k)` or `batch(n)`.
 */
import { describe, expect, test } from "vitest";
import { InputError, Stream, coshSum, constant, gaussian, gradientOracle, invSqrt, mSignSgd, prescribed, runTrajectory, sgd, signSgd } from "signcheck";

describe("schedules", () => {
  test("constant, invSqrt and prescribed give the stated values", () => {
    expect([1, 2, 100].map(constant(0.3))).toEqual([0.3, 0.3, 0.3]);
    expect([1, 4, 100].map(invSqrt(0.5))).toEqual([0.5, 0.25, 0.05]);
    // A theorem's prescription, e.g. γ = 1/√(L·d·T) (bernstein18, Theorem 1 with ‖L⃗‖₁ = L·d, K = T).
    const gamma = prescribed(({ L, d, T }: { L: number; d: number; T: number }) => 1 / Math.sqrt(L * d * T), { L: 1, d: 4, T: 100 });
    expect(gamma(1)).toBe(0.05);
    expect(gamma(7)).toBe(0.05);
    expect(() => invSqrt(0)).toThrow(InputError);
  });

  test("a schedule-valued γ drives SignSGD: γ_k = γ₁/√k equals stepping by hand", () => {
    const fn = coshSum(2);
    const oracle = gradientOracle({ fn, noise: gaussian(), scale: 0 });
    const state = signSgd.init(Float64Array.of(1, -1), { gamma: invSqrt(0.1) }, new Stream("s"));
    runTrajectory(signSgd, state, oracle, 3);
    let x = 1;
    for (let k = 1; k <= 3; k++) x -= 0.1 / Math.sqrt(k);
    expect(state.x[0]).toBe(x);
  });

  test("out-of-range schedule values are typed errors at the step that meets them", () => {
    const fn = coshSum(2);
    const oracle = gradientOracle({ fn, noise: gaussian(), scale: 1 });
    const bad = (k: number) => (k < 3 ? 0.1 : -1);
    const s1 = sgd.init(Float64Array.of(1, 1), { gamma: bad }, new Stream("s"));
    expect(() => runTrajectory(sgd, s1, oracle, 5)).toThrow(/gamma\(3\)/);
    const s2 = mSignSgd.init(Float64Array.of(1, 1), { gamma: 0.1, beta: (k: number) => (k < 2 ? 0.5 : 1) }, new Stream("s"));
    expect(() => runTrajectory(mSignSgd, s2, oracle, 5)).toThrow(/beta\(2\)/);
    const s3 = signSgd.init(Float64Array.of(1, 1), { gamma: bad }, new Stream("s"));
    expect(() => runTrajectory(signSgd, s3, oracle, 5)).toThrow(InputError);
    // γ_k = 0 is out of range too (γ > 0, not ≥ 0): a step of size 0 would silently stop the run.
    for (const opt of [signSgd, sgd] as const) {
      const zero = opt.init(Float64Array.of(1, 1), { gamma: (k: number) => (k < 2 ? 0.1 : 0) }, new Stream("z"));
      expect(() => runTrajectory(opt as typeof sgd, zero as never, oracle, 3)).toThrow(/gamma\(2\)/);
    }
  });

  test("a batch schedule n ↦ B_n: the n-th sample averages B_n draws and counts them", () => {
    const fn = coshSum(3);
    const oracle = gradientOracle({ fn, noise: gaussian(), scale: 1, batch: (n) => n * n });
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.of(1, 2, 3), { gamma: 1e-3 }, new Stream("b")), oracle, 4);
    expect(stats.oracleCalls).toBe(1 + 4 + 9 + 16);
    expect(oracle.batch).toBe(16);
    const half = gradientOracle({ fn, noise: gaussian(), scale: 1, batch: () => 1.5 });
    expect(() => half.sample(Float64Array.of(0, 0, 0), new Stream("b"), new Float64Array(3))).toThrow(/batch\(1\)/);
  });
});
