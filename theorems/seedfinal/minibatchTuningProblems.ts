/**
 * Problems on which the minibatch-SignSGD prescriptions (the seed's, seedfinal's Theorem "(L0,L1) HP
 * complexity for minibatch-SignSGD", and the corrected one of docs/seed-errata.md) are run: a function
 * with a proved pair L0 > 0 (so both regimes exist) — Σcosh x_i (1, 1), ‖x‖⁴/4 (4, 1), the double well
 * (‖x‖² − 1)² (8, 3) — ε as a multiple r of the regime threshold, a start x¹ along a direction u where
 * ‖∇f(x¹)‖₁ is a chosen multiple g ≥ 2 of ε (so that the run has ground to cover: a start already within ε
 * would make the claim trivial), and noise laws whose mean of B draws is drawn exactly (Gaussian,
 * symmetric α-stable), so a batch of any size costs one draw per coordinate. The prescribed T grows like
 * Δ₁/ε or Δ₁/ε²; where it would exceed T_MAX the start is moved in (g lowered, not below 1) until it does
 * not (the hypotheses say so).
 */
import fc from "fast-check";
import {
  arb,
  coshSum,
  doubleWell,
  gradientOracle,
  noiseFromSpec,
  noiseLaw,
  norm1,
  param,
  powerNorm,
  runTrajectory,
  sigmaKappa,
  signSgd,
  type NoiseSpec,
  type Parameter,
  type SeedTuning,
  type SmoothFunction,
  type Stream,
} from "signcheck";
import { clamp, logParameter, noiseParameters } from "../seed/proof41.ts";

export const FAMILIES = ["coshSum", "quartic", "doubleWell"] as const;
export type Family = (typeof FAMILIES)[number];

/** A prescription as run: stepsize, batch size, iterations. */
export type Params = { gamma: number; B: number; T: number };

/** Largest prescribed iteration count run (the start is moved in to stay below it). */
export const T_MAX = 20_000;

export interface TuningProblem {
  readonly family: Family;
  /** Direction of x¹ (unit length). */
  readonly u: Float64Array;
  /** ‖∇f(x¹)‖₁/ε as drawn, before any lowering for T ≤ T_MAX. */
  readonly start: number;
  readonly delta: number;
  /** ε = r × the prescription's regime threshold. */
  readonly r: number;
  /** ‖σ⃗‖₁/ε. */
  readonly rho: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

export function functionOf(family: Family, d: number): SmoothFunction {
  return family === "coshSum" ? coshSum(d) : family === "quartic" ? powerNorm(4, d) : doubleWell(d);
}

/**
 * The point x = t·u with ‖∇f(x)‖₁ = G: t ≥ 0 (for the double well t ≥ 1, outside the unit sphere), where
 * ‖∇f(t·u)‖₁ increases in t for these three functions; bisection to the last float.
 */
export function pointAtGradient(family: Family, u: Float64Array, G: number): Float64Array {
  const f = functionOf(family, u.length);
  const at = (t: number) => Float64Array.from(u, (v) => t * v);
  const g = (t: number) => norm1(f.gradient(at(t))) - G;
  let lo = family === "doubleWell" ? 1 : 0;
  let hi = lo + 1;
  while (g(hi) < 0) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  return at(hi);
}

export interface ProblemAt {
  readonly f: SmoothFunction;
  readonly x1: Float64Array;
  readonly Delta1: number;
  readonly epsilon: number;
  readonly sigma1: number;
  /** Noise scale per coordinate (equal), so that Σσ_i = ‖σ⃗‖₁. */
  readonly scale: number;
  readonly grad1Norm1: number;
}

/**
 * The problem for a prescription: ε = r·threshold(f), ‖σ⃗‖₁ = ρε, and the start with ‖∇f(x¹)‖₁ = g·ε for the
 * largest g ≤ the drawn one whose prescribed T is ≤ T_MAX (T grows with Δ₁: g shrinks by √2 until it fits,
 * not below 1).
 */
export function problemAt(
  i: TuningProblem,
  threshold: (f: SmoothFunction) => number,
  prescribe: (p: ProblemAt, delta: number) => SeedTuning,
): { problem: ProblemAt; tuning: SeedTuning } {
  const d = i.u.length;
  const f = functionOf(i.family, d);
  const epsilon = i.r * threshold(f);
  const sigma1 = i.rho * epsilon;
  const law = noiseFromSpec(i.noise);
  const unit = sigmaKappa(law, 1, i.kappa);
  let g = i.start;
  for (;;) {
    const x1 = pointAtGradient(i.family, i.u, g * epsilon);
    const problem: ProblemAt = { f, x1, Delta1: f.value(x1) - f.fStar, epsilon, sigma1, scale: sigma1 / (d * unit), grad1Norm1: norm1(f.gradient(x1)) };
    const tuning = prescribe(problem, i.delta);
    if (tuning.T <= T_MAX || g <= 1) return { problem, tuning };
    g = Math.max(1, g / Math.SQRT2);
  }
}

/** A tuning claim's problem and its prescription (γ, B, T) with the regime it chose. */
export interface Solved {
  readonly problem: ProblemAt;
  readonly params: Params;
  readonly regime: string;
}

/**
 * `problemAt` for one prescription, computed once per instance object (a claim's statistic, target and grid all
 * ask for it): the seed's tuning claims and the corrected one differ only in `threshold` and `prescribe`.
 */
export function solver(
  threshold: (f: SmoothFunction) => number,
  prescribe: (p: ProblemAt, delta: number, i: TuningProblem) => SeedTuning,
): (i: TuningProblem) => Solved {
  const solved = new WeakMap<TuningProblem, Solved>();
  return (i) => {
    let hit = solved.get(i);
    if (!hit) {
      const { problem, tuning } = problemAt(i, threshold, (p, delta) => prescribe(p, delta, i));
      hit = { problem, params: { gamma: tuning.gamma, B: tuning.B, T: tuning.T }, regime: tuning.regime };
      solved.set(i, hit);
    }
    return hit;
  };
}

/** (1/T)Σ‖∇f(x^k)‖₁ of one minibatch-SignSGD run with (γ, B, T): the mean of B draws is exact (one draw per coordinate). */
export function minibatchRun(problem: ProblemAt, i: TuningProblem, params: { gamma: number; B: number; T: number }, stream: Stream): number {
  const oracle = gradientOracle({ fn: problem.f, noise: noiseFromSpec(i.noise), scale: problem.scale, batch: params.B });
  const state = signSgd.init(problem.x1, { gamma: params.gamma }, stream);
  return runTrajectory(signSgd, state, oracle, params.T).meanGradNorm1;
}

/** Alternatives to a prescription: T/2^j and B/4^k (j ≤ 4, k ≤ 2), the stepsize kept (the price of the constants). */
export function grid(p: { gamma: number; B: number; T: number }): { gamma: number; B: number; T: number }[] {
  const out: { gamma: number; B: number; T: number }[] = [];
  for (let j = 0; j <= 4; j++) {
    for (let k = 0; k <= 2; k++) {
      if (j === 0 && k === 0) continue;
      const T = Math.max(1, Math.ceil(p.T / 2 ** j));
      const B = Math.max(1, Math.ceil(p.B / 4 ** k));
      if (T === p.T && B === p.B) continue;
      out.push({ gamma: p.gamma, B, T });
    }
  }
  return out;
}

/** Unit directions in dimension 1 … 4 (coordinates sign × [0.1, 1] before normalising: no coordinate near 0). */
const direction: fc.Arbitrary<Float64Array> = arb.dimension({ min: 1, max: 4 }).chain((d) =>
  fc
    .array(
      fc.tuple(fc.boolean(), arb.logUniform(0.1, 1)).map(([n, m]) => (n ? -m : m)),
      { minLength: d, maxLength: d },
    )
    .map((v) => {
      const n = Math.hypot(...v);
      return Float64Array.from(v, (t) => t / n);
    }),
);

/**
 * ‖σ⃗‖₁/ε is capped so that both prescriptions' batch sizes, up to (128ρ)^{κ/(κ−1)}, stay ≤ 1e12 (near κ = 1
 * the exponent is large): ρ ≤ 10^{12(κ−1)/κ}/128; where that cap falls below the range's 1e-2 (κ < 1.05) the
 * run is noiseless (ρ = 0) rather than drawn outside the range.
 */
export const rhoMax = (kappa: number): number => 10 ** ((12 * (kappa - 1)) / kappa) / 128;
const capRho = (rho: number, kappa: number): number => (rhoMax(kappa) < 1e-2 ? 0 : Math.min(rho, rhoMax(kappa)));

/** Problems with δ in the given range; σ⃗ = 0 (a deterministic run) with weight `noiseless` out of 5. */
export function tuningProblems(delta: { min: number; max: number }, noiseless = 1): fc.Arbitrary<TuningProblem> {
  return fc
    .record({
      family: fc.constantFrom(...FAMILIES),
      u: direction,
      start: arb.logUniform(2, 100),
      delta: arb.delta(delta),
      // Both regimes: r < 1 below the threshold, r ≥ 1 at or above it (r = 1, the boundary, drawn on purpose).
      r: fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 4, arbitrary: arb.logUniform(0.1, 10) }),
      rho: fc.oneof({ weight: noiseless, arbitrary: fc.constant(0) }, { weight: 5 - noiseless, arbitrary: arb.logUniform(1e-2, 10) }),
      law: noiseLaw({ laws: ["gaussian", "symmetricStable"] }),
    })
    .map(({ law, ...rest }) => ({ ...rest, rho: capRho(rest.rho, law.kappa), noise: law.noise, kappa: law.kappa }));
}

export function tuningProblemParameters(delta: { min: number; max: number }): Parameter<TuningProblem>[] {
  return [
    logParameter<TuningProblem>(
      "g = ‖∇f(x¹)‖₁/ε drawn",
      [2, 100],
      (i) => i.start,
      (i, start) => ({ ...i, start }),
    ),
    logParameter<TuningProblem>(
      "δ",
      [delta.min, delta.max],
      (i) => i.delta,
      (i, d) => ({ ...i, delta: d }),
      [param.at("δ > 1/e", (v) => (v as number) > Math.exp(-1))],
    ),
    logParameter<TuningProblem>(
      "r = ε/threshold",
      [0.1, 10],
      (i) => i.r,
      (i, r) => ({ ...i, r }),
      [param.at("at the threshold (r = 1)", 1), param.at("regime L0 (r < 1)", (v) => (v as number) < 1)],
    ),
    logParameter<TuningProblem>(
      "ρ = ‖σ⃗‖₁/ε",
      [1e-2, 10],
      (i) => i.rho,
      (i, rho) => ({ ...i, rho: capRho(rho, i.kappa) }),
      [param.at("σ⃗ = 0", 0)],
    ),
    param.log("|u_i| (direction of x¹)", [0.05, 1], (i) => i.u, {
      write: (i, v) => {
        const w = (v as number[]).map((t) => Math.sign(t) * clamp(Math.abs(t), 0.05, 1));
        const n = Math.hypot(...w);
        return { ...i, u: Float64Array.from(w, (t) => t / n) };
      },
    }),
    param.integer("d", [1, 4], (i) => i.u.length),
    param.categorical("function", [...FAMILIES], (i) => i.family),
    ...noiseParameters<TuningProblem>((i) => i, ["gaussian", "symmetricStable"]),
  ];
}

export const PROBLEM_HYPOTHESES = [
  "f ∈ {Σcosh x_i (L0, L1) = (1, 1), ‖x‖⁴/4 (4, 1), (‖x‖² − 1)² (8, 3)}, d ≤ 4 (L0 > 0: both regimes exist); x¹ = t·u, u a unit direction, with ‖∇f(x¹)‖₁ = g·ε, g ∈ [2, 100] drawn (lowered, not below 1, where the prescribed T would exceed 2·10⁴: an affordability limit)",
  "ε = r × the regime threshold, r ∈ [0.1, 10] (r = 1, the boundary, a fifth of the time); ‖σ⃗‖₁ = ρε, ρ ∈ {0} ∪ [1e-2, 10] (capped so that B ≤ 1e12 near κ = 1; for κ < 1.05 no noise), equal on every coordinate",
  "A3 with κ ∈ (1, 2]: Gaussian or symmetric α-stable (α > κ) noise, whose mean of B draws is drawn exactly (any B costs one draw per coordinate)",
];
