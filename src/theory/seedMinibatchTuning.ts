/**
 * The seed's "optimal tuning" of minibatch-SignSGD (seed §4.1, after the proof; seedfinal, Theorem
 * "(L0,L1) HP complexity for minibatch-SignSGD" and its proof, with the slack factor c ≥ 1, c = 1 in
 * the seed), for a target accuracy ε of (1/T)Σ‖∇f(x^k)‖₁ at level 1 − δ, ℓ = log(1/δ):
 *   batch (both regimes): 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2 ⇒ B = max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}}
 *     (`Breal` is that number; `B` = ⌈Breal⌉, the integer an implementation can use);
 *   regime "L1", ε ≥ 8·L0/(c·L1·√d): γ = 1/(48·c·L1·d^{3/2}·ℓ) and T the least integer with
 *     4Δ₁/(Tγ) ≤ ε/2, T = ⌈8Δ₁/(εγ)⌉ (the seed: "T is chosen to bound the first term");
 *   regime "L0", ε < 8·L0/(c·L1·√d): T the least integer with 2√(320·Δ₁·L0·d·ℓ/T) ≤ ε/2,
 *     T = ⌈5120·Δ₁·L0·d·ℓ/ε²⌉, and γ = √(4Δ₁/(80·T·L0·ℓ·d)) (the minimiser of 4Δ₁/(Tγ) + 80L0dγℓ).
 * The seed gives T only as O(·); the least T meeting the stated budget is what its derivation
 * prescribes. Audited, not trusted: the budgets add up to more than ε and the regime-"L0" stepsize
 * can exceed the cap near the threshold (docs/seed-errata.md, E6 and E8).
 */
import { FLOAT, type Arithmetic } from "../core/arithmetic.ts";
import { InputError } from "../core/errors.ts";
import { requireInRange, requireNonNegative, requirePositive, requireProbabilityOpen, requireInteger } from "../core/validate.ts";
import { signSgdStepCapIn } from "./signSgdHpBound.ts";

export type SeedRegime = "L1" | "L0";

export interface SeedTuningParams<T = number> {
  readonly L0: T;
  readonly L1: T;
  readonly d: T;
  readonly Delta1: T;
  /** ‖σ⃗‖₁. */
  readonly sigma1: T;
  readonly kappa: T;
  readonly epsilon: T;
  /** The completion's slack factor c ≥ 1 (1 in the seed). */
  readonly c: T;
}

export interface SeedTuning<T = number> {
  readonly regime: SeedRegime;
  readonly gamma: T;
  readonly T: T;
  readonly B: T;
  readonly Breal: T;
  /** The regime threshold 8·L0/(c·L1·√d). */
  readonly threshold: T;
}

/** 8·L0/(c·L1·√d): regime "L1" at or above it, "L0" below. */
export function seedRegimeThresholdIn<T>(A: Arithmetic<T>, p: Pick<SeedTuningParams<T>, "L0" | "L1" | "d" | "c">): T {
  return A.div(A.mul(A.of(8), p.L0), A.mul(A.mul(p.c, p.L1), A.sqrt(p.d)));
}

/** The seed's batch size max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}} (real, as printed; callers round up for an implementation). */
export function seedBatchSizeIn<T>(A: Arithmetic<T>, sigma1: T, epsilon: T, kappa: T): T {
  // max{1, x^q} = (max{1, x})^q for x ≥ 0 and q > 0: the base stays ≥ 1, so pow needs no zero case.
  return A.pow(A.max(A.of(1), A.div(A.mul(A.of(16), sigma1), epsilon)), A.div(kappa, A.sub(kappa, A.of(1))));
}

/**
 * The prescription for a given regime, with ℓ = log(1/δ) given (no validation: callers validate).
 * `T` replaces the least iteration count by a larger one (the seed states T only as O(·)).
 */
export function seedMinibatchTuningIn<T>(A: Arithmetic<T>, p: SeedTuningParams<T> & { readonly ell: T; readonly T?: T }, regime: SeedRegime): SeedTuning<T> {
  const c = A.of;
  const threshold = seedRegimeThresholdIn(A, p);
  const Breal = seedBatchSizeIn(A, p.sigma1, p.epsilon, p.kappa);
  const B = A.ceil(Breal);
  if (regime === "L1") {
    const gamma = signSgdStepCapIn(A, A.mul(p.c, p.L1), p.d, p.ell);
    const T = p.T ?? A.ceil(A.div(A.mul(c(8), p.Delta1), A.mul(p.epsilon, gamma)));
    return { regime, gamma, T, B, Breal, threshold };
  }
  const T = p.T ?? A.ceil(A.div(A.mul(A.mul(c(5120), A.mul(p.Delta1, p.L0)), A.mul(p.d, p.ell)), A.mul(p.epsilon, p.epsilon)));
  const gamma = A.sqrt(A.div(A.mul(c(4), p.Delta1), A.mul(A.mul(c(80), A.mul(T, p.L0)), A.mul(p.ell, p.d))));
  return { regime, gamma, T, B, Breal, threshold };
}

/** The seed's prescription in float64, validated; the regime from ε against the threshold. */
export function seedMinibatchTuning(p: Omit<SeedTuningParams, "c"> & { readonly c?: number; readonly delta: number }): SeedTuning {
  requirePositive("L0", p.L0);
  requirePositive("L1", p.L1);
  requireInteger("d", p.d, 1);
  requireNonNegative("Delta1", p.Delta1);
  requireNonNegative("sigma1", p.sigma1);
  requireInRange("kappa", p.kappa, 1, 2, { loOpen: true });
  requirePositive("epsilon", p.epsilon);
  requireProbabilityOpen("delta", p.delta);
  const c = p.c ?? 1;
  if (!(c >= 1 && Number.isFinite(c))) throw new InputError("c", c, "a finite number ≥ 1");
  const q = { ...p, c, ell: -Math.log(p.delta) };
  const regime: SeedRegime = p.epsilon >= seedRegimeThresholdIn(FLOAT, q) ? "L1" : "L0";
  if (p.Delta1 === 0 && regime === "L0") throw new InputError("Delta1", 0, "Δ₁ > 0 in the L0 regime (the stepsize √(Δ₁/(20TL0dℓ)) would be 0)");
  return seedMinibatchTuningIn(FLOAT, q, regime);
}
