/**
 * Instances of Bernstein et al. 2018's Theorems 1 and 2 (bernstein18, §3–4) on separable quadratics
 * f(x) = ½Σ_i L_i x_i², where their Assumption 2 (|f(y) − f(x) − gᵀ(y − x)| ≤ ½Σ_i L_i(y_i − x_i)²) holds
 * with equality for the vector L⃗ = (L_1, …, L_d), and f* = 0 at x = 0. The noise is Assumption 3's
 * coordinatewise variance bound: ξ_i = scale_i·X_i with X_i i.i.d. of finite variance, σ_i =
 * scale_i·(E X²)^{1/2} (the tightest σ_i), and the minibatch of n_k = K draws is averaged (exactly, in one
 * draw per coordinate, for Gaussian noise). Both theorems set δ_k = 1/√(‖L⃗‖₁K), n_k = K and bound
 *   E[(1/K)Σ_{k=0}^{K−1}‖g_k‖₁]² ≤ N^{−1/2}[√‖L⃗‖₁(f₀ − f* + ½) + c‖σ⃗‖₁]²,   N = K² gradient calls
 * (per worker), with c = 2 for SignSGD (Theorem 1) and c = 2/√M for majority vote over M workers under
 * unimodal symmetric noise (Theorem 2(b)). As an expectation claim: E[S] ≤ N^{−1/4}[…], S = (1/K)Σ‖g_k‖₁,
 * whose pathwise range is [0, Σ_i L_i(|x_{0,i}| + (K − 1)δ/2)] (each coordinate moves by δ per step, so
 * |x_{k,i}| ≤ |x_{0,i}| + kδ, averaged over k = 0 … K − 1).
 * Without noise the bound is attained: in 1-D with x_0 = Kδ, S = √L(K + 1)/(2√K) = √L(f₀ − f* + ½)/√K
 * exactly (the proof's descent inequality is an equality at every step), and near such points E[S] is
 * within a fraction of a percent of the bound — a mean that close to its bound cannot be certified by
 * sampling. The instances therefore keep noise on every coordinate (scale_i ≥ 0.1), the regime the
 * theorems are about (their noise terms); the deterministic case is the classical steepest-descent
 * bound, tight as shown.
 */
import fc from "fast-check";
import {
  arb,
  noiseFromSpec,
  noiseLaw,
  param,
  powerNorm,
  scaled,
  separableSum,
  sigmaKappa,
  type NoiseClass,
  type NoiseSpec,
  type Parameter,
  type SmoothFunction,
} from "signcheck";
import { coordinatesParameter, integerLogParameter, noiseParameters } from "../seed/proof41.ts";

export interface QuadraticInstance {
  /** L_1 … L_d. */
  readonly L: number[];
  readonly x0: Float64Array;
  readonly K: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scales: number[];
}

/** f(x) = ½Σ L_i x_i² as a separable sum of scaled 1-D quadratics (declared (L0, L1) = (max L_i, 0)). */
export function quadraticOf(L: readonly number[]): SmoothFunction {
  return separableSum(L.map((Li) => scaled(Li, powerNorm(2, 1))));
}

export const lNorm1 = (i: QuadraticInstance): number => i.L.reduce((a, v) => a + v, 0);
export const stepOf = (i: QuadraticInstance): number => 1 / Math.sqrt(lNorm1(i) * i.K);
export const sigmaNorm1 = (i: QuadraticInstance): number => {
  const law = noiseFromSpec(i.noise);
  return i.scales.reduce((a, s) => a + sigmaKappa(law, s, 2), 0);
};
/** f₀ − f* = ½Σ L_i x_{0,i}². */
export const gap0 = (i: QuadraticInstance): number => 0.5 * i.L.reduce((a, Li, k) => a + Li * i.x0[k] * i.x0[k], 0);

/** N^{−1/4}[√‖L⃗‖₁(f₀ − f* + ½) + c‖σ⃗‖₁] with N = K². */
export function bernsteinBound(i: QuadraticInstance, c: number): number {
  return (Math.sqrt(lNorm1(i)) * (gap0(i) + 0.5) + c * sigmaNorm1(i)) / Math.sqrt(i.K);
}

/** The statistic's pathwise range: ‖g_k‖₁ ≤ Σ L_i(|x_{0,i}| + kδ), averaged over k = 0 … K − 1. */
export function pathwiseRange(i: QuadraticInstance): { lo: number; hi: number } {
  const delta = stepOf(i);
  return { lo: 0, hi: i.L.reduce((a, Li, k) => a + Li * (Math.abs(i.x0[k]) + ((i.K - 1) * delta) / 2), 0) };
}

export function quadraticInstances({ maxDim, maxK, noise }: { maxDim: number; maxK: number; noise: NoiseClass }): fc.Arbitrary<QuadraticInstance> {
  return arb.dimension({ min: 1, max: maxDim }).chain((d) =>
    fc
      .record({
        L: fc.array(arb.logUniform(0.1, 10), { minLength: d, maxLength: d }),
        x0: arb.startingPoint(d, 3),
        K: arb.iterations({ min: 4, max: maxK }),
        law: noiseLaw({ ...noise, kappa: 2 }),
        scales: fc.array(arb.logUniform(0.1, 3), { minLength: d, maxLength: d }),
      })
      .map(({ law, ...r }) => ({ ...r, noise: law.noise, kappa: law.kappa })),
  );
}

export function quadraticParameters<I extends QuadraticInstance>(maxDim: number, maxK: number, laws: readonly string[]): Parameter<I>[] {
  return [
    param.log("L_i", [0.1, 10], (i) => Float64Array.from(i.L), { write: (i, v) => ({ ...i, L: (v as number[]).map((t) => Math.min(10, Math.max(0.1, t))) }) }),
    coordinatesParameter<I>(
      "|x_{0,i}|",
      [3e-6, 3],
      (i) => i.x0,
      (i, x0) => ({ ...i, x0 }),
    ),
    param.log("scale_i", [0.1, 3], (i) => Float64Array.from(i.scales), {
      write: (i, v) => ({ ...i, scales: (v as number[]).map((t) => Math.min(3, Math.max(0.1, t))) }),
    }),
    integerLogParameter<I>(
      "K (iterations = batch size)",
      [4, maxK],
      (i) => i.K,
      (i, K) => ({ ...i, K }),
    ),
    param.integer("d", [1, maxDim], (i) => i.L.length),
    ...noiseParameters<I>((i) => i, laws),
  ];
}

export const quadraticHypotheses = (maxDim: number, maxK: number) => [
  `f(x) = ½Σ L_i x_i², L_i ∈ [0.1, 10], d ≤ ${maxDim}: Assumption 2 (coordinatewise smoothness) with equality, f* = 0 (Assumption 1)`,
  "Assumption 3: g̃ = ∇f + (mean of n_k draws of scale_i·X_i), X_i i.i.d. zero mean with finite variance, scale_i ∈ [0.1, 3] (noise on every coordinate: without it the bound is attained and no sample certifies it), σ_i = scale_i·(E X²)^{1/2}",
  `δ_k = 1/√(‖L⃗‖₁K), n_k = K, K ∈ [4, ${maxK}] iterations (N = K² calls per worker); x_0 ∈ [−3, 3]^d`,
];
