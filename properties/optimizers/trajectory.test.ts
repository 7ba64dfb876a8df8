/**
 * Trajectory statistics (runTrajectory): divergence ends the run, thinned recording, sign-mismatch
 * counting; and the fused mc-signsgd loop equals the generic SignSGD path exactly on small cases.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  Stream, arb, coshSum, gaussian, gradientOracle, mcSignSgdCosh, runTrajectory, sgd, signSgd, studentT, type GradientOracle,
} from "signcheck";

describe("runTrajectory", () => {
  test("an overflowing iterate ends the run as diverged, with +∞ statistics", () => {
    const fn = coshSum(2);
    const o = gradientOracle({ fn, noise: gaussian(), scale: 0 });
    const s = runTrajectory(sgd, sgd.init(Float64Array.of(3, -3), { gamma: 50 }, new Stream("div")), o, 100);
    expect(s.diverged).toBe(true);
    expect(s.divergedAt).toBeLessThan(10);
    expect([s.meanGradNorm1, s.minGap, s.finalGap]).toEqual([Infinity, Infinity, Infinity]);
  });

  test("a NaN gradient from the oracle ends the run as diverged", () => {
    const fn = coshSum(2);
    const nan: GradientOracle = { fn, dim: 2, batch: 1, calls: 0, sample(_x, _s, out) { out.fill(NaN); this.calls++; return out; } };
    const s = runTrajectory(sgd, sgd.init(Float64Array.of(1, 1), { gamma: 0.1 }, new Stream("nan")), nan, 5);
    expect(s.diverged).toBe(true);
    expect(s.divergedAt).toBe(2);
  });

  test("thinned recording keeps k = 1 and every `every`-th iterate; statistics are unchanged by recording", () => {
    const fn = coshSum(3);
    const o = () => gradientOracle({ fn, noise: gaussian(), scale: 1 });
    const run = (record?: { every: number }) => runTrajectory(signSgd, signSgd.init(Float64Array.of(1, 2, 3), { gamma: 1e-2 }, new Stream("rec")), o(), 25, { record });
    const a = run({ every: 10 });
    const b = run();
    expect(a.record!.k).toEqual([1, 10, 20]);
    expect(a.record!.gradNorm1[0]).toBe(Math.sinh(1) + Math.sinh(2) + Math.sinh(3));
    expect({ ...a, record: undefined }).toEqual({ ...b, record: undefined });
  });

  test("sign mismatches: 0 without noise, T·d with an oracle that flips every sign", () => {
    const fn = coshSum(4);
    const x0 = Float64Array.of(1, -2, 0.5, -0.1);
    const clean = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-3 }, new Stream("m")), gradientOracle({ fn, noise: gaussian(), scale: 0 }), 10);
    expect(clean.signMismatches).toBe(0);
    const flip: GradientOracle = { fn, dim: 4, batch: 1, calls: 0, sample(x, _s, out) { fn.gradient(x, out); for (let i = 0; i < 4; i++) out[i] = -out[i]; return out; } };
    const flipped = runTrajectory(signSgd, signSgd.init(x0, { gamma: 1e-3 }, new Stream("m")), flip, 10);
    expect(flipped.signMismatches).toBe(40);
  });
});

describe("mcSignSgdCosh (the fused mc-signsgd loop)", () => {
  test("equals signSgd + gradientOracle(coshSum, studentT) + runTrajectory exactly", () => {
    fc.assert(
      fc.property(
        arb.dimension({ min: 1, max: 6 }).chain((d) =>
          fc.record({
            x0: arb.startingPoint(d, 2),
            T: fc.integer({ min: 1, max: 60 }),
            gamma: arb.logUniform(1e-4, 1),
            nu: arb.logUniform(1.01, 10),
            scale: fc.oneof(fc.constant(0), arb.logUniform(1e-2, 10)),
            batch: fc.integer({ min: 1, max: 4 }),
            seed: fc.nat(),
          }),
        ),
        ({ x0, T, gamma, nu, scale, batch, seed }) => {
          const fused = mcSignSgdCosh({ x0, T, gamma, nu, scale, batch })(new Stream(`f-${seed}`));
          const oracle = gradientOracle({ fn: coshSum(x0.length), noise: studentT(nu), scale, batch });
          const generic = runTrajectory(signSgd, signSgd.init(x0, { gamma }, new Stream(`f-${seed}`)), oracle, T).meanGradNorm1;
          return Object.is(fused, generic);
        },
      ),
      { numRuns: 80 },
    );
  });
});
