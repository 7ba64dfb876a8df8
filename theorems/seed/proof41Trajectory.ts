/**
 * SignSGD runs for the steps of the seed's §4.1 proof that are about the law of a run (S5, S7, S15):
 * along x^{k+1} = x^k − γ·sign(g^k) (the library's signSgd on a gradientOracle) it records, at every k,
 *   φ_k = ⟨∇f(x^k), sign g^k⟩/‖∇f(x^k)‖₁,  ψ_k = E[φ_k | x^k] (exact, from the noise law's sign outcomes),
 *   D_k = −γ(φ_k − ψ_k)‖∇f(x^k)‖₁,  σ_k² = 4γ²‖∇f(x^k)‖₁²,
 * with φ_k = ψ_k := 0 where ∇f(x^k) = 0. Instances: random (L0,L1)-smooth functions with proved constants,
 * noise of every law of src/noise with per-coordinate scales (0 included: σ_i = 0), and T·γ ≤ 2 so
 * the run stays in [−4, 4]^d where the random functions are finite.
 */
import fc from "fast-check";
import {
  arb,
  functionFromSpec,
  gradientOracle,
  noiseFromSpec,
  noiseLaw,
  NOISE_LAWS,
  norm1,
  param,
  signSgd,
  smoothFunctionArbitrary,
  specDim,
  type FunctionSpec,
  type NoiseSpec,
  type Parameter,
  type Stream,
} from "signcheck";
import { coordinatesParameter, deltaParameter, FUNCTION_FAMILIES, logParameter, nonNegative, noiseParameters } from "./proof41.ts";

export interface TrajectoryInstance {
  readonly fn: FunctionSpec;
  readonly x1: Float64Array;
  readonly T: number;
  /** γ = θ·2/T. */
  readonly theta: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scales: number[];
  readonly delta: number;
  /** For a fixed λ (S7): λ = factor·√(ℓ/(3T))/(γ·max(‖∇f(x¹)‖₁, 1e-3)). */
  readonly lambdaFactor: number;
}

export const gammaOf = (i: TrajectoryInstance): number => (2 * i.theta) / i.T;

/**
 * Every law of src/noise except the symmetric α-stable one, whose tail (needed at every step for ψ_k)
 * is a numerical integral costing about a millisecond: a run would take seconds.
 */
const TRAJECTORY_LAWS = NOISE_LAWS.filter((l) => l !== "symmetricStable");

/**
 * x¹ ∈ [−2, 2]^d: each coordinate 0 one time in five, else ±log-uniform in [2e-3, 2] — three decades
 * (a start of 1e-6 differs from 0 by nothing a run of ≤ 100 steps of size ≥ 2e-5 resolves).
 */
const startingPoint = (d: number): fc.Arbitrary<Float64Array> =>
  fc
    .array(
      fc.oneof(
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 4, arbitrary: fc.tuple(fc.boolean(), arb.logUniform(2e-3, 2)).map(([n, m]) => (n ? -m : m)) },
      ),
      { minLength: d, maxLength: d },
    )
    .map((x) => Float64Array.from(x));

export function trajectoryInstances({
  maxT = 100,
  delta = arb.delta({ min: 0.05, max: 0.5 }),
}: {
  maxT?: number;
  delta?: fc.Arbitrary<number>;
} = {}): fc.Arbitrary<TrajectoryInstance> {
  return smoothFunctionArbitrary({ maxDim: 3 }).chain((fn) => {
    const d = specDim(fn);
    return fc
      .record({
        fn: fc.constant(fn),
        x1: startingPoint(d),
        T: arb.iterations({ min: 10, max: maxT }),
        theta: arb.stepsize({ lo: 1e-3, hi: 1, cap: 1 }),
        law: noiseLaw({ laws: TRAJECTORY_LAWS }),
        scales: fc.array(nonNegative(1e-2, 10), { minLength: d, maxLength: d }),
        delta,
        lambdaFactor: arb.logUniform(0.1, 10),
      })
      .map(({ law, ...r }) => ({ ...r, noise: law.noise, kappa: law.kappa }));
  });
}

/** The parameters of a run: x¹, θ, the noise scales, δ and the fixed λ's factor (movable), T, d, the family, the law and κ. */
export function trajectoryParameters<I extends TrajectoryInstance>(delta: readonly [number, number] = [0.05, 0.5]): Parameter<I>[] {
  return [
    coordinatesParameter<I>(
      "|x¹_i|",
      [2e-3, 2],
      (i) => i.x1,
      (i, x1) => ({ ...i, x1 }),
    ),
    logParameter<I>(
      "θ (γ = 2θ/T)",
      [1e-3, 1],
      (i) => i.theta,
      (i, theta) => ({ ...i, theta }),
      [param.at("θ = 1", 1)],
    ),
    param.log("scale_i", [1e-2, 10], (i) => Float64Array.from(i.scales), {
      write: (i, v) => ({ ...i, scales: (v as number[]).map((s) => (s === 0 ? 0 : Math.min(10, Math.max(1e-2, s)))) }),
      boundaries: [param.at("σ_i = 0", 0)],
    }),
    deltaParameter<I>(delta),
    logParameter<I>(
      "c (fixed λ's factor)",
      [0.1, 10],
      (i) => i.lambdaFactor,
      (i, lambdaFactor) => ({ ...i, lambdaFactor }),
    ),
    param.integer("T", [10, 100], (i) => i.T),
    param.integer("d", [1, 3], (i) => i.x1.length),
    param.categorical("family", FUNCTION_FAMILIES, (i) => i.fn.family),
    ...noiseParameters<I>((i) => i, TRAJECTORY_LAWS),
  ];
}

export interface MartingaleRun {
  /** Σ D_k. */
  readonly S: number;
  /** Σ σ_k². */
  readonly V: number;
  /** Σ_k γ‖∇f(x^k)‖₁. */
  readonly sumGammaG: number;
  /** ‖∇f(x¹)‖₁. */
  readonly G1: number;
  /** Σ_k (φ_k − ψ_k)·h_k for three predictable weights: h = 1, h = sign(φ_{k−1} − ψ_{k−1}), h = ψ_k. */
  readonly weighted: readonly [number, number, number];
  readonly diverged: boolean;
}

/**
 * One run. `psiShift` adds a constant to ψ_k (0 for the audit; a test shifts it to check that the
 * martingale test sees a drift).
 */
export function runMartingale(i: TrajectoryInstance, stream: Stream, psiShift = 0): MartingaleRun {
  const f = functionFromSpec(i.fn);
  const law = noiseFromSpec(i.noise);
  const oracle = gradientOracle({ fn: f, noise: law, scale: Float64Array.from(i.scales) });
  const gamma = gammaOf(i);
  const state = signSgd.init(i.x1, { gamma }, stream);
  const d = f.dim;
  const grad = new Float64Array(d);
  let S = 0;
  let V = 0;
  let sumGammaG = 0;
  let G1 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let prev = 0;
  for (let k = 1; k <= i.T; k++) {
    f.gradient(state.x, grad);
    const G = norm1(grad);
    if (!Number.isFinite(G)) return { S: NaN, V: NaN, sumGammaG: NaN, G1, weighted: [NaN, NaN, NaN], diverged: true };
    if (k === 1) G1 = G;
    let psiNum = 0;
    for (let j = 0; j < d; j++) {
      const v = grad[j];
      if (v === 0 || i.scales[j] === 0) {
        psiNum += Math.abs(v);
        continue;
      }
      const o = law.signOutcomes(v, i.scales[j]);
      psiNum += Math.abs(v) * (1 - 2 * o.wrong - o.zero);
    }
    const psi = (G > 0 ? psiNum / G : 0) + psiShift;
    signSgd.step(state, oracle);
    let inner = 0;
    for (let j = 0; j < d; j++) inner += grad[j] * Math.sign(state.g[j]);
    const phi = G > 0 ? inner / G : 0;
    const z = phi - psi;
    S += -gamma * z * G;
    V += 4 * gamma * gamma * G * G;
    sumGammaG += gamma * G;
    w1 += z;
    w2 += z * Math.sign(prev);
    w3 += z * psi;
    prev = z;
  }
  return { S, V, sumGammaG, G1, weighted: [w1, w2, w3], diverged: false };
}

export const trajectoryClassify = (i: TrajectoryInstance): string => `${i.noise.law}${i.scales.every((s) => s === 0) ? ", σ⃗ = 0" : ""}`;

export const TRAJECTORY_HYPOTHESES = [
  "f: random (L0,L1)-smooth functions of src/functions (d ≤ 3), x¹ ∈ [−2, 2]^d (coordinates 0 or ±[2e-3, 2]), constant γ = θ·2/T with θ ∈ [1e-3, 1] (θ = 1 a quarter of the time), T ∈ [10, 100]",
  "g^k = ∇f(x^k) + ξ^k, ξ^k_i = scale_i·X, X from every law of src/noise but SαS (κ ∈ (1, 2]), scale_i ∈ {0} ∪ [1e-2, 10], fresh draws each step",
];
