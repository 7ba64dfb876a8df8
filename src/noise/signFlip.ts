/**
 * The probability that noise flips the sign of a gradient coordinate, and the bounds the papers put
 * on it. For g ≠ 0 and noise scale·X:
 *   P(sign(g + scale·X) ≠ sign g) = P(X ≤ −g/scale) = P(X < −g/scale) + P(X = −g/scale)   (g > 0),
 *                                  = P(X > |g|/scale) + P(X = |g|/scale)                  (g < 0),
 * the atom counting because sign(0) = 0 ≠ sign g (docs/seed-errata.md, E9: with atoms). Laws with atoms
 * evaluate sign(g + scale·x_j) at each atom in floating point (law.signOutcomes), so the exact
 * probability is that of the event a sampled draw produces, rounding included. Bounds, with
 * σ = scale·(E|X|^κ)^{1/κ}:
 *   seed (4):         σ/|g|            (Markov then Jensen; any law with E|X|^κ ≤ (σ/scale)^κ),
 *   symmetric Markov: σ^κ/(2|g|^κ)     (symmetric laws: P(X ≥ u) = ½P(|X| ≥ u) ≤ E|X|^κ/(2u^κ)),
 *   Gauss (bernstein19, Lemma 1): with S = |g|/sd, 2/(9S²) if S > 2/√3, else ½ − S/(2√3)
 *                     (unimodal symmetric laws with a density and finite variance: Gauss's
 *                     inequality P(|X| ≥ k) ≤ 4sd²/(9k²) for k ≥ 2sd/√3, 1 − k/(√3 sd) below, halved).
 * As g → 0 the flip probability and the Gauss bound both tend to ½: their distances below ½ are
 * given directly (halfMinusFlipProbability from the laws' centred tails, ≈ f(0)|g|/scale, and
 * halfMinusGaussFlipBound = S/(2√3)), so a comparison near S → 0 need not rest on ½ − p formed by
 * cancellation (a Student-t flip probability ½ − 7.9e-11 used to come out exactly ½, above its bound
 * ½ − 5.1e-11).
 */
import { InputError } from "../core/errors.ts";
import { requireFinite, requireNonNegative, requirePositive } from "../core/validate.ts";
import type { FullNoiseLaw, SignOutcomes } from "./types.ts";

/** P(sign(g + scale·X) ≠ sign(g)): the probability that noise flips a gradient's sign. */
export function flipProbability(law: FullNoiseLaw, g: number, scale: number): number {
  requireFinite("g", g);
  requireNonNegative("scale", scale);
  if (g === 0) throw new InputError("g", g, "a finite number ≠ 0 (sign 0 has no flip)");
  if (scale === 0) return 0;
  const { wrong, zero } = law.signOutcomes(g, scale);
  return Math.min(1, Math.max(0, wrong + zero));
}

/**
 * ½ − P(sign(g + scale·X) ≠ sign g), with its relative accuracy as g/scale → 0: from the law's centred
 * tails (the outcomes' margin), ½ − P(X ≤ −g/scale) for g > 0 and ½ − P(X ≥ |g|/scale) for g < 0.
 */
export function halfMinusFlipProbability(law: FullNoiseLaw, g: number, scale: number): number {
  requireFinite("g", g);
  requireNonNegative("scale", scale);
  if (g === 0) throw new InputError("g", g, "a finite number ≠ 0 (sign 0 has no flip)");
  if (scale === 0) return 0.5;
  const o = law.signOutcomes(g, scale);
  return Math.min(0.5, Math.max(-0.5, o.margin ?? 0.5 - o.wrong - o.zero));
}

/** P(sign(g + scale·X) = −sign g), P(g + scale·X = 0), P(same sign): the three outcomes of one worker's sign. */
export function signOutcomes(law: FullNoiseLaw, g: number, scale: number): SignOutcomes {
  requireFinite("g", g);
  requireNonNegative("scale", scale);
  if (g === 0) throw new InputError("g", g, "a finite number ≠ 0 (sign 0 has no flip)");
  if (scale === 0) return { wrong: 0, zero: 0, right: 1 };
  return law.signOutcomes(g, scale);
}

/** Seed bound (4): σ/|g|. */
export function seedFlipBound(sigma: number, g: number): number {
  requireNonNegative("sigma", sigma);
  requirePositive("|g|", Math.abs(g));
  return sigma / Math.abs(g);
}

/** Symmetric Markov bound σ^κ/(2|g|^κ) (symmetric laws only). */
export function symmetricMarkovFlipBound(sigma: number, kappa: number, g: number): number {
  requireNonNegative("sigma", sigma);
  requirePositive("kappa", kappa);
  requirePositive("|g|", Math.abs(g));
  return 0.5 * (sigma / Math.abs(g)) ** kappa;
}

/** Bernstein et al. 2019 (Lemma 1) Gauss bound on the flip probability, S = |g|/sd. */
export function gaussFlipBound(g: number, sd: number): number {
  requirePositive("|g|", Math.abs(g));
  requirePositive("sd", sd);
  const S = Math.abs(g) / sd;
  // Threshold 2/√3: where the two branches of Gauss's inequality meet (both equal 1/6 there).
  // Stryker disable next-line EqualityOperator: at S = 2/√3 (the double) both branches give the same double, 0.16666666666666663
  return S > 2 / Math.sqrt(3) ? 2 / (9 * S * S) : 0.5 - S / (2 * Math.sqrt(3));
}

/** ½ − gaussFlipBound(g, sd): S/(2√3) for S ≤ 2/√3 (exact as S → 0), ½ − 2/(9S²) beyond. */
export function halfMinusGaussFlipBound(g: number, sd: number): number {
  requirePositive("|g|", Math.abs(g));
  requirePositive("sd", sd);
  const S = Math.abs(g) / sd;
  // Stryker disable next-line EqualityOperator: at S = 2/√3 (the double) both branches give the same double, 0.33333333333333337
  return S > 2 / Math.sqrt(3) ? 0.5 - 2 / (9 * S * S) : S / (2 * Math.sqrt(3));
}
