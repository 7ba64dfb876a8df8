/**
 * The laws of the optimizers and oracles as functions of the object under test (signcheck/laws), so that
 * the same law runs against the real method (properties/optimizers/laws.test.ts: it holds), against a
 * planted broken variant (theorems/gating.test.ts: it is found violated) and against a user's own method. Each returns fast-check's run details (`failed`,
 * counterexample, seed). Laws (issue 5): a sign step moves every coordinate by exactly γ (0 where
 * the sign is 0) and ‖Δx‖₂ ≤ √d·γ; positive rescaling of the gradient leaves a sign step unchanged;
 * two methods that must coincide do so bit for bit (majority vote with M = 1 and SignSGD, M-SignSGD
 * with β = 0 and SignSGD, the chain and the hand-written SignSGD); EF's virtual iterate x − e follows
 * SGD; a batch-B oracle returns ∇f plus the mean of B draws.
 */
import fc from "fast-check";
import * as arb from "../claims/parameterArbitraries.ts";
import { EPS, TOL } from "../core/tolerance.ts";
import { Stream } from "../core/stream.ts";
import { allFinite } from "../core/validate.ts";
import { norm2, normInf } from "../core/vector.ts";
import { coshSum } from "../functions/coshSum.ts";
import { gaussian } from "../noise/gaussian.ts";
import { studentT } from "../noise/studentT.ts";
import { gradientOracle, type GradientOracle, type GradientOracleOptions } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "../optimizers/types.ts";

/** Any optimizer, whatever its parameters and state. */
export type AnyOptimizer = Optimizer<any, OptimizerState>;
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

/**
 * Runs `steps` steps on a seed and returns the iterates (flattened), up to and including the first
 * non-finite one: the laws compare finite arithmetic, and past an overflow two methods that coincide in
 * exact arithmetic may part (M-SGD with β = 0 forms 0·m, which is NaN once m = ±∞, where SGD keeps ±∞).
 */
function trajectory(optimizer: AnyOptimizer, params: object, x0: Float64Array, oracle: GradientOracle, seed: number, steps: number): number[] {
  const state = optimizer.init(x0, params, new Stream(`traj-${seed}`));
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    optimizer.step(state, oracle);
    out.push(...state.x);
    if (!allFinite(state.x)) break;
  }
  return out;
}

/**
 * Two methods that must coincide give bit-identical trajectories on the same stream, up to divergence: once an
 * iterate overflows, the forms may differ in how ±∞ propagates (M-SGD's 0·m is NaN where m = ±∞, SGD has no m),
 * so both must leave the finite range at the same coordinate of the same step and are compared before it.
 */
export function sameTrajectoryLaw(a: AnyOptimizer, pa: (gamma: number) => object, b: AnyOptimizer, pb: (gamma: number) => object) {
  return fc.check(
    fc.property(signCase, ({ x0, zeros, gamma, seed, steps }) => {
      const oracle = () => zeroedOracle(x0, zeros);
      const ta = trajectory(a, pa(gamma), x0, oracle(), seed, steps);
      const tb = trajectory(b, pb(gamma), x0, oracle(), seed, steps);
      return ta.length === tb.length && ta.every((v, i) => Object.is(v, tb[i]));
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
        fn: base.fn,
        dim: base.dim,
        batch: base.batch,
        calls: 0,
        sample(x, stream, out) {
          base.sample(x, stream, out);
          for (let i = 0; i < out.length; i++) out[i] *= c;
          return out;
        },
      };
      const ta = trajectory(optimizer, params(gamma), x0, base, seed, steps);
      const tb = trajectory(optimizer, params(gamma), x0, scaled, seed, steps);
      return ta.length === tb.length && ta.every((v, i) => Object.is(v, tb[i]));
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
      arb
        .dimension({ min: 1, max: 6 })
        .chain((d) => fc.record({ x: arb.startingPoint(d, 2), B: fc.integer({ min: 1, max: 9 }), scale: arb.logUniform(1e-2, 10), seed: fc.nat() })),
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
