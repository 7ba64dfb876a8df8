/**
 * The L-smooth problems on which Kornilov et al. 2025's SignSGD results (kornilov25, arXiv:2502.07923v1:
 * Lemma 1 for SignSGD with a constant stepsize, Theorem 1 for minibatch-SignSGD) are measured: quadratics
 * f(x) = ½Σ_i L_i x_i² (L-smooth with L = max L_i, f* = 0 at 0), a start with every coordinate away from
 * the minimiser, and noise of Assumption 3 (coordinatewise κ-th moments, κ ∈ (1, 2]) with per-coordinate
 * scales. The statistic both results speak of is the average gradient norm (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁;
 * `firstAverageBelow` is the count T at which it first falls to ε (the minibatch theorem's iteration count,
 * measured from a run, never computed from the theorem).
 */
import fc from "fast-check";
import { arb, gradientOracle, noiseFromSpec, norm1, param, signSgd, type NoiseSpec, type Parameter, type SmoothFunction, type Stream } from "signcheck";
import { quadraticOf } from "../bernstein18/separableQuadratic.ts";
import { coordinatesParameter } from "../seed/proof41.ts";

export interface LSmoothInstance {
  /** L_1 … L_d (L = max L_i). */
  readonly L: number[];
  readonly x1: Float64Array;
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

export const smoothnessOf = (i: { L: readonly number[] }): number => Math.max(...i.L);
export const functionOf = (i: { L: readonly number[] }): SmoothFunction => quadraticOf(i.L);
/** Δ₁ = f(x¹) − f* = ½Σ L_i (x¹_i)². */
export const gapAtStart = (i: { L: readonly number[]; x1: Float64Array }): number => 0.5 * i.L.reduce((a, Li, k) => a + Li * i.x1[k] * i.x1[k], 0);
export const startGradNorm1 = (i: { L: readonly number[]; x1: Float64Array }): number => i.L.reduce((a, Li, k) => a + Li * Math.abs(i.x1[k]), 0);

/**
 * The first T ≤ maxT with (1/T)Σ_{k=1}^T ‖∇f(x^k)‖₁ ≤ ε for minibatch-SignSGD (γ, B) from x¹, or Infinity
 * when the average is still above ε after maxT iterations (the caller reports it; never a silent cap).
 */
export function firstAverageBelow(
  i: LSmoothInstance,
  run: { gamma: number; B: number; scale: number | Float64Array; epsilon: number; maxT: number },
  stream: Stream,
): number {
  const fn = functionOf(i);
  const oracle = gradientOracle({ fn, noise: noiseFromSpec(i.noise), scale: run.scale, batch: run.B });
  const state = signSgd.init(i.x1, { gamma: run.gamma }, stream);
  let sum = 0;
  for (let T = 1; T <= run.maxT; T++) {
    const grad = fn.gradient(state.x);
    sum += norm1(grad);
    if (sum <= run.epsilon * T) return T;
    signSgd.step(state, oracle, grad);
  }
  return Infinity;
}

/** Starting points with every |x¹_i| ∈ [0.1, 3] (a coordinate at the minimiser would carry no descent). */
export function startingPoint(d: number): fc.Arbitrary<Float64Array> {
  return fc
    .array(
      fc.tuple(fc.boolean(), arb.logUniform(0.1, 3)).map(([n, m]) => (n ? -m : m)),
      { minLength: d, maxLength: d },
    )
    .map((v) => Float64Array.from(v));
}

export function curvatures(d: number): fc.Arbitrary<number[]> {
  return fc.array(arb.logUniform(0.1, 10), { minLength: d, maxLength: d });
}

export function lSmoothParameters<I extends LSmoothInstance>(maxDim: number): Parameter<I>[] {
  return [
    param.log("L_i", [0.1, 10], (i) => Float64Array.from(i.L), { write: (i, v) => ({ ...i, L: (v as number[]).map((t) => Math.min(10, Math.max(0.1, t))) }) }),
    coordinatesParameter<I>(
      "|x¹_i|",
      [0.1, 3],
      (i) => i.x1,
      (i, x1) => ({ ...i, x1 }),
    ),
    param.integer("d", [1, maxDim], (i) => i.L.length),
  ];
}

export const lSmoothHypotheses = (maxDim: number): string[] => [
  `f(x) = ½Σ L_i x_i², L_i ∈ [0.1, 10], d ≤ ${maxDim}: L-smooth with L = max L_i (the paper's smoothness in the Euclidean norm), f* = 0`,
  "x¹ with every |x¹_i| ∈ [0.1, 3], random signs",
];
