/**
 * laurent00/sgd-quadratic-tuning and laurent00/sgd-quadratic-tuning-noiseless — a tuning of SGD on an
 * isotropic quadratic f(x) = (λ/2)‖x‖² with additive noise σ·ξ, ξ ~ N(0, I_d), derived from Laurent &
 * Massart 2000, Lemma 1 (P(χ²_d ≥ q) ≤ δ for q = d + 2√(d·log(1/δ)) + 2·log(1/δ)):
 *   x_T = (1 − γλ)^T x_0 + N(0, v·I) with v = γ²σ²(1 − a^{2T})/(1 − a²) ≤ γσ²/λ (a = 1 − γλ ∈ [0, 1)),
 * so with γ = min(1/λ, ε/(2σ²q)) the noise part has ‖n‖ ≤ √(vq) ≤ √(ε/(2λ)) with probability ≥ 1 − δ,
 * and T = ⌈log(‖x_0‖/√(ε/(2λ)))/(−log(1 − γλ))⌉ (at least 1) makes the bias a^T‖x_0‖ ≤ √(ε/(2λ)); then
 * ‖x_T‖ ≤ √(2ε/λ), i.e. f(x_T) ≤ ε. Hence P(f(x_T) > ε) ≤ δ: the prescription reaches ε at level 1 − δ.
 * A grid of γ·2^i, T·2^j shows what the constants cost. The false twin is the noiseless tuning γ = 1/λ,
 * T = 1 (one step to the minimiser), which ignores σ: f(x_1) = σ²‖ξ‖²/(2λ) > ε iff ‖ξ‖² > 2/ρ with
 * ρ = σ²/(λε) ≥ 2, so it misses with probability ≥ P(χ²_1 > 1) = 0.317 > 6δ for δ ≤ 0.05.
 */
import fc from "fast-check";
import { arb, defineClaim, type Parameter, type Stream, type TuningClaim } from "signcheck";

export interface SgdQuadraticInstance {
  readonly d: number;
  readonly lambda: number;
  readonly eps: number;
  /** Noise ratio ρ = σ²/(λε). */
  readonly rho: number;
  /** x_0 = direction·R·√(ε/λ), ‖direction‖ = 1. */
  readonly direction: number[];
  readonly R: number;
  readonly delta: number;
}

export interface SgdParams {
  readonly gamma: number;
  readonly T: number;
}

const sigmaOf = (i: SgdQuadraticInstance) => Math.sqrt(i.rho * i.lambda * i.eps);
const x0Norm = (i: SgdQuadraticInstance) => i.R * Math.sqrt(i.eps / i.lambda);

/** The prescription of the header (Laurent–Massart quantile q of χ²_d at level δ). */
export function prescribed(i: SgdQuadraticInstance): SgdParams {
  const t = Math.log(1 / i.delta);
  const q = i.d + 2 * Math.sqrt(i.d * t) + 2 * t;
  const gamma = Math.min(1 / i.lambda, i.eps / (2 * sigmaOf(i) ** 2 * q));
  const half = Math.sqrt(i.eps / (2 * i.lambda));
  const a = 1 - gamma * i.lambda;
  const T = a <= 0 || x0Norm(i) <= half ? 1 : Math.max(1, Math.ceil(Math.log(x0Norm(i) / half) / -Math.log1p(-gamma * i.lambda)));
  return { gamma, T };
}

/** f(x_T) after T steps of SGD with constant γ. */
function run(i: SgdQuadraticInstance, { gamma, T }: SgdParams, stream: Stream): number {
  const s = sigmaOf(i);
  const x = Float64Array.from(i.direction, (u) => u * x0Norm(i));
  for (let k = 0; k < T; k++) for (let j = 0; j < i.d; j++) x[j] -= gamma * (i.lambda * x[j] + s * stream.normal());
  return (i.lambda / 2) * x.reduce((a, v) => a + v * v, 0);
}

function instances(rho: [number, number], delta: { min: number; max: number }): fc.Arbitrary<SgdQuadraticInstance> {
  return arb.dimension({ min: 1, max: 4 }).chain((d) =>
    fc.record({
      d: fc.constant(d),
      lambda: arb.logUniform(0.1, 10),
      eps: arb.logUniform(1e-4, 1),
      rho: arb.logUniform(...rho),
      direction: fc
        .array(
          fc.integer({ min: -1000, max: 1000 }).map((j) => j / 1000),
          { minLength: d, maxLength: d },
        )
        .map((v) => {
          const n = Math.hypot(...v);
          return n > 1e-3 ? v.map((x) => x / n) : [1, ...v.slice(1).map(() => 0)];
        }),
      R: arb.logUniform(0.1, 100),
      delta: arb.delta(delta),
    }),
  );
}

function parameters(rho: [number, number], delta: [number, number]): Parameter<SgdQuadraticInstance>[] {
  const set =
    <K extends keyof SgdQuadraticInstance>(k: K) =>
    (i: SgdQuadraticInstance, v: number | number[]) => ({ ...i, [k]: v as number });
  return [
    { name: "d", scale: "integer", range: [1, 4], read: (i) => i.d },
    { name: "λ", scale: "log", range: [0.1, 10], read: (i) => i.lambda, write: set("lambda") },
    { name: "ε", scale: "log", range: [1e-4, 1], read: (i) => i.eps, write: set("eps") },
    { name: "ρ = σ²/(λε)", scale: "log", range: rho, read: (i) => i.rho, write: set("rho") },
    { name: "‖x₀‖/√(ε/λ)", scale: "log", range: [0.1, 100], read: (i) => i.R, write: set("R") },
    { name: "δ", scale: "log", range: delta, read: (i) => i.delta, write: set("delta") },
  ];
}

const source = {
  paper: "laurent00",
  item: "Lemma 1",
  step: "applied to the last iterate of SGD on an isotropic quadratic",
  quote: "P(X − D ≥ 2√(Dx) + 2x) ≤ exp(−x) for X ~ χ²_D",
} as const;
const gridOf = (i: SgdQuadraticInstance): SgdParams[] => {
  const p = prescribed(i);
  const out: SgdParams[] = [];
  for (const gi of [1, 2, 4])
    for (const tj of [1, 2, 4, 8]) if (gi > 1 || tj > 1) out.push({ gamma: Math.min(1 / i.lambda, p.gamma * gi), T: Math.max(1, Math.ceil(p.T / tj)) });
  return out;
};

export const sgdQuadraticTuning = defineClaim<TuningClaim<SgdQuadraticInstance, SgdParams>>({
  id: "laurent00/sgd-quadratic-tuning",
  kind: "tuning",
  title: "SGD on an isotropic quadratic reaches f ≤ ε with probability ≥ 1 − δ at the χ²-quantile tuning",
  source,
  hypotheses: [
    "f = (λ/2)‖x‖², λ ∈ [0.1, 10], d ≤ 4; oracle ∇f + σξ, ξ ~ N(0, I)",
    "ε ∈ [1e-4, 1], σ² = ρλε with ρ ∈ [1e-2, 3], ‖x₀‖ = R·√(ε/λ) with R ∈ [0.1, 100], δ ∈ [0.01, 0.2]",
  ],
  tightness: "upper",
  instances: instances([1e-2, 3], { min: 0.01, max: 0.2 }),
  // Certifying a miss rate ≤ δ = 0.01 with no miss takes ≈ log(α per look)/log(1 − δ) ≈ 1300 trials.
  budgets: { quick: { trials: 2000 }, standard: { instances: 30, trials: 5000 }, thorough: { trials: 20000 } },
  delta: (i) => i.delta,
  target: (i) => i.eps,
  prescription: prescribed,
  run,
  cost: (_i, p) => p.T,
  grid: gridOf,
  parameters: parameters([1e-2, 3], [0.01, 0.2]),
  expected: { verdict: "holds", reason: "bias ≤ √(ε/(2λ)) by the choice of T, noise ≤ √(ε/(2λ)) with probability ≥ 1 − δ by Laurent–Massart: f(x_T) ≤ ε" },
});

export const sgdQuadraticTuningNoiseless = defineClaim<TuningClaim<SgdQuadraticInstance, SgdParams>>({
  id: "laurent00/sgd-quadratic-tuning-noiseless",
  kind: "tuning",
  title: "The noiseless tuning γ = 1/λ, T = 1 under noise σ² ≥ 2λε (false)",
  source,
  hypotheses: ["as laurent00/sgd-quadratic-tuning with ρ = σ²/(λε) ∈ [2, 10] and δ ∈ [1e-3, 0.05]"],
  tightness: "upper",
  instances: instances([2, 10], { min: 1e-3, max: 0.05 }),
  delta: (i) => i.delta,
  target: (i) => i.eps,
  prescription: (i) => ({ gamma: 1 / i.lambda, T: 1 }),
  run,
  cost: (_i, p) => p.T,
  parameters: parameters([2, 10], [1e-3, 0.05]),
  expected: { verdict: "violated", reason: "f(x_1) = σ²‖ξ‖²/(2λ) > ε whenever ‖ξ‖² > 2/ρ, which has probability ≥ P(χ²_1 > 1) = 0.317 > δ" },
});
