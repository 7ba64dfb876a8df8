/**
 * The interface of a noise law (a law of one coordinate of the gradient noise, at scale 1). A noise
 * law declares the facts claims rely on — symmetry, unimodality, the supremum of finite moment
 * orders, the exact κ-th absolute moment and the exact tail where known, its atoms — and samples from
 * a seeded stream without allocating. The optional members are present on every law of src/noise
 * (they are optional only so that user-written laws stay valid with the original fields).
 * Tails are given twice where they approach ½: sf(t) keeps its relative accuracy as t → ∞, and
 * halfMinusSf(t) = ½ − sf(t) = cdf(t) − ½ keeps its own as t → 0 (≈ f(0)·t), so that no caller
 * forms ½ − sf(t) by cancellation (sf(1e-8) of a Student-t law was exactly ½); likewise lowerTail
 * and halfMinusLowerTail, and the sign outcomes carry ½ − P(flip) as `margin`.
 */
import type { Stream } from "../core/stream.ts";

export interface NoiseLaw {
  readonly name: string;
  /** Plain data describing the law (family and parameters). */
  readonly spec: Record<string, unknown>;
  readonly symmetric: boolean;
  /**
   * Despite its name, a conjunction of three facts: the law is SYMMETRIC about 0, UNIMODAL (its mode
   * at 0) and has a DENSITY (no atoms) — exactly the hypotheses of Gauss's inequality
   * P(|X| ≥ t) ≤ 4E[X²]/(9t²) for t ≥ 2√(E[X²]/3), as bernstein19/gauss-sign-bound and the sign-flip
   * bounds use it. Skewed laws (centred Lomax, skewed two-point), laws with atoms (lattice, two-point)
   * and bimodal densities (symmetric Pareto) are false even where unimodal in the loose sense.
   */
  readonly unimodal: boolean;
  /** E|X|^κ < ∞ exactly for κ < maxMomentOrder (Infinity for light tails). */
  readonly maxMomentOrder: number;
  /** One draw at scale 1. */
  sample(stream: Stream): number;
  /** E|X|^κ at scale 1 (throws UndefinedQuantityError when infinite). */
  absMoment(kappa: number): number;
  /** P(X > t) at scale 1, when known in closed form. */
  sf?(t: number): number;
  /** P(X < −t) at scale 1 (equals sf for symmetric laws). */
  lowerTail?(t: number): number;
  /** ½ − P(X > t) = P(X ≤ t) − ½, with small relative error as t → 0 (any t; odd in t for symmetric laws with a density). */
  halfMinusSf?(t: number): number;
  /** ½ − P(X < −t), with small relative error as t → 0 (equals halfMinusSf for symmetric laws with a density). */
  halfMinusLowerTail?(t: number): number;
  /** True when some point carries positive probability (lattice and two-point laws). */
  readonly hasAtoms?: boolean;
  /** P(X = x) (0 for continuous laws). */
  atom?(x: number): number;
  /** P(X ≤ t) (cdf(t) − ½ is halfMinusSf(t), accurate near the median). */
  cdf?(t: number): number;
  /** Density at x, for continuous laws (used by the independent checks of the tails). */
  pdf?(x: number): number;
  /** out[i] = scales[i]·X_i (scales[i] = 1 when `scales` is omitted), i.i.d. draws, no allocation. */
  fill?(stream: Stream, out: Float64Array, scales?: ArrayLike<number>): Float64Array;
  /** One draw of the mean of B i.i.d. copies: O(1) for laws closed under averaging, else B draws. */
  sampleMean?(stream: Stream, B: number): number;
  /**
   * out[i] = scales[i]·(mean of B i.i.d. draws): O(d) for laws closed under averaging, O(d·B) else.
   * The caller still counts B oracle calls (the cost the algorithm pays), whatever this costs here.
   */
  fillMean?(stream: Stream, out: Float64Array, B: number, scales?: ArrayLike<number>): Float64Array;
  /**
   * The three outcomes of sign(g + scale·X) against sign g (g ≠ 0, scale > 0): opposite sign, zero
   * (an atom at −g/scale), same sign. From the tails and atoms; laws with atoms evaluate
   * sign(g + scale·x) at each atom in floating point, exactly as a sampled draw would.
   */
  signOutcomes?(g: number, scale: number): SignOutcomes;
  /** True when sampleMean costs O(1) whatever B (Gaussian, symmetric α-stable). */
  readonly exactBatchMean?: boolean;
}

export interface SignOutcomes {
  readonly wrong: number;
  readonly zero: number;
  readonly right: number;
  /**
   * ½ − (wrong + zero), the distance of the flip probability below ½, without cancellation (present
   * on the outcomes of every law of src/noise; a claim near S → 0 compares ½ − P(flip) with ½ − bound).
   */
  readonly margin?: number;
}

/** A NoiseLaw with every optional member present (what the laws of src/noise return). */
export type FullNoiseLaw = Required<Omit<NoiseLaw, "pdf">> & Pick<NoiseLaw, "pdf">;
