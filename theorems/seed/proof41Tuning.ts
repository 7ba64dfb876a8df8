/**
 * Instances of the steps of the seed's §4.1 proof that concern its final bound and its tuning (S19–S25):
 * the problem constants over their whole range, every magnitude log-uniform with 0 as a boundary
 * where the theory allows it, and the target accuracy ε as a multiple r of the regime threshold
 * 8·L0/(L1·√d), so that the regime is known exactly (r ≥ 1: regime "L1"; r < 1: regime "L0"). The
 * formulas (src/theory) are evaluated in interval arithmetic (`tuningAt`): ℓ = log(1/δ), √d and ε are
 * enclosures of the exact reals.
 */
import fc from "fast-check";
import {
  arb,
  INTERVAL,
  iv,
  param,
  seedMinibatchTuningIn,
  seedRegimeThresholdIn,
  type Parameter,
  type RealInterval,
  type SeedRegime,
  type SeedTuning,
} from "signcheck";
import { clamp, deltaParameter, dimensionLog, logParameter, nonNegative } from "./proof41.ts";

export interface TuningInstance {
  readonly L0: number;
  readonly L1: number;
  readonly d: number;
  readonly delta: number;
  readonly Delta1: number;
  /** ‖σ⃗‖₁ as a multiple of ε (0 a fifth of the time). */
  readonly sigmaOverEps: number;
  readonly kappa: number;
  /** ‖∇f(x¹)‖₁. */
  readonly grad1: number;
  /** ε = r·8L0/(L1√d). */
  readonly r: number;
}

/** r for a regime: "L1" r ∈ {1} ∪ [1, 1e3]; "L0" r = 1 − u, u ∈ [1e-9, 1) log-uniform (so r → 1⁻ is reached); "both" either. */
export function ratioArb(regime: SeedRegime | "both"): fc.Arbitrary<number> {
  const high = fc.oneof({ weight: 1, arbitrary: fc.constant(1) }, { weight: 3, arbitrary: arb.logUniform(1, 1e3) });
  const low = arb.logUniform(1e-9, 1 - 1e-3).map((u) => 1 - u);
  return regime === "L1" ? high : regime === "L0" ? low : fc.oneof(high, low, arb.logUniform(1e-3, 1));
}

/**
 * The largest ‖σ⃗‖₁/ε whose batch size (16‖σ⃗‖₁/ε)^{κ/(κ−1)} stays below 1e300 (representable): near κ = 1
 * the exponent is large, and ‖σ⃗‖₁/ε is capped there rather than κ being cut off.
 */
export function sigmaOverEpsMax(kappa: number): number {
  return 10 ** ((300 * (kappa - 1)) / kappa) / 16;
}

/** κ ∈ (1, 2]: κ = 2 a third of the time, else 1 + j/1000. */
export const kappaArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(2),
  fc.integer({ min: 1, max: 1000 }).map((j) => 1 + j / 1000),
);

export function tuningInstances(regime: SeedRegime | "both", delta: fc.Arbitrary<number> = arb.delta()): fc.Arbitrary<TuningInstance> {
  return fc
    .record({
      L0: arb.logUniform(1e-3, 1e3),
      L1: arb.logUniform(1e-3, 1e3),
      d: dimensionLog(1000),
      delta,
      Delta1: arb.logUniform(1e-3, 1e3),
      sigmaOverEps: nonNegative(1e-4, 1e4),
      kappa: kappaArb,
      grad1: nonNegative(1e-6, 1e6),
      r: ratioArb(regime),
    })
    .map((i) => ({ ...i, sigmaOverEps: Math.min(i.sigmaOverEps, sigmaOverEpsMax(i.kappa)) }));
}

/** ‖σ⃗‖₁/ε re-capped after κ or ρ moves (the batch size must stay representable). */
const capped = <I extends TuningInstance>(i: I): I => ({ ...i, sigmaOverEps: Math.min(i.sigmaOverEps, sigmaOverEpsMax(i.kappa)) });

/**
 * The parameters of the tuning instances, each movable within the regime: r is read as ε over the
 * threshold 8L0/(L1√d) (log), and in the L0 regime as 1 − r (log, so that r → 1⁻ is reachable).
 */
export function tuningParameters<I extends TuningInstance>(regime: SeedRegime | "both"): Parameter<I>[] {
  const ratio: Parameter<I> =
    regime === "L0"
      ? logParameter<I>(
          "1 − r (ε = r·8L0/(L1√d), r < 1)",
          [1e-9, 0.999],
          (i) => 1 - i.r,
          (i, u) => ({ ...i, r: 1 - u }),
        )
      : logParameter<I>(
          "r = ε/(8L0/(L1√d))",
          regime === "L1" ? [1, 1e3] : [1e-3, 1e3],
          (i) => i.r,
          (i, r) => ({ ...i, r }),
          [param.at("at the threshold (r = 1)", 1)],
        );
  return [
    logParameter<I>(
      "L0",
      [1e-3, 1e3],
      (i) => i.L0,
      (i, L0) => ({ ...i, L0 }),
    ),
    logParameter<I>(
      "L1",
      [1e-3, 1e3],
      (i) => i.L1,
      (i, L1) => ({ ...i, L1 }),
    ),
    param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
    deltaParameter<I>([1e-6, 1 - 1e-6]),
    logParameter<I>(
      "Δ₁",
      [1e-3, 1e3],
      (i) => i.Delta1,
      (i, Delta1) => ({ ...i, Delta1 }),
    ),
    logParameter<I>(
      "‖σ⃗‖₁/ε",
      [1e-4, 1e4],
      (i) => i.sigmaOverEps,
      (i, sigmaOverEps) => capped({ ...i, sigmaOverEps }),
      [param.at("σ⃗ = 0", 0)],
    ),
    param.linear("κ", [1, 2], (i) => i.kappa, {
      write: (i, k) => capped({ ...i, kappa: clamp(Math.round((k as number) * 1000) / 1000, 1.001, 2) }),
      boundaries: [param.at("κ = 2", 2)],
    }),
    logParameter<I>(
      "‖∇f(x¹)‖₁",
      [1e-6, 1e6],
      (i) => i.grad1,
      (i, grad1) => ({ ...i, grad1 }),
      [param.at("∇f(x¹) = 0", 0)],
    ),
    ratio,
  ];
}

export interface TuningEnclosures {
  readonly regime: SeedRegime;
  readonly ell: RealInterval;
  readonly epsilon: RealInterval;
  readonly sigma1: RealInterval;
  readonly tuning: SeedTuning<RealInterval>;
}

/** The seed's prescription at an instance, in intervals; `T` overrides the least iteration count. */
export function tuningAt(i: TuningInstance, T?: RealInterval): TuningEnclosures {
  const ell = iv(i.delta).log().neg();
  const threshold = seedRegimeThresholdIn(INTERVAL, { L0: iv(i.L0), L1: iv(i.L1), d: iv(i.d), c: iv(1) });
  const epsilon = iv(i.r).mul(threshold);
  const sigma1 = iv(i.sigmaOverEps).mul(epsilon);
  const regime: SeedRegime = i.r >= 1 ? "L1" : "L0";
  const tuning = seedMinibatchTuningIn(
    INTERVAL,
    { L0: iv(i.L0), L1: iv(i.L1), d: iv(i.d), Delta1: iv(i.Delta1), sigma1, kappa: iv(i.kappa), epsilon, c: iv(1), ell, T },
    regime,
  );
  return { regime, ell, epsilon, sigma1, tuning };
}

export const tuningClassify = (i: TuningInstance): string =>
  `regime ${i.r >= 1 ? "L1" : "L0"}${i.r === 1 ? " (at the threshold)" : ""}, δ ${i.delta > Math.exp(-1) ? "> 1/e" : "≤ 1/e"}${i.sigmaOverEps === 0 ? ", σ⃗ = 0" : ""}`;

export const TUNING_HYPOTHESES = [
  "L0, L1 ∈ [1e-3, 1e3], d ∈ [1, 1000], Δ₁ ∈ [1e-3, 1e3], ‖∇f(x¹)‖₁ ∈ {0} ∪ [1e-6, 1e6], κ ∈ (1, 2]",
  "ε = r·8L0/(L1√d) (r ≥ 1: ε ≥ 8L0/(L1√d); r < 1: below it), ‖σ⃗‖₁ = ρ·ε with ρ ∈ {0} ∪ [1e-4, 1e4] and (16ρ)^{κ/(κ−1)} ≤ 1e300 (a representable batch size)",
];
