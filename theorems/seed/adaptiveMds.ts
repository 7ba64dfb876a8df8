/**
 * Martingale difference sequences with PREDICTABLE, ADAPTIVE scales — the whole class the concentration
 * lemma the seed cites speaks of (Li & Orabona 2020, Lemma 1, as the completion states it: E[D_k | F_{k−1}] = 0,
 * E[exp(D_k²/σ_k²) | F_{k−1}] ≤ e, σ_k known before the k-th draw). D_k = σ_k·ε_k, ε_k i.i.d. with
 * E ε = 0 and E exp(ε²) ≤ e; each law is taken at the largest scale that premise allows:
 *   Gaussian N(0, s²), s² = (1 − e^{−2})/2 (E exp(ε²) = (1 − 2s²)^{−1/2} = e);
 *   two-point {a w.p. q, −b w.p. 1 − q}, a = (1 − q)t, b = q·t (zero mean), t the root of
 *   q·e^{a²} + (1 − q)·e^{b²} = e (q = ½ is the Rademacher law with t = 2).
 * Scale rule "restart and freeze": the run goes in phases of n steps at a scale growing by M per phase,
 * and freezes (scale ρ times the current one) from the first step where S_k > m·√(3·log(1/δ))·√V_k,
 * S_k = ΣD, V_k = Σσ² — m·√(3ℓ) being the normalised level where a λ chosen after the data stops
 * helping (min_λ ¾λV + ℓ/λ = √(3ℓV)). M = 1 and ρ = 1 give constant scales; n = T gives a single
 * phase. S and V are kept in units of the current phase's scale (exactly rescaled at each change),
 * so no growth overflows; the unit's logarithm is returned beside them.
 */
import fc from "fast-check";
import { arb, param, type Parameter, type Stream } from "signcheck";
import { clamp, deltaParameter, integerLogParameter, logParameter } from "./proof41.ts";

export type EpsilonLaw = { readonly law: "gaussian" } | { readonly law: "twoPoint"; readonly q: number };

export interface AdaptiveMdsInstance {
  readonly T: number;
  readonly delta: number;
  readonly epsilon: EpsilonLaw;
  /** Steps per phase n. */
  readonly phase: number;
  /** Scale growth per phase M ≥ 1. */
  readonly growth: number;
  /** Freeze level m (in units of √(3ℓ)). */
  readonly level: number;
  /** Scale after freezing, relative to the current one: ρ ∈ (0, 1]. */
  readonly rho: number;
  /** Fixed λ = factor·√(4ℓ/(3T)) (S7; the unit scale is that of the first phase). */
  readonly lambdaFactor: number;
}

/** t with q·e^{((1−q)t)²} + (1−q)·e^{(qt)²} = e, by bisection (the left side increases in t). */
export function twoPointScale(q: number): number {
  let lo = 0;
  let hi = 1;
  const g = (t: number) => q * Math.exp(((1 - q) * t) ** 2) + (1 - q) * Math.exp((q * t) ** 2) - Math.E;
  while (g(hi) < 0) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) hi = mid;
    else lo = mid;
  }
  return lo; // the premise holds at lo (g(lo) ≤ 0)
}

const GAUSSIAN_SD = Math.sqrt((1 - Math.exp(-2)) / 2);

/** Largest phase count·log10(M) kept when absolute scales matter (fixed λ): M^{T/n} ≤ 1e100. */
const MAX_DECADES = 100;

/**
 * `capGrowth`: scales grow by at most 1e100 over the run (absolute sums stay finite; needed when λ is
 * fixed in absolute units). `level`: the range of the freeze level m. Below m = 1 a rule freezes
 * under the level √(3ℓ) and cannot push ΣD/√(Σσ²) above it; far above 1 it rarely freezes within
 * T ≤ 200 steps — the claims about a λ chosen after the data search m ∈ [1, 1.25].
 */
export function adaptiveMdsInstances({
  capGrowth = false,
  level = { min: 0.5, max: 2 },
}: {
  capGrowth?: boolean;
  level?: { min: number; max: number };
} = {}): fc.Arbitrary<AdaptiveMdsInstance> {
  return fc
    .record({
      T: arb.iterations({ min: 10, max: 200 }),
      delta: arb.delta({ min: 0.01, max: 0.7 }),
      epsilon: fc.oneof(
        fc.constant<EpsilonLaw>({ law: "gaussian" }),
        fc.oneof(fc.constant(0.5), arb.logUniform(1e-3, 0.5)).map((q): EpsilonLaw => ({ law: "twoPoint", q })),
      ),
      // The boundaries (one-step phases, constant scales, no freezing) are drawn a quarter of the time each.
      phase: fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: arb.iterations({ min: 1, max: 20 }) }),
      growth: fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: arb.logUniform(1, 1e3) }),
      level: arb.logUniform(level.min, level.max),
      rho: fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: arb.logUniform(1e-8, 1) }),
      lambdaFactor: arb.logUniform(0.1, 10),
    })
    .map((i) => (capGrowth ? { ...i, growth: Math.min(i.growth, 10 ** ((MAX_DECADES * i.phase) / i.T)) } : i));
}

/**
 * The parameters of the scale rules, as `adaptiveMdsInstances` draws them (the same options): T, δ,
 * the freeze level m, the growth M, the frozen ratio ρ and the skew q of a two-point ε movable; the
 * phase length and the law of ε categorical. With capGrowth every write re-applies the cap on M.
 */
export function adaptiveMdsParameters({
  capGrowth = false,
  level = { min: 0.5, max: 2 },
  lambda = true,
}: {
  capGrowth?: boolean;
  level?: { min: number; max: number };
  lambda?: boolean;
} = {}): Parameter<AdaptiveMdsInstance>[] {
  const cap = (i: AdaptiveMdsInstance): AdaptiveMdsInstance => (capGrowth ? { ...i, growth: Math.min(i.growth, 10 ** ((MAX_DECADES * i.phase) / i.T)) } : i);
  return [
    integerLogParameter<AdaptiveMdsInstance>(
      "T",
      [10, 200],
      (i) => i.T,
      (i, T) => cap({ ...i, T }),
    ),
    deltaParameter<AdaptiveMdsInstance>([0.01, 0.7]),
    logParameter<AdaptiveMdsInstance>(
      "freeze level m",
      [level.min, level.max],
      (i) => i.level,
      (i, m) => ({ ...i, level: m }),
    ),
    logParameter<AdaptiveMdsInstance>(
      "growth M per phase",
      [1, 1e3],
      (i) => i.growth,
      (i, growth) => cap({ ...i, growth }),
      [param.at("constant scales (M = 1)", 1)],
    ),
    logParameter<AdaptiveMdsInstance>(
      "frozen ratio ρ",
      [1e-8, 1],
      (i) => i.rho,
      (i, rho) => ({ ...i, rho }),
      [param.at("no change at freezing (ρ = 1)", 1)],
    ),
    param.log("two-point q", [1e-3, 0.5], (i) => (i.epsilon.law === "twoPoint" ? i.epsilon.q : undefined), {
      write: (i, q) => (i.epsilon.law === "twoPoint" ? { ...i, epsilon: { law: "twoPoint", q: clamp(q as number, 1e-3, 0.5) } } : i),
      boundaries: [param.at("Rademacher (q = ½)", 0.5)],
    }),
    ...(lambda
      ? [
          logParameter<AdaptiveMdsInstance>(
            "c (fixed λ's factor)",
            [0.1, 10],
            (i) => i.lambdaFactor,
            (i, lambdaFactor) => ({ ...i, lambdaFactor }),
          ),
        ]
      : []),
    param.integer("phase length n", [1, 20], (i) => i.phase, { boundaries: [param.at("one-step phases", 1)] }),
    param.categorical("law of ε", ["gaussian", "twoPoint"], (i) => i.epsilon.law),
  ];
}

export interface MdsRun {
  /** ΣD and Σσ² in units of e^{logUnit}, e^{2·logUnit}. */
  readonly S: number;
  readonly V: number;
  readonly logUnit: number;
}

export function runAdaptiveMds(i: AdaptiveMdsInstance, stream: Stream): MdsRun {
  const ell = -Math.log(i.delta);
  const level = i.level * Math.sqrt(3 * ell);
  const t = i.epsilon.law === "twoPoint" ? twoPointScale(i.epsilon.q) : 0;
  const q = i.epsilon.law === "twoPoint" ? i.epsilon.q : 0;
  const a = (1 - q) * t;
  const b = q * t;
  const draw = () => (i.epsilon.law === "gaussian" ? GAUSSIAN_SD * stream.normal() : stream.next() < q ? a : -b);
  let S = 0;
  let V = 0;
  let logUnit = 0;
  let frozen = false;
  let inPhase = 0;
  for (let k = 1; k <= i.T; k++) {
    const sigma = frozen ? i.rho : 1;
    S += sigma * draw();
    V += sigma * sigma;
    if (frozen) continue;
    if (S > level * Math.sqrt(V)) {
      frozen = true;
      continue;
    }
    if (++inPhase >= i.phase && i.growth > 1) {
      // Next phase at scale ×M: the running sums in the new unit.
      S /= i.growth;
      V /= i.growth * i.growth;
      logUnit += Math.log(i.growth);
      inPhase = 0;
    }
  }
  return { S, V, logUnit };
}

export const adaptiveMdsClassify = (i: AdaptiveMdsInstance): string =>
  `${i.epsilon.law === "gaussian" ? "Gaussian" : i.epsilon.q === 0.5 ? "Rademacher" : "skewed two-point"}, ${i.growth === 1 && i.rho === 1 ? "constant scales" : "adaptive scales"}`;

export const ADAPTIVE_MDS_HYPOTHESES = [
  "D_k = σ_k·ε_k, ε_k i.i.d. zero-mean with E exp(ε²) = e (Gaussian, Rademacher or skewed two-point q ∈ [1e-3, ½], each at the largest scale the premise allows), σ_k known before the k-th draw",
  "scale rule: phases of n ∈ [1, 20] steps at scales growing by M ∈ {1} ∪ [1, 1e3] per phase, frozen at ρ ∈ {1} ∪ [1e-8, 1] times the current scale once ΣD > m·√(3ℓ)·√(Σσ²), m ∈ [0.5, 2]; T ∈ [10, 200], δ ∈ [0.01, 0.7]",
];
