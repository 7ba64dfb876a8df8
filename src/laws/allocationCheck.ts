/**
 * The "no allocation per step" checks of the optimizer contract (signcheck/laws): V8's GCProfiler and
 * heapUsed, not timing. allocationCheck measures a step alone on a quiet oracle; trajectoryAllocationCheck
 * the whole hot loop (runTrajectory on a noisy oracle). Both retry (optimizing compilation runs on a
 * background thread) and allow ALLOCATION_SLACK (src/core/tolerance.ts) per measured step.
 */
import v8 from "node:v8";
import { ALLOCATION_SLACK } from "../core/tolerance.ts";
import { Stream } from "../core/stream.ts";
import { coshSum } from "../functions/coshSum.ts";
import type { NoiseLaw } from "../noise/types.ts";
import { gradientOracle, type GradientOracle } from "../oracles/gradientOracle.ts";
import { runTrajectory } from "../optimizers/runTrajectory.ts";
import type { AnyOptimizer } from "./optimizerLaws.ts";

/**
 * True inside a Stryker worker (Stryker sets STRYKER_MUTATOR_WORKER in every worker process it starts).
 * Mutation-instrumented code allocates on every branch it switches (mutant counters, coverage
 * bookkeeping), so the "no allocation per step" checks would measure the instrumentation, not the method:
 * the contract suite skips them there, and runs them in every plain test run.
 */
export const UNDER_MUTATION = process.env.STRYKER_MUTATOR_WORKER !== undefined;

const MEASURED_STEPS = 20_000;
/** Steps before measuring: until V8 has optimized the step (unoptimized code boxes doubles on the heap). */
const WARMUP_STEPS = 30_000;
/**
 * Measured runs before giving up: optimizing compilation runs on a background thread, so on a loaded machine the
 * first measured runs may still execute unoptimized code (which boxes doubles). A step that allocates by design
 * fails every attempt; more attempts only make the honest step's pass independent of the machine's load.
 */
const ATTEMPTS = 8;
/** Heap growth allowed across the measured steps (ALLOCATION_SLACK says why). */
const HEAP_SLACK_BYTES = ALLOCATION_SLACK.fixedBytes + ALLOCATION_SLACK.bytesPerStep * MEASURED_STEPS;

/**
 * No allocation per step: after warm-up, the bytes allocated by MEASURED_STEPS steps — heap growth plus
 * what every GC during them freed (v8.GCProfiler's before/after heap sizes), so a scavenge of older
 * garbage neither hides nor fakes an allocation — stay within HEAP_SLACK_BYTES. Up to ATTEMPTS
 * measurements, since a GC can also promote or free objects made before the measurement. The oracle
 * writes ∇f(x) and draws nothing, so the optimizer alone is measured (a noise law called through a
 * megamorphic site returns boxed doubles — an oracle-side cost, not the optimizer's).
 */
export function allocationCheck(optimizer: AnyOptimizer, params: object, d: number): { ok: boolean; attempts: { gcs: number; allocated: number }[] } {
  const fn = coshSum(d);
  const quiet: GradientOracle = {
    fn,
    dim: d,
    batch: 1,
    calls: 0,
    sample(x, _s, out) {
      fn.gradient(x, out);
      this.calls++;
      return out;
    },
  };
  const state = optimizer.init(
    Float64Array.from({ length: d }, (_, i) => Math.cos(i + 1)),
    params,
    new Stream("alloc"),
  );
  for (let k = 0; k < WARMUP_STEPS; k++) optimizer.step(state, quiet);
  const attempts: { gcs: number; allocated: number }[] = [];
  for (let a = 0; a < ATTEMPTS; a++) {
    const profiler = new v8.GCProfiler();
    profiler.start();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < MEASURED_STEPS; k++) optimizer.step(state, quiet);
    const after = process.memoryUsage().heapUsed;
    const gcs = profiler.stop()?.statistics ?? [];
    const freed = gcs.reduce((sum, g) => sum + Math.max(0, g.beforeGC.heapStatistics.usedHeapSize - g.afterGC.heapStatistics.usedHeapSize), 0);
    attempts.push({ gcs: gcs.length, allocated: after - before + freed });
    if (attempts[a].allocated <= HEAP_SLACK_BYTES) return { ok: true, attempts };
  }
  return { ok: false, attempts };
}

/** Calls of a short run before measuring: enough for V8 to optimize runTrajectory as a function, not only on-stack. */
const WARMUP_RUNS = 300;
const SHORT_RUN = 100;

/** Bytes allocated while f runs: heap growth plus what every GC during it freed (as in allocationCheck). */
function allocatedBy(f: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  f();
  const after = process.memoryUsage().heapUsed;
  const gcs = profiler.stop()?.statistics ?? [];
  return after - before + gcs.reduce((sum, g) => sum + Math.max(0, g.beforeGC.heapStatistics.usedHeapSize - g.afterGC.heapStatistics.usedHeapSize), 0);
}

/**
 * The whole hot loop allocates nothing per step: runTrajectory on a noisy gradient oracle (the law's
 * vector fill, ∇f handed from the runner to the step and the oracle). A run of SHORT_RUN + MEASURED_STEPS
 * steps may allocate at most HEAP_SLACK_BYTES more than a run of SHORT_RUN steps (the per-run objects
 * are the same). A law's rare slow draws (a ziggurat's wedge or tail, ≲ 1 in 100) may box one double
 * each, which the slack's 16 bytes per step cover at d = 8. Also returns whether the long run diverged
 * (then it did not take every step, and the check proves nothing).
 */
export function trajectoryAllocationCheck(
  optimizer: AnyOptimizer,
  params: object,
  d: number,
  noise: NoiseLaw,
  batch = 1,
): { ok: boolean; diverged: boolean; attempts: number[] } {
  const x0 = Float64Array.from({ length: d }, (_, i) => 0.5 * Math.cos(i + 1));
  let diverged = false;
  const run = (T: number) => {
    const oracle = gradientOracle({ fn: coshSum(d), noise, scale: 0.5, batch });
    diverged = runTrajectory(optimizer, optimizer.init(x0, params, new Stream("alloc")), oracle, T).diverged;
  };
  for (let r = 0; r < WARMUP_RUNS; r++) run(SHORT_RUN);
  const attempts: number[] = [];
  for (let a = 0; a < ATTEMPTS; a++) {
    const short = allocatedBy(() => run(SHORT_RUN));
    const long = allocatedBy(() => run(SHORT_RUN + MEASURED_STEPS));
    attempts.push(long - short);
    if (long - short <= HEAP_SLACK_BYTES) return { ok: true, diverged, attempts };
  }
  return { ok: false, diverged, attempts };
}
