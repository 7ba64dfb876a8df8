/**
 * The shared contract of an optimizer (signcheck/laws), as a vitest suite registered by
 * `optimizerContract(entry)` inside a test file: deterministic given the seed (same stream →
 * bit-identical iterates and bit counts, another stream → other iterates), no allocation per step in the
 * hot path (allocationCheck for the step alone, trajectoryAllocationCheck for runTrajectory on a noisy
 * oracle; skipped under the mutation runner only), typed errors on bad input (each of the entry's bad
 * parameters, non-finite x0, an empty x0, a dimension mismatch), and it runs on every oracle of the
 * library through the one interface. Every optimizer of the library passes it
 * (properties/optimizers/contract.test.ts runs it over the registry).
 */
import { describe, expect, test } from "vitest";
import { DimensionError, InputError } from "../core/errors.ts";
import { Stream } from "../core/stream.ts";
import { coshSum } from "../functions/coshSum.ts";
import { twoPoint } from "../noise/discreteLaw.ts";
import { gaussian } from "../noise/gaussian.ts";
import { studentT } from "../noise/studentT.ts";
import type { NoiseLaw } from "../noise/types.ts";
import { gradientOracle, type GradientOracle } from "../oracles/gradientOracle.ts";
import { leastSquaresOracle } from "../oracles/leastSquaresOracle.ts";
import { subgradientOracle } from "../oracles/subgradientOracle.ts";
import type { RegistryEntry } from "../optimizers/registry.ts";
import { runTrajectory } from "../optimizers/runTrajectory.ts";
import { UNDER_MUTATION, allocationCheck, trajectoryAllocationCheck } from "./allocationCheck.ts";

export interface OptimizerContractOptions {
  /** Dimension of the runs (default 8). */
  readonly d?: number;
  /**
   * Noise of the whole-loop allocation check; default Student-t(1.5) for a sign method (name matching
   * /sign|majority/i: the heavy-tailed law of the claims) and Gaussian otherwise (SGD on Σcosh diverges
   * under Student-t(1.5) kicks).
   */
  readonly noise?: NoiseLaw;
}

/** Registers `describe("optimizer contract: <name>")` with the contract's tests for one optimizer. */
export function optimizerContract(entry: RegistryEntry, options: OptimizerContractOptions = {}): void {
  const d = options.d ?? 8;
  const x0 = Float64Array.from({ length: d }, (_, i) => Math.cos(i + 1));
  const oracleFor = (dim = d): GradientOracle => gradientOracle({ fn: coshSum(dim), noise: gaussian(), scale: 0.5, batch: entry.batch ?? 1 });
  const run = (seed: string, steps: number) => {
    const state = entry.optimizer.init(x0, entry.params(d), new Stream(seed));
    const oracle = oracleFor();
    for (let k = 0; k < steps; k++) entry.optimizer.step(state, oracle);
    return state;
  };

  describe(`optimizer contract: ${entry.name}`, () => {
    test("deterministic given the seed", () => {
      const a = run("contract-a", 50);
      const b = run("contract-a", 50);
      expect(Array.from(a.x)).toEqual(Array.from(b.x));
      expect([a.k, a.bitsUp, a.bitsDown]).toEqual([b.k, b.bitsUp, b.bitsDown]);
      expect(a.k).toBe(51);
      const c = run("contract-b", 50);
      expect(Array.from(c.x)).not.toEqual(Array.from(a.x)); // the stream is really used
    });

    test.skipIf(UNDER_MUTATION)("no allocation per step", () => {
      const r = allocationCheck(entry.optimizer, entry.params(d), d);
      expect(r.ok, JSON.stringify(r.attempts)).toBe(true);
    });

    const noisy = options.noise ?? (/sign|majority/i.test(entry.name) ? studentT(1.5) : gaussian());
    test.skipIf(UNDER_MUTATION)(`no allocation per step in the whole hot loop: runTrajectory on ${noisy.name} noise`, () => {
      const r = trajectoryAllocationCheck(entry.optimizer, entry.params(d), d, noisy, entry.batch ?? 1);
      expect(r.diverged).toBe(false);
      expect(r.ok, JSON.stringify(r.attempts)).toBe(true);
    });

    test("typed errors on bad input", () => {
      for (const bad of entry.bad(d)) {
        let thrown: unknown;
        try {
          entry.optimizer.init(x0, bad.params, new Stream("bad"));
        } catch (err) {
          thrown = err;
        }
        expect(thrown, JSON.stringify(bad.params)).toBeInstanceOf(InputError);
        expect((thrown as InputError).parameter, JSON.stringify(bad.params)).toBe(bad.parameter);
      }
      expect(() => entry.optimizer.init(Float64Array.of(1, NaN), entry.params(2), new Stream("bad"))).toThrow(InputError);
      expect(() => entry.optimizer.init(new Float64Array(0), entry.params(1), new Stream("bad"))).toThrow(InputError);
      const state = entry.optimizer.init(x0, entry.params(d), new Stream("dim"));
      expect(() => entry.optimizer.step(state, oracleFor(d + 1))).toThrow(DimensionError);
    });

    test("runs on every oracle of the library through one interface", () => {
      const oracles: GradientOracle[] = [
        gradientOracle({ fn: coshSum(d), noise: studentT(1.5), scale: 1, batch: entry.batch ?? 1 }),
        gradientOracle({ fn: coshSum(d), noise: twoPoint(0.1), scale: 10 }),
        leastSquaresOracle({ rows: Array.from({ length: 3 }, (_, j) => Array.from({ length: d }, (_, i) => Math.sin(i + 3 * j))) }),
        subgradientOracle({ rows: [Array.from({ length: d }, (_, i) => (i % 2 ? 1 : -1))], weights: [1], tie: "positive" }),
      ];
      for (const oracle of oracles) {
        const stats = runTrajectory(entry.optimizer, entry.optimizer.init(x0, entry.params(d), new Stream("every")), oracle, 30);
        expect(stats.diverged, oracle.fn.name).toBe(false);
        expect(stats.oracleCalls).toBeGreaterThanOrEqual(30);
        expect(stats.bitsUp).toBeGreaterThan(0);
      }
    });
  });
}
