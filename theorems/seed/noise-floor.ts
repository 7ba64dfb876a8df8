/**
 * seed/noise-floor and seed/noise-floor-symmetric — the seed's §3.2 sentence "In order to achieve
 * accuracy ε, the noise ‖σ⃗‖₁ have not to exceed ε. The first way to lower the noise is to use
 * batching." Read as a statement about the class Assumption 3 allows, it is a worst-case necessity:
 * some zero-mean noise makes SignSGD without batching stall at a gradient level proportional to
 * ‖σ⃗‖₁, whatever the stepsize. Demonstrated on f = ‖x‖²/2 from x¹ = x* = 0 with coordinates
 * g_i = x_i + s·X, X the skewed two-point law {1 − q w.p. q, −q w.p. 1 − q}, q < ½ (zero mean): while
 * x_i < s·q, sign(g_i) = −1 with probability 1 − q > ½, so x_i drifts up to s·q (the noise's median
 * point) and oscillates there — the gradient stays at |∇f_i| ≈ s·q = c(q, κ)·σ_i with
 * c = q/(q(1 − q)^κ + (1 − q)q^κ)^{1/κ} (≈ 0.82 at q = 0.4, κ = 2). The claim: (1/T)Σ‖∇f(x^k)‖₁ ≥ ½·d·s·q
 * with probability ≥ 1 − δ, for γ = θ·s·q (θ ∈ [0.05, 0.2]) and T = ⌈20/(θ(1 − 2q))⌉ (ten times the drift time).
 * The sentence is not necessary for every law: under symmetric unimodal noise SignSGD without batching
 * reaches an accuracy well below ‖σ⃗‖₁ with small steps ("-symmetric": from x¹ = s·1, γ = θ·s with
 * θ ∈ [3e-3, 2e-2], T = ⌈20/θ⌉, (1/T)Σ‖∇f(x^k)‖₁ ≤ ‖σ⃗‖₁/2 with probability ≥ 0.9), so the floor is a property of skewed noise,
 * which minibatching removes (seed/batching-constant-1 decides by how much).
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  gradientOracle,
  noiseFromSpec,
  noiseLaw,
  param,
  powerNorm,
  runTrajectory,
  sigmaKappa,
  signSgd,
  twoPoint,
  type HighProbabilityClaim,
  type NoiseSpec,
} from "signcheck";
import { clamp, logParameter, noiseParameters } from "./proof41.ts";

const DELTA = 0.05;

export interface FloorInstance {
  readonly d: number;
  readonly q: number;
  readonly kappa: number;
  readonly scale: number;
  /** γ = θ·s·q. */
  readonly theta: number;
}

export const floorHorizon = (i: FloorInstance): number => Math.ceil(20 / (i.theta * (1 - 2 * i.q)));

const source = {
  paper: "seed",
  item: "§3.2 SignSGD and its HP convergence properties",
  quote: String.raw`In order to achieve accuracy  $\varepsilon$ , the noise  $\|\vec{\sigma}\|_1$  have not to exceed  $\varepsilon$ . The first way to lower the noise is to use batching.`,
};

export const noiseFloor = defineClaim<HighProbabilityClaim<FloorInstance>>({
  id: "seed/noise-floor",
  kind: "high-probability",
  title:
    "Without batching SignSGD stalls at a noise floor: under skewed zero-mean noise (1/T)Σ‖∇f(x^k)‖₁ ≥ ½·d·s·q (a fixed fraction of ‖σ⃗‖₁) for every small stepsize",
  source,
  hypotheses: [
    "f = ‖x‖²/2, d ∈ [1, 4], x¹ = x* = 0; g_i = x_i + s·X_i, X_i i.i.d. two-point {1 − q w.p. q, −q w.p. 1 − q}, q ∈ [0.05, 0.4], s ∈ [0.1, 10], κ ∈ (1, 2] (‖σ⃗‖₁ = d·s·(E|X|^κ)^{1/κ})",
    "γ = θ·s·q, θ ∈ [0.05, 0.2]; T = ⌈20/(θ(1 − 2q))⌉; δ = 0.05; the claim is a lower bound: statistic −(1/T)Σ‖∇f(x^k)‖₁ ≤ −½·d·s·q",
  ],
  tightness: "lower",
  instances: fc.record({
    d: arb.dimension({ min: 1, max: 4 }),
    q: arb.logUniform(0.05, 0.4),
    kappa: fc.oneof(
      fc.constant(2),
      fc.integer({ min: 1, max: 1000 }).map((j) => 1 + j / 1000),
    ),
    scale: arb.logUniform(0.1, 10),
    theta: arb.logUniform(0.05, 0.2),
  }),
  delta: () => DELTA,
  statistic: (i, stream) => {
    const oracle = gradientOracle({ fn: powerNorm(2, i.d), noise: twoPoint(i.q), scale: i.scale });
    const state = signSgd.init(new Float64Array(i.d), { gamma: i.theta * i.scale * i.q }, stream);
    return -runTrajectory(signSgd, state, oracle, floorHorizon(i)).meanGradNorm1;
  },
  divergedCountsAsFailure: true,
  bound: (i) => -0.5 * i.d * i.scale * i.q,
  parameters: [
    logParameter(
      "q",
      [0.05, 0.4],
      (i) => i.q,
      (i, q) => ({ ...i, q }),
    ),
    logParameter(
      "scale s",
      [0.1, 10],
      (i) => i.scale,
      (i, scale) => ({ ...i, scale }),
    ),
    logParameter(
      "θ (γ = θ·s·q)",
      [0.05, 0.2],
      (i) => i.theta,
      (i, theta) => ({ ...i, theta }),
    ),
    param.linear("κ", [1, 2], (i) => i.kappa, {
      write: (i, k) => ({ ...i, kappa: clamp(Math.round((k as number) * 1000) / 1000, 1.001, 2) }),
      boundaries: [param.at("κ = 2", 2)],
    }),
    param.integer("d", [1, 4], (i) => i.d),
  ],
  classify: (i) => `floor/‖σ⃗‖₁ = ${((i.q * i.scale * i.d) / (i.d * sigmaKappa(twoPoint(i.q), i.scale, i.kappa))).toFixed(2)}`,
  budgets: { quick: { instances: 4, trials: 400 }, standard: { instances: 12, trials: 1500 } },
  expected: {
    verdict: "holds",
    reason:
      "the sign of g_i is wrong with probability 1 − q > ½ until x_i reaches s·q, where the iterates then oscillate: the average gradient cannot drop below the floor",
  },
});

export interface SymmetricFloorInstance {
  readonly d: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scale: number;
  /** γ = θ·s. */
  readonly theta: number;
}

export const noiseFloorSymmetric = defineClaim<HighProbabilityClaim<SymmetricFloorInstance>>({
  id: "seed/noise-floor-symmetric",
  kind: "high-probability",
  title: "Under symmetric unimodal noise SignSGD without batching reaches (1/T)Σ‖∇f(x^k)‖₁ ≤ ‖σ⃗‖₁/2 with small steps: the floor is a property of skewed noise",
  source,
  hypotheses: [
    "f = ‖x‖²/2, d ∈ [1, 4], x¹ = s·(1, …, 1); g_i = x_i + s·X_i, X_i i.i.d. symmetric unimodal (Gaussian, Laplace, Student-t, symmetric Lomax, contaminated), κ ∈ (1, 2], s ∈ [0.1, 10]",
    "γ = θ·s, θ ∈ [3e-3, 2e-2]; T = ⌈20/θ⌉; δ = 0.1",
  ],
  tightness: "upper",
  instances: fc
    .record({
      d: arb.dimension({ min: 1, max: 4 }),
      law: noiseLaw({ symmetric: true, unimodal: true, laws: ["gaussian", "laplace", "studentT", "symmetricLomax", "contaminated"] }),
      scale: arb.logUniform(0.1, 10),
      theta: arb.logUniform(3e-3, 2e-2),
    })
    .map(({ law, ...r }) => ({ ...r, noise: law.noise, kappa: law.kappa })),
  delta: () => 0.1,
  statistic: (i, stream) => {
    const oracle = gradientOracle({ fn: powerNorm(2, i.d), noise: noiseFromSpec(i.noise), scale: i.scale });
    const state = signSgd.init(new Float64Array(i.d).fill(i.scale), { gamma: i.theta * i.scale }, stream);
    return runTrajectory(signSgd, state, oracle, Math.ceil(20 / i.theta)).meanGradNorm1;
  },
  divergedCountsAsFailure: true,
  bound: (i) => (i.d * sigmaKappa(noiseFromSpec(i.noise), i.scale, i.kappa)) / 2,
  parameters: [
    logParameter(
      "scale s",
      [0.1, 10],
      (i) => i.scale,
      (i, scale) => ({ ...i, scale }),
    ),
    logParameter(
      "θ (γ = θ·s)",
      [3e-3, 2e-2],
      (i) => i.theta,
      (i, theta) => ({ ...i, theta }),
    ),
    param.integer("d", [1, 4], (i) => i.d),
    ...noiseParameters<SymmetricFloorInstance>((i) => i, ["gaussian", "laplace", "studentT", "symmetricLomax", "contaminated"]),
  ],
  classify: (i) => i.noise.law,
  budgets: { quick: { instances: 3, trials: 300 }, standard: { instances: 10, trials: 1000 } },
  expected: {
    verdict: "holds",
    reason: "symmetric noise keeps E sign(g_i) pointing to 0 with a drift ∝ x_i/s, so the iterates settle within ≈ √(γs) of x*, far below the noise level",
  },
});
