/**
 * karimireddy19/ef-convex-rate — the seed's third task, error feedback for convex problems, for which the
 * draft states no result: an exploratory scaling claim that measures the rate of EF-SignSGD
 * (Karimireddy et al. 2019, Algorithm 3: p = γ_k g + e, Δ = (‖p‖₁/d)·sign(p), x ← x − Δ, e ← p − Δ) on
 * smooth convex problems with stochastic gradients. The claimed order is the rate of SGD on convex
 * problems with γ_k = γ₁/√k, (1/T)Σ_{k≤T}(f(x^k) − f*) = O(1/√T), read as a cost: the iterations until
 * the ergodic gap first reaches ε grow like ε^{−2}. Measured, never computed: each cost is a run from x¹
 * stopped at the first k with (1/k)Σ_{j≤k}(f(x^j) − f*) ≤ ε. Karimireddy et al. prove a non-convex
 * rate (their Theorem II, E‖∇f‖² = O(1/√T)); neither they nor the seed state this convex one, so the
 * verdict is a measurement, reported with its slope and interval, not a check of a published constant.
 * f = Σ log cosh x_i (convex, L-smooth with L = 1, bounded gradient; not strongly convex away from 0).
 */
import fc from "fast-check";
import { arb, defineClaim, efSignSgd, gaussian, gradientOracle, invSqrt, logCoshSum, param, type ScalingClaim, type Stream } from "signcheck";

export interface EfConvexInstance {
  readonly d: number;
  /** Per-coordinate standard deviation of the Gaussian gradient noise. */
  readonly sigma: number;
  /** γ₁ of γ_k = γ₁/√k. */
  readonly gamma1: number;
  /** ε_max / (γ₁σ²d): the target in units of the noise's own scale of the gap. */
  readonly relative: number;
  readonly x0: Float64Array;
}

/** The run's upper limit: a run that has not reached ε by then is an error, never a truncated cost. */
const MAX_ITERATIONS = 2_000_000;

const epsMaxOf = (i: EfConvexInstance) => i.relative * i.gamma1 * i.sigma * i.sigma * i.d;

/** The first k with (1/k)Σ_{j≤k}(f(x^j) − f*) ≤ ε for EF-SignSGD with γ_k = γ₁/√k. */
export function efErgodicReach(i: EfConvexInstance, epsilon: number, stream: Stream): number {
  const f = logCoshSum(i.d);
  const oracle = gradientOracle({ fn: f, noise: gaussian(), scale: i.sigma });
  const state = efSignSgd.init(i.x0, { gamma: invSqrt(i.gamma1) }, stream);
  const grad = new Float64Array(i.d);
  let sum = 0;
  for (let k = 1; k <= MAX_ITERATIONS; k++) {
    const gap = f.value(state.x) - f.fStar;
    if (!Number.isFinite(gap)) throw new Error(`EF-SignSGD diverged at k = ${k}`);
    sum += gap;
    if (sum <= epsilon * k) return k;
    f.gradient(state.x, grad);
    efSignSgd.step(state, oracle, grad);
  }
  throw new Error(`the ergodic gap did not reach ε = ${epsilon} within ${MAX_ITERATIONS} iterations`);
}

/**
 * x¹ with every |x¹_i| ∈ [1, 2]: f(x¹) − f* ≥ d·log cosh 1 ≈ 0.43d ≥ 4ε_max, so every ε is reached after a
 * transient. A start at (or next to) x* has cost 1 until ε falls below the noise's own level and then
 * jumps: a slope over a finite range that says nothing about the rate (the search finds such starts).
 */
const start = (d: number) =>
  fc
    .array(fc.tuple(fc.boolean(), arb.logUniform(1, 2)), { minLength: d, maxLength: d })
    .map((xs) => Float64Array.from(xs, ([negative, m]) => (negative ? -m : m)));

const instances: fc.Arbitrary<EfConvexInstance> = arb
  .dimension({ min: 1, max: 4 })
  .chain((d) =>
    fc.record({ d: fc.constant(d), sigma: arb.logUniform(0.3, 1), gamma1: arb.logUniform(0.1, 1), relative: arb.logUniform(0.03, 0.1), x0: start(d) }),
  );

export const efConvexRate = defineClaim<ScalingClaim<EfConvexInstance>>({
  id: "karimireddy19/ef-convex-rate",
  kind: "scaling",
  title: "Exploratory: EF-SignSGD with γ_k = γ₁/√k on a smooth convex problem reaches an ergodic gap ε in O(ε⁻²) iterations",
  source: {
    paper: "karimireddy19",
    item: "Algorithm 3 (EF-SIGNSGD); the seed's third task (error feedback for convex problems), for which neither states a convex rate",
    quote: "p_t := γ g_t + e_t, Δ_t := (‖p_t‖₁/d) sign(p_t), x_{t+1} := x_t − Δ_t, e_{t+1} := p_t − Δ_t",
  },
  hypotheses: [
    "f = Σ log cosh x_i (convex, 1-smooth, ‖∇f‖ ≤ √d), d ∈ [1, 4], |x¹_i| ∈ [1, 2] (f(x¹) − f* ≥ 4ε_max: the rate, not a start at x*)",
    "g = ∇f + σ·N(0, I), σ ∈ [0.3, 1]; EF-SignSGD with the scaled sign compressor (‖p‖₁/d)·sign(p), γ_k = γ₁/√k, γ₁ ∈ [0.1, 1]",
    "cost: the first k with (1/k)Σ_{j≤k}(f(x^j) − f*) ≤ ε (measured in runs); ε over one decade below ε_max = [0.03, 0.1]·γ₁σ²d",
    "exploratory: the seed states no result for error feedback on convex problems; the exponent 2 is SGD's O(1/√T) convex rate, and the report gives the slope measured",
  ],
  tightness: "tight",
  instances,
  size: "1/ε",
  sizes: (i) => [0, 1, 2, 3].map((j) => 10 ** (j / 3) / epsMaxOf(i)),
  cost: (i, n, stream) => efErgodicReach(i, 1 / n, stream),
  exponent: () => 2,
  parameters: [
    param.integer("d", [1, 4], (i: EfConvexInstance) => i.d),
    param.log("min |x¹_i|", [1, 2], (i: EfConvexInstance) => Math.min(...Array.from(i.x0, Math.abs))),
    param.log("σ", [0.3, 1], (i: EfConvexInstance) => i.sigma, { write: (i: EfConvexInstance, v) => ({ ...i, sigma: v as number }) }),
    param.log("γ₁", [0.1, 1], (i: EfConvexInstance) => i.gamma1, { write: (i: EfConvexInstance, v) => ({ ...i, gamma1: v as number }) }),
    param.log("ε_max / (γ₁σ²d)", [0.03, 0.1], (i: EfConvexInstance) => i.relative, { write: (i: EfConvexInstance, v) => ({ ...i, relative: v as number }) }),
  ],
  // Each run is a chain optimizer to ~10⁵ steps: 4 instances at standard keep it near 20 s of CPU.
  budgets: { standard: { instances: 4 } },
  expected: {
    verdict: "holds",
    reason:
      "measured, not proven: with γ_k ∝ 1/√k the noise keeps the gap of order γ_kσ²d, so the ergodic gap falls like 1/√T and the cost grows like ε⁻² (no faster order is seen: the ε⁻¹ variant is refuted)",
  },
});
