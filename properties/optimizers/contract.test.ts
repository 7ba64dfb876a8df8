/**
 * The shared contract every optimizer of the registry passes: deterministic given the seed (same
 * stream → bit-identical iterates and bit counts), no allocation per step in the hot path (no GC and
 * no heap growth across many steps: laws.ts allocationCheck for the step alone, trajectoryAllocationCheck
 * for runTrajectory with a noisy oracle; v8's GCProfiler and heapUsed — not timing), typed
 * errors on bad input (each entry's bad parameters, non-finite x0, a dimension mismatch), and it runs
 * on every oracle of the library through the one interface.
 */
import { describe, expect, test } from "vitest";
import {
  DimensionError, InputError, OPTIMIZERS, Stream, coshSum, gaussian, gradientOracle, leastSquaresOracle, runTrajectory,
  studentT, subgradientOracle, twoPoint, type GradientOracle, type RegistryEntry,
} from "signcheck";
import { allocationCheck, trajectoryAllocationCheck } from "./laws.ts";

const d = 8;
const x0 = Float64Array.from({ length: d }, (_, i) => Math.cos(i + 1));

function oracleFor(e: RegistryEntry, dim = d): GradientOracle {
  return gradientOracle({ fn: coshSum(dim), noise: gaussian(), scale: 0.5, batch: e.batch ?? 1 });
}

function run(e: RegistryEntry, seed: string, steps: number) {
  const state = e.optimizer.init(x0, e.params(d), new Stream(seed));
  const oracle = oracleFor(e);
  for (let k = 0; k < steps; k++) e.optimizer.step(state, oracle);
  return state;
}

describe.each(OPTIMIZERS.map((e) => [e.name, e] as const))("optimizer contract: %s", (_name, e) => {
  test("deterministic given the seed", () => {
    const a = run(e, "contract-a", 50);
    const b = run(e, "contract-a", 50);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect([a.k, a.bitsUp, a.bitsDown]).toEqual([b.k, b.bitsUp, b.bitsDown]);
    expect(a.k).toBe(51);
    const c = run(e, "contract-b", 50);
    expect(Array.from(c.x)).not.toEqual(Array.from(a.x)); // the stream is really used
  });

  test("no allocation per step", () => {
    const r = allocationCheck(e.optimizer, e.params(d), d);
    expect(r.ok, JSON.stringify(r.attempts)).toBe(true);
  });

  // Sign methods on the heavy-tailed law of the claims; the others on Gaussian noise (SGD on Σcosh diverges under Student-t(1.5) kicks).
  const noisy = /sign|majority/i.test(e.name) ? studentT(1.5) : gaussian();
  test(`no allocation per step in the whole hot loop: runTrajectory on ${noisy.name} noise`, () => {
    const r = trajectoryAllocationCheck(e.optimizer, e.params(d), d, noisy, e.batch ?? 1);
    expect(r.diverged).toBe(false);
    expect(r.ok, JSON.stringify(r.attempts)).toBe(true);
  });

  test("typed errors on bad input", () => {
    for (const bad of e.bad(d)) {
      let thrown: unknown;
      try {
        e.optimizer.init(x0, bad.params, new Stream("bad"));
      } catch (err) {
        thrown = err;
      }
      expect(thrown, JSON.stringify(bad.params)).toBeInstanceOf(InputError);
      expect((thrown as InputError).parameter, JSON.stringify(bad.params)).toBe(bad.parameter);
    }
    expect(() => e.optimizer.init(Float64Array.of(1, NaN), e.params(2), new Stream("bad"))).toThrow(InputError);
    expect(() => e.optimizer.init(new Float64Array(0), e.params(1), new Stream("bad"))).toThrow(InputError);
    const state = e.optimizer.init(x0, e.params(d), new Stream("dim"));
    expect(() => e.optimizer.step(state, oracleFor(e, d + 1))).toThrow(DimensionError);
  });

  test("runs on every oracle of the library through one interface", () => {
    const oracles: GradientOracle[] = [
      gradientOracle({ fn: coshSum(d), noise: studentT(1.5), scale: 1, batch: e.batch ?? 1 }),
      gradientOracle({ fn: coshSum(d), noise: twoPoint(0.1), scale: 10 }),
      leastSquaresOracle({ rows: Array.from({ length: 3 }, (_, j) => Array.from({ length: d }, (_, i) => Math.sin(i + 3 * j))) }),
      subgradientOracle({ rows: [Array.from({ length: d }, (_, i) => (i % 2 ? 1 : -1))], weights: [1], tie: "positive" }),
    ];
    for (const oracle of oracles) {
      const stats = runTrajectory(e.optimizer, e.optimizer.init(x0, e.params(d), new Stream("every")), oracle, 30);
      expect(stats.diverged, oracle.fn.name).toBe(false);
      expect(stats.oracleCalls).toBeGreaterThanOrEqual(30);
      expect(stats.bitsUp).toBeGreaterThan(0);
    }
  });
});
