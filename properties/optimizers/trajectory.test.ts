/**
 * Trajectory statistics (runTrajectory): divergence ends the run, thinned recording, optional
 * statistics, sign-mismatch counting; and the runner's one-gradient-per-step path (∇f handed to the
 * step and the oracle) equals the plain loop in which the oracle differentiates f itself, bit for bit,
 * for every sign-based method of the registry.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  OPTIMIZERS,
  Stream,
  arb,
  coshSum,
  gaussian,
  gradientOracle,
  noiseFromSpec,
  norm1,
  norm2,
  runTrajectory,
  sgd,
  signSgd,
  type GradientOracle,
  type NoiseSpec,
} from "signcheck/internal";
import { scriptedOracle } from "./scriptedOracle.ts";

describe("runTrajectory", () => {
  test("an overflowing iterate ends the run as diverged, with +∞ statistics", () => {
    const fn = coshSum(2);
    const o = gradientOracle({ fn, noise: gaussian(), scale: 0 });
    const s = runTrajectory(sgd, sgd.init(Float64Array.of(3, -3), { gamma: 50 }, new Stream("div")), o, 100, { gap: true, norm2: true });
    expect(s.diverged).toBe(true);
    expect(s.divergedAt).toBeLessThan(10);
    expect([s.meanGradNorm1, s.meanGradNorm2, s.minGap, s.finalGap]).toEqual([Infinity, Infinity, Infinity, Infinity]);
    // Without the per-step gap, the same run is caught at the same step (the gradient overflows with f).
    const lean = runTrajectory(sgd, sgd.init(Float64Array.of(3, -3), { gamma: 50 }, new Stream("div")), o, 100);
    expect([lean.diverged, lean.divergedAt, lean.meanGradNorm1, lean.minGap, lean.meanGradNorm2]).toEqual([true, s.divergedAt, Infinity, undefined, undefined]);
  });

  test("a non-finite iterate is caught where f refuses it, and ends the run as diverged", () => {
    const fn = coshSum(2);
    const inf = scriptedOracle(fn, [[-Infinity, -Infinity]]);
    const s = runTrajectory(sgd, sgd.init(Float64Array.of(1, 1), { gamma: 0.1 }, new Stream("inf")), inf, 5);
    expect([s.diverged, s.divergedAt, s.meanGradNorm1, s.finalGap]).toEqual([true, 2, Infinity, Infinity]);
  });

  test("optional statistics: the least gap over k = 1 … T + 1 and S₂ equal their definitions; S₁ does not depend on them", () => {
    const fn = coshSum(3);
    const x0 = Float64Array.of(0.7, -1.2, 2);
    const o = () => gradientOracle({ fn, noise: gaussian(), scale: 1 });
    const T = 40;
    const full = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-2 }, new Stream("opt")), o(), T, { gap: true, norm2: true, mismatches: true });
    const lean = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-2 }, new Stream("opt")), o(), T);
    const state = signSgd.init(x0, { gamma: 1e-2 }, new Stream("opt"));
    const oracle = o();
    let minGap = Infinity;
    let s2 = 0;
    for (let k = 1; k <= T; k++) {
      minGap = Math.min(minGap, fn.value(state.x) - fn.fStar);
      s2 += norm2(fn.gradient(state.x));
      signSgd.step(state, oracle);
    }
    minGap = Math.min(minGap, fn.value(state.x) - fn.fStar);
    expect([full.minGap, full.meanGradNorm2, full.finalGap]).toEqual([minGap, s2 / T, fn.value(state.x) - fn.fStar]);
    expect([lean.minGap, lean.meanGradNorm2]).toEqual([undefined, undefined]);
    expect(full.signMismatches).toBeGreaterThan(0); // unit noise against |∇f_1| ≈ sinh(0.7) ≈ 0.76 flips about a fifth of the signs
    expect({ ...lean, minGap: 0, meanGradNorm2: 0, signMismatches: 0 }).toEqual({ ...full, minGap: 0, meanGradNorm2: 0, signMismatches: 0 });
  });

  test("thinned recording keeps k = 1 and every `every`-th iterate; statistics are unchanged by recording", () => {
    const fn = coshSum(3);
    const o = () => gradientOracle({ fn, noise: gaussian(), scale: 1 });
    const run = (record?: { every: number }) =>
      runTrajectory(signSgd, signSgd.init(Float64Array.of(1, 2, 3), { gamma: 1e-2 }, new Stream("rec")), o(), 25, { record });
    const a = run({ every: 10 });
    const b = run();
    expect(a.record!.k).toEqual([1, 10, 20]);
    expect(a.record!.gradNorm1[0]).toBe(Math.sinh(1) + Math.sinh(2) + Math.sinh(3));
    expect({ ...a, record: undefined }).toEqual({ ...b, record: undefined });
  });

  test("sign mismatches (on request): 0 without noise, T·d with an oracle that flips every sign", () => {
    const fn = coshSum(4);
    const x0 = Float64Array.of(1, -2, 0.5, -0.1);
    const clean = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-3 }, new Stream("m")), gradientOracle({ fn, noise: gaussian(), scale: 0 }), 10, {
      mismatches: true,
    });
    expect(clean.signMismatches).toBe(0);
    const flip: GradientOracle = {
      fn,
      dim: 4,
      batch: 1,
      calls: 0,
      sample(x, _s, out) {
        fn.gradient(x, out);
        for (let i = 0; i < 4; i++) out[i] = -out[i];
        return out;
      },
    };
    const flipped = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-3 }, new Stream("m")), flip, 10, { mismatches: true });
    expect(flipped.signMismatches).toBe(40);
    expect(runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-3 }, new Stream("m")), flip, 10).signMismatches).toBeUndefined();
  });
});

describe("one gradient per step", () => {
  const signBased = OPTIMIZERS.filter((e) => /sign|majority/i.test(e.name));
  const laws: NoiseSpec[] = [
    { law: "studentT", nu: 1.5 },
    { law: "gaussian" },
    { law: "twoPoint", q: 0.2 },
    { law: "symmetricStable", alpha: 1.5 },
    { law: "laplace" },
  ];

  test.each(signBased.map((e) => [e.name, e] as const))("%s: runTrajectory equals the loop where the oracle differentiates f itself, bit for bit", (_n, e) => {
    fc.assert(
      fc.property(
        arb.dimension({ min: 1, max: 6 }).chain((d) =>
          fc.record({
            x0: arb.startingPoint(d, 2),
            T: fc.integer({ min: 1, max: 40 }),
            noise: fc.constantFrom(...laws),
            scale: fc.oneof(fc.constant(0), arb.logUniform(1e-2, 10)),
            batch: fc.constantFrom(1, 3, 40),
            seed: fc.nat(),
          }),
        ),
        ({ x0, T, noise, scale, batch, seed }) => {
          const d = x0.length;
          const oracle = () => gradientOracle({ fn: coshSum(d), noise: noiseFromSpec(noise), scale, batch: (e.batch ?? 1) * batch });
          const fast = runTrajectory(e.optimizer, e.optimizer.init(x0, e.params(d), new Stream(`g-${seed}`)), oracle(), T);
          const state = e.optimizer.init(x0, e.params(d), new Stream(`g-${seed}`));
          const o = oracle();
          let s1 = 0;
          for (let k = 1; k <= T; k++) {
            s1 += norm1(coshSum(d).gradient(state.x));
            e.optimizer.step(state, o);
          }
          return Object.is(fast.meanGradNorm1, s1 / T) && fast.oracleCalls === o.calls && Object.is(fast.finalGap, coshSum(d).value(state.x) - d);
        },
      ),
      { numRuns: 40 },
    );
  });
});
