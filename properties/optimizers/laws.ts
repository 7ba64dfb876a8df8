/**
 * The laws of the optimizers and oracles as functions of the object under test, so that the same law
 * runs against the real method (laws.test.ts: it holds) and against a planted broken variant
 * (theorems/gating.test.ts: it is found violated). Each returns fast-check's run details (`failed`,
 * counterexample, seed). Laws (issue 5): a sign step moves every coordinate by exactly γ (0 where
 * the sign is 0) and ‖Δx‖₂ ≤ √d·γ; positive rescaling of the gradient leaves a sign step unchanged;
 * two methods that must coincide do so bit for bit (majority vote with M = 1 and SignSGD, M-SignSGD
 * with β = 0 and SignSGD, the chain and the hand-written SignSGD); EF's virtual iterate x − e follows
 * SGD; a batch-B oracle returns ∇f plus the mean of B draws.
 */
import fc from "fast-check";
import v8 from "node:v8";
import {
  EPS, TOL, Stream, allFinite, arb, coshSum, gaussian, gradientOracle, norm2, normInf, runTrajectory, studentT, type GradientOracle,
  type GradientOracleOptions, type NoiseLaw, type Optimizer, type OptimizerState,
} from "signcheck";

type AnyOptimizer = Optimizer<any, OptimizerState>;
const RUNS = { numRuns: 60 };

/**
 * d, x¹ with some exact zeros, γ, seed. Coordinates marked `zeros` start at 0 and get zero noise, so
 * g_i = sinh 0 = 0 there; other entries below 1e-100 are flushed to 0 so that a rescaling by c ≥ 1e-3
 * never underflows a nonzero gradient to 0 (the rescaling law's precondition).
 */
const signCase = arb.dimension({ min: 1, max: 12 }).chain((d) =>
  fc
    .record({
      d: fc.constant(d),
      x0: arb.startingPoint(d, 2),
      zeros: fc.array(fc.boolean(), { minLength: d, maxLength: d }),
      gamma: arb.stepsize({ lo: 1e-6, hi: 1 }),
      seed: fc.integer({ min: 0, max: 1e6 }),
      steps: fc.integer({ min: 1, max: 20 }),
    })
    .map((c) => ({ ...c, x0: Float64Array.from(c.x0, (v, i) => (c.zeros[i] || Math.abs(v) < 1e-100 ? 0 : v)) })),
);

function zeroedOracle(x0: Float64Array, zeros: boolean[]): GradientOracle {
  const scale = Float64Array.from(zeros, (z) => (z ? 0 : 1));
  return gradientOracle({ fn: coshSum(x0.length), noise: gaussian(), scale });
}

/**
 * A sign step: x^{k+1}_i = x^k_i − γ·sign(g_i) exactly (g = state.g, the vector the step took signs
 * of), so |Δx_i| = γ where sign ≠ 0 (up to the rounding of the stored iterate) and Δx_i = 0 where it
 * is 0; hence ‖Δx‖₂ ≤ √d·γ.
 */
export function signStepLaw(optimizer: AnyOptimizer, params: (gamma: number) => object) {
  return fc.check(
    fc.property(signCase, ({ x0, zeros, gamma, seed }) => {
      const x = x0;
      const state = optimizer.init(x, params(gamma), new Stream(`sign-${seed}`));
      const before = Float64Array.from(state.x);
      optimizer.step(state, zeroedOracle(x, zeros));
      const g = state.g!;
      const dx = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        const s = g[i] > 0 ? 1 : g[i] < 0 ? -1 : 0;
        if (state.x[i] !== before[i] - gamma * s) return false;
        if (zeros[i] && state.x[i] !== before[i]) return false;
        dx[i] = state.x[i] - before[i];
      }
      // |fl(x − γ) − x| ≤ γ + ulp(x)/2: the step is exactly γ in exact arithmetic, and the stored iterate
      // rounds once, by at most EPS·|x|/2 — which is larger than γ·EPS when |x| ≫ γ.
      return norm2(dx) <= Math.sqrt(x.length) * (gamma + EPS * normInf(before)) * (1 + TOL.exact.rtol);
    }),
    RUNS,
  );
}

/** Runs `steps` steps on a seed and returns the iterates (flattened). */
function trajectory(optimizer: AnyOptimizer, params: object, x0: Float64Array, oracle: GradientOracle, seed: number, steps: number): number[] {
  const state = optimizer.init(x0, params, new Stream(`traj-${seed}`));
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    optimizer.step(state, oracle);
    out.push(...state.x);
  }
  return out;
}

/** Two methods that must coincide give bit-identical trajectories on the same stream. */
export function sameTrajectoryLaw(a: AnyOptimizer, pa: (gamma: number) => object, b: AnyOptimizer, pb: (gamma: number) => object) {
  return fc.check(
    fc.property(signCase, ({ x0, zeros, gamma, seed, steps }) => {
      const oracle = () => zeroedOracle(x0, zeros);
      const ta = trajectory(a, pa(gamma), x0, oracle(), seed, steps);
      const tb = trajectory(b, pb(gamma), x0, oracle(), seed, steps);
      return ta.every((v, i) => Object.is(v, tb[i]));
    }),
    RUNS,
  );
}

/** Multiplying every stochastic gradient by c > 0 does not change a sign method's trajectory. */
export function rescalingLaw(optimizer: AnyOptimizer, params: (gamma: number) => object) {
  return fc.check(
    fc.property(signCase, arb.logUniform(1e-3, 1e3), ({ x0, zeros, gamma, seed, steps }, c) => {
      const base = zeroedOracle(x0, zeros);
      const scaled: GradientOracle = {
        fn: base.fn, dim: base.dim, batch: base.batch, calls: 0,
        sample(x, stream, out) {
          base.sample(x, stream, out);
          for (let i = 0; i < out.length; i++) out[i] *= c;
          return out;
        },
      };
      const ta = trajectory(optimizer, params(gamma), x0, base, seed, steps);
      const tb = trajectory(optimizer, params(gamma), x0, scaled, seed, steps);
      return ta.every((v, i) => Object.is(v, tb[i]));
    }),
    RUNS,
  );
}

/**
 * EF-SignSGD: with p = γg + e, x⁺ = x − C(p), e⁺ = p − C(p), the virtual iterate x̃ = x − e obeys
 * x̃⁺ = x̃ − γg exactly in real arithmetic; in floats each side is a few operations on numbers of
 * size ≤ m = |x| + |e| + |γg|, so the gap is within TOL.exact relative to m.
 */
export function virtualIterateLaw(optimizer: AnyOptimizer, memory: (state: OptimizerState) => Float64Array) {
  return fc.check(
    fc.property(signCase, ({ x0, zeros, gamma, seed, steps }) => {
      const oracle = zeroedOracle(x0, zeros);
      const state = optimizer.init(x0, { gamma }, new Stream(`ef-${seed}`));
      for (let k = 0; k < steps; k++) {
        const e = memory(state);
        const vBefore = Float64Array.from(state.x, (v, i) => v - e[i]);
        const magnitude = Float64Array.from(state.x, (v, i) => Math.abs(v) + Math.abs(e[i]));
        optimizer.step(state, oracle);
        const g = state.g!;
        const e1 = memory(state);
        // Large γ on cosh can overflow: the identity is about finite arithmetic, so such runs are skipped.
        fc.pre(allFinite(state.x) && allFinite(e1) && allFinite(g));
        for (let i = 0; i < x0.length; i++) {
          const lhs = state.x[i] - e1[i];
          const rhs = vBefore[i] - gamma * g[i];
          const m = magnitude[i] + Math.abs(gamma * g[i]) + Math.abs(state.x[i]) + Math.abs(e1[i]);
          if (!(Math.abs(lhs - rhs) <= TOL.exact.rtol * m)) return false;
        }
      }
      return true;
    }),
    RUNS,
  );
}

/**
 * A batch-B oracle returns ∇f(x) + scale·(1/B)Σ_b X_b, the draws replayed from an identical stream.
 * Student-t noise: a law not closed under averaging, so the oracle really sums B draws (the exact O(d)
 * mean of Gaussian/SαS batches is tested in properties/oracles).
 */
export function batchMeanLaw(makeOracle: (o: GradientOracleOptions) => GradientOracle) {
  return fc.check(
    fc.property(
      arb.dimension({ min: 1, max: 6 }).chain((d) => fc.record({ x: arb.startingPoint(d, 2), B: fc.integer({ min: 1, max: 9 }), scale: arb.logUniform(1e-2, 10), seed: fc.nat() })),
      ({ x, B, scale, seed }) => {
        const fn = coshSum(x.length);
        const noise = studentT(3);
        const oracle = makeOracle({ fn, noise, scale, batch: B });
        const g = oracle.sample(x, new Stream(`batch-${seed}`), new Float64Array(x.length));
        const replay = new Stream(`batch-${seed}`);
        const grad = fn.gradient(x);
        for (let i = 0; i < x.length; i++) {
          let s = 0;
          for (let b = 0; b < B; b++) s += noise.sample(replay);
          if (!(Math.abs(g[i] - (grad[i] + (scale * s) / B)) <= TOL.exact.rtol * (Math.abs(grad[i]) + scale * Math.abs(s)))) return false;
        }
        return oracle.calls === B;
      },
    ),
    RUNS,
  );
}

const MEASURED_STEPS = 20_000;
/** Steps before measuring: until V8 has optimized the step (unoptimized code boxes doubles on the heap). */
const WARMUP_STEPS = 30_000;
/**
 * Measured runs before giving up: optimizing compilation runs on a background thread, so on a loaded machine the
 * first measured runs may still execute unoptimized code (which boxes doubles). A step that allocates by design
 * fails every attempt; more attempts only make the honest step's pass independent of the machine's load.
 */
const ATTEMPTS = 8;
/**
 * Heap growth allowed across the measured steps: 64 KiB of V8 bookkeeping plus at most one boxed
 * float64 (a 16-byte HeapNumber) per step, which V8 creates when a double crosses a call it did not
 * inline (engine-dependent: it comes and goes with inlining decisions). Any array, object or closure
 * made per step costs ≥ 32 bytes and fails.
 */
const HEAP_SLACK_BYTES = 64 * 1024 + 16 * MEASURED_STEPS;

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
  const quiet: GradientOracle = { fn, dim: d, batch: 1, calls: 0, sample(x, _s, out) { fn.gradient(x, out); this.calls++; return out; } };
  const state = optimizer.init(Float64Array.from({ length: d }, (_, i) => Math.cos(i + 1)), params, new Stream("alloc"));
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
  optimizer: AnyOptimizer, params: object, d: number, noise: NoiseLaw, batch = 1,
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
