/**
 * The shared contract every optimizer of the registry passes: deterministic given the seed (same
 * stream → bit-identical iterates and bit counts), no allocation per step in the hot path (no GC and
 * no heap growth across many steps, measured with v8's GCProfiler and heapUsed — not timing), typed
 * errors on bad input (each entry's bad parameters, non-finite x0, a dimension mismatch), and it runs
 * on every oracle of the library through the one interface.
 */
import v8 from "node:v8";
import { describe, expect, test } from "vitest";
import {
  DimensionError, InputError, OPTIMIZERS, Stream, coshSum, gaussian, gradientOracle, leastSquaresOracle, runTrajectory,
  studentT, subgradientOracle, twoPointNoise, type GradientOracle, type RegistryEntry,
} from "signcheck";

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

/**
 * The allocation check isolates the optimizer: its oracle writes ∇f(x) and draws nothing, so it
 * allocates nothing itself. (A noise law called through a megamorphic site returns boxed doubles —
 * an oracle-side cost, measured apart in bench/optimizers.bench.ts, not the optimizer's.)
 */
function quietOracle(): GradientOracle {
  const fn = coshSum(d);
  return { fn, dim: d, batch: 1, calls: 0, sample(x, _stream, out) { fn.gradient(x, out); this.calls++; return out; } };
}

const MEASURED_STEPS = 20_000;
/**
 * Heap growth allowed across the measured steps: 64 KiB of V8 bookkeeping plus at most one boxed
 * float64 (a 16-byte HeapNumber) per step, which V8 creates when a double crosses a call it did not
 * inline (engine-dependent: it comes and goes with inlining decisions). Any array, object or closure
 * made per step costs ≥ 32 bytes and fails.
 */
const HEAP_SLACK_BYTES = 64 * 1024 + 16 * MEASURED_STEPS;
/** Steps before measuring: until V8 has optimized the step (unoptimized code boxes doubles on the heap). */
const WARMUP_STEPS = 30_000;
const ATTEMPTS = 3;

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
    const state = e.optimizer.init(x0, e.params(d), new Stream("alloc"));
    const oracle = quietOracle();
    for (let k = 0; k < WARMUP_STEPS; k++) e.optimizer.step(state, oracle);
    // A step that allocates grows the heap by ≥ 16 B·MEASURED_STEPS or triggers a GC in every attempt;
    // a clean step may still meet a GC of older garbage once, hence up to ATTEMPTS measurements.
    const attempts: { gcs: number; grewBy: number }[] = [];
    for (let a = 0; a < ATTEMPTS; a++) {
      const profiler = new v8.GCProfiler();
      profiler.start();
      const before = process.memoryUsage().heapUsed;
      for (let k = 0; k < MEASURED_STEPS; k++) e.optimizer.step(state, oracle);
      const after = process.memoryUsage().heapUsed;
      attempts.push({ gcs: profiler.stop()?.statistics.length ?? 0, grewBy: after - before });
      if (attempts[a].gcs === 0 && attempts[a].grewBy <= HEAP_SLACK_BYTES) return;
    }
    expect.fail(`every attempt allocated: ${JSON.stringify(attempts)} (slack ${HEAP_SLACK_BYTES} B over ${MEASURED_STEPS} steps)`);
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
      gradientOracle({ fn: coshSum(d), noise: twoPointNoise(0.1, 1), scale: 1 }),
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
