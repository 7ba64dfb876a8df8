/**
 * The named tolerances of signcheck — the only place a numeric tolerance is written down. A check
 * compares `|a − b| ≤ atol + rtol·|b|` (or the one-sided `a ≤ b + atol + rtol·|b|`); each constant
 * below says why it has its size. A false "violation" caused by round-off is a bug of the checker, so
 * one-sided claim checks use a tolerance at least as large as the round-off of the formulas involved.
 */

/** Machine epsilon of float64 (2^−52). */
export const EPS = Number.EPSILON;

/** An absolute and a relative tolerance: |a − b| ≤ atol + rtol·|b|. */
export interface Tolerance {
  readonly atol: number;
  readonly rtol: number;
}

/** |a − b| ≤ atol + rtol·|b|. */
export function close(a: number, b: number, tol: Tolerance): boolean {
  return Math.abs(a - b) <= tol.atol + tol.rtol * Math.abs(b);
}

/** a ≤ b up to the tolerance: a ≤ b + atol + rtol·|b|. */
export function leq(a: number, b: number, tol: Tolerance): boolean {
  return a <= b + tol.atol + tol.rtol * Math.abs(b);
}

/** The named tolerances of the claims' comparisons, each with the reason for its size. */
export const TOL = {
  /**
   * Exact identities evaluated in a handful of float operations (norm relations, sign laws):
   * each operation contributes ≤ EPS/2 relative error, and 64 operations bound the chains we write.
   */
  exact: { atol: 0, rtol: 64 * EPS } as Tolerance,
  /**
   * Sums of up to ~10⁶ terms (norms, dot products, trajectory averages): naive summation error is
   * ≤ n·EPS·Σ|terms|; we use pairwise-free loops, so 1e-9 relative covers n ≤ 10⁶ with a margin of 4.
   */
  sum: { atol: 1e-300, rtol: 1e-9 } as Tolerance,
  /**
   * Inequalities of a lemma evaluated through exp/log/expm1 of arguments up to ~700 (claims of the
   * inequality kind): each transcendental call is correct to ≤ 1 ulp, the expressions chain ≤ 40 of
   * them, and cancellation in f(y) − f(x) can amplify by the condition number, which we bound by 10⁴.
   */
  claim: { atol: 1e-12, rtol: 1e-10 } as Tolerance,
  /** Special functions (incomplete beta, log-gamma, inverse CDFs): series/continued fractions converge to ~1e-14. */
  special: { atol: 1e-14, rtol: 1e-12 } as Tolerance,
  /** Published reference values quoted to 4 significant digits (e.g. Clopper–Pearson tables). */
  table4: { atol: 5e-5, rtol: 0 } as Tolerance,
  /** Root-finding to a target (inverse CDFs, quantile of the Beta law): bisection stops at this width. */
  root: { atol: 1e-15, rtol: 1e-13 } as Tolerance,
  /**
   * Invariants of an optimizer's exact recursion observed along a float trajectory (e.g. x₁ + x₂
   * under sign steps ±γ(1, −1)): each of ≤ 10⁴ steps rounds each coordinate once (≤ EPS/2 relative),
   * so the invariant drifts by ≤ 10⁴·EPS·max|x| ≈ 2e-12·max|x|, and f moves by at most ‖∇f‖ times that;
   * 1e-9 (absolute and relative) covers max|x|·‖∇f‖ ≤ 10² with a margin of 5.
   */
  trajectory: { atol: 1e-9, rtol: 1e-9 } as Tolerance,
  /**
   * A reference value computed in a test by direct summation of ≤ 100 terms (e.g. a binomial CDF from
   * its pmf by a product recurrence) and possibly complemented (1 − Σ): the recurrence loses ≤ 100·EPS
   * relative per term, and the complement adds ≤ 100·EPS ≈ 2e-14 absolute; 1e-9 relative leaves a
   * margin of 10⁴ for the terms' own rounding.
   */
  reference: { atol: 1e-13, rtol: 1e-9 } as Tolerance,
} as const;

/**
 * Tails and moments computed two independent ways — a closed form (or Zolotarev's integral) against
 * adaptive Gauss–Kronrod quadrature of the density (or of the characteristic function) at rtol 1e-13:
 * issue 4 requires agreement to 1e-9 relative; the atol only covers values that underflow.
 */
export const TOL_QUADRATURE: Tolerance = { atol: 1e-300, rtol: 1e-9 };
// claims engine: what a counterexample must show to be reported
/**
 * A shrink candidate of a deterministic claim (an inequality, an exact rate) is kept only when its
 * violation exceeds the tolerance by this many tolerance units, or by the original violation's margin
 * when that was smaller: round-off can move a comparison by ≤ 1 unit (that is what the tolerance is
 * sized for), so 10³ units is a violation no reordering of the arithmetic explains, while shrinking
 * toward the edge of the failing region would otherwise end at ≈ 1 unit ("lhs 6 > rhs 6").
 */
export const SHRINK_MARGIN_UNITS = 1e3;
/**
 * … and, for an inequality, only when it keeps at least this fraction of the original violation's
 * relative excess (lhs − rhs)/(|lhs| + |rhs|) (= (r − 1)/(r + 1) for lhs = r·rhs > 0): where the
 * tolerance is tiny (exact or interval arithmetic, rtol ≈ 1e-14) 10³ units are still a ratio of 1 to
 * eleven digits, which no reader takes for a counterexample; half the excess keeps a ratio-1.015
 * violation at ≥ 1.0074 and a ratio-382 one at ≥ 2.98.
 */
export const SHRINK_EXCESS_FRACTION = 0.5;
/**
 * A shrink candidate of a statistical claim is kept only while its refutation stays decisive: the
 * lower confidence bound of its failure rate (or mean) must exceed the target by at least this
 * fraction of the original refutation's excess — shrinking must not walk to where the rate sits just
 * above δ, where fresh streams cannot separate it from δ.
 */
export const SHRINK_DECISIVE_FRACTION = 0.5;
/**
 * A parameter value computed from an instance (a norm, a ratio, a shifted sum) can land a few ulps
 * outside the declared range it was drawn in; coverage counts it inside within this relative margin
 * (64 ulps: the longest chain of roundings such a derivation takes), and anything farther as outside.
 */
export const COVERAGE_RANGE_RTOL = 64 * Number.EPSILON;
/** A bound whose tightness factor is below 1/LOOSE_FACTOR is called loose on the first line of its report entry. */
export const LOOSE_FACTOR = 30;
// functions & smoothness auditing
/**
 * Round-off allowance of a function evaluation, in units of EPS × (the evaluation's backward-error
 * scale): a family evaluates f(x) to within a few ulps of f(x(1+η)) with |η| ≤ a few EPS, so the
 * error of f(x) is ≤ k·EPS·(|f(x)| + ‖∇f(x)‖‖x‖) with k the number of chained operations; 64 covers
 * the longest chains we write (affine maps of sums of families) with a margin of 4.
 */
export const EVALUATION_ULPS = 64;
/**
 * A matrix M is treated as of full row rank only when σ_min(M) ≥ RANK_RTOL·‖M‖. σ_min is taken as
 * √λ_min(MMᵀ), and the eigen-solver's absolute error ≈ 1e-14‖M‖² in λ becomes a relative error
 * ≈ 1e-14/(2·RANK_RTOL²) in σ_min: at 1e-4 that is ≤ 5e-7, so the derived L1 = ‖M‖²L1/σ_min is
 * inflated by (1 + 1e-6) in combinators.ts and stays proved (at 1e-7 the error reached 0.7 %).
 */
export const RANK_RTOL = 1e-4;
/** Relative error bound on σ_min(M) = √λ_min(MMᵀ) for σ_min ≥ RANK_RTOL·‖M‖ (see RANK_RTOL), with a margin of 2. */
export const SIGMA_MIN_RTOL = 1e-6;
/**
 * Central finite differences with step h = 1e-5·(1 + |x_i|): truncation ≤ h²·|f'''|/6 ≈ 1e-10·|f'''|
 * and cancellation ≤ EPS·|f|/h ≈ 2e-11·|f|; for the families and points of the tests (|f|, |f'''|
 * ≤ 10³) both stay below 1e-6 relative to 1 + ‖∇f‖.
 */
export const FINITE_DIFFERENCE: Tolerance = { atol: 1e-6, rtol: 1e-6 };
/**
 * A sampled supremum (random points plus local maximisation) of a smooth one- or two-parameter
 * profile reaches the true supremum to within 0.1%: the climb's last accepted steps are ≤ 1e-3 of
 * the scale and the profile is quadratic at its maximum. Used where a test compares a sampled lower
 * bound with a proved value from below.
 */
export const SAMPLED_SUPREMUM: Tolerance = { atol: 1e-6, rtol: 1e-3 };
// noise library (issue 4 follow-up)
/**
 * Continuity of a piecewise formula at its branch point S*, probed at S*·(1 + CONTINUITY_PROBE):
 * a continuous function of slope ≤ 1 near S* moves by ≤ |S*|·1e-12, and each branch rounds to
 * ≤ 64·EPS ≈ 1.4e-14; BRANCH_CONTINUITY's atol 1e-11 covers branch points |S*| ≤ 8 (the Gauss
 * bound's S* = 2/√3 ≈ 1.15, slope 1/(2√3) ≈ 0.29, moves by ≈ 3.3e-13: margin 30), while any jump
 * between the branches larger than 1e-11 is reported.
 */
export const CONTINUITY_PROBE = 1e-12;
export const BRANCH_CONTINUITY: Tolerance = { atol: 1e-11, rtol: 0 };
/**
 * A symmetric α-stable tail against its first-order asymptote Γ(α)sin(πα/2)/(π t^α) at t = 1e8:
 * the series P(X > t) = (1/π)Σ_k (−1)^{k+1} Γ(kα)/k!·sin(kπα/2)·t^{−kα} makes the relative gap
 * Γ(2α)sin(πα)/(2Γ(α)sin(πα/2))·t^{−α} + O(t^{−2α}), ≈ 0.40·t^{−α} = 4.0e-5 for α = ½ (the
 * heaviest tail tested) and 1.6e-12 for α = 3/2; rtol 1e-4 covers it with a margin of 2.5.
 */
export const STABLE_TAIL_ASYMPTOTE: Tolerance = { atol: 0, rtol: 1e-4 };
// seed audit: interval arithmetic (src/core/realInterval.ts)
/**
 * Error bound, in ulps, of the platform's exp, log and pow (V8's ports of fdlibm, documented faithful:
 * error < 1 ulp): interval endpoints computed through them are widened by 2 ulps (margin 2), so an
 * enclosure stays valid although these functions are not correctly rounded.
 */
export const LIBM_ULPS = 2;

// exact figures at the edges (issue 8, item 8)
/**
 * Relative error bound of each tail of the incomplete beta function (betaIncTails) for a, b ≥ 0.1 —
 * and so of the binomial tails: measured ≤ 5.2e-14 for a, b ≥ 1 and ≤ 2e-13 for a, b ≥ 0.1 against
 * 50-digit references over a, b ∈ [0.1, 10⁶] at the mean ± 8 sd (the TOMS 708 fraction and Loader's
 * prefactor, see incompleteBeta.ts); 1e-12 keeps a margin of 5. Exact interval endpoints move their
 * target probability by twice this, so that they err on the conservative side of the true root.
 */
export const BETA_INC_RTOL = 1e-12;
/** A computed beta or binomial tail against an exact one (BETA_INC_RTOL as a comparison). */
export const BETA_INC_TAIL: Tolerance = { atol: 0, rtol: BETA_INC_RTOL };
/**
 * The exact tail at an exact interval end (Clopper–Pearson, quantile ranks) against α: the end solves
 * the computed tail = α(1 − 2·BETA_INC_RTOL), whose own error adds ≤ BETA_INC_RTOL, so the exact tail
 * lies in [α(1 − 3·BETA_INC_RTOL), α] at the end (and beyond the lower limit one double inward).
 */
export const INTERVAL_END_TAIL: Tolerance = { atol: 0, rtol: 3 * BETA_INC_RTOL };
/**
 * Round-off of the Wilson interval's closed form (a quantile, a square root and ≤ 12 arithmetic
 * operations, each ≤ EPS/2 relative to the centre p̃ ≤ 1): its ends move outward by 32·EPS absolute.
 */
export const WILSON_ROUNDOFF = 32 * EPS;
/**
 * A tail P(X > t) or centred tail ½ − P(X > t) against an independent closed form or series (Student-t
 * ν = 1, 2, 3, the SαS power series at 0 and at ∞, Mills' ratio): closed forms and beta tails agree to
 * ≈ 1e-15, Zolotarev's quadrature to ≤ 8e-14 (measured for α ∈ [0.5, 1.9], t ∈ [1e-9, 1e100]);
 * 1e-12 keeps a margin of 12.
 */
export const CENTRED_TAIL: Tolerance = { atol: 0, rtol: 1e-12 };
/**
 * ½ − P(X > t) against f(0)·t for t ≤ 1e-12: the first omitted term is |f'(0±)|t/(2f(0)) for densities
 * with a kink at 0 (Laplace ½t, symmetric Lomax (α+1)t/2 ≤ 2.5e-12 at α ≤ 4) and O(t²) for smooth ones;
 * 1e-11 covers it with a margin of 4 over the forms' own few-EPS error.
 */
export const ORIGIN_SLOPE: Tolerance = { atol: 0, rtol: 1e-11 };
/**
 * A drawn parameter read back from a spec for coverage, where the reading subtracts a base (ν − κ with
 * ν ≤ κ + spread ≤ 10, ν − κ ≥ 1e-3·spread): the subtraction's error EPS·ν/(ν − κ) ≤ 1e4·EPS ≈ 2e-12
 * relative; 1e-10 keeps a margin of 50.
 */
export const RECOVERED_PARAMETER: Tolerance = { atol: 0, rtol: 1e-10 };

// experiments (issue 11)
/**
 * f(w) − f* of a data-set objective is known only to the round-off of f: a mean of n ≤ 10⁴ softplus
 * terms plus a ridge term is evaluated to ≈ n·EPS·(|f| + ‖w‖²) ≲ 2e-12·(1 + |f*|) near the optimum, and
 * Newton's f* to the same. Experiments draw a gap below GAP_RESOLUTION_RTOL·(1 + |f*|) at that floor on
 * log axes (and say so), rather than plotting round-off or a negative gap.
 */
export const GAP_RESOLUTION_RTOL = 1e-11;
/**
 * The local smoothness ‖∇f(x') − ∇f(x)‖/‖x' − x‖ along a trajectory is a secant: the gradients are
 * each correct to ≈ n·EPS·‖∇f‖-scale ≈ 1e-12 absolute on a data set of n ≤ 10⁴ rows, so a step
 * shorter than SECANT_STEP_RTOL·(1 + ‖x‖) = 1e-6·(1 + ‖x‖) could carry a relative error above 1e-6 in
 * the ratio; such pairs are counted and left out of the empirical (L0, L1) relation.
 */
export const SECANT_STEP_RTOL = 1e-6;
/**
 * Ends of a Student-t interval under the map x ↦ a·x + c (|x| ≤ 100, a ≤ 10, |c| ≤ 50, n ≤ 30): each
 * end is a mean plus a multiple of a standard deviation, sums of ≤ 30 terms of size ≤ 1050, so it
 * rounds to ≤ 30·EPS·1050 ≈ 7e-12 absolute; 1e-9 (absolute and relative) leaves a margin of 100.
 */
export const AFFINE_STATISTIC: Tolerance = { atol: 1e-9, rtol: 1e-9 };

/**
 * Power of a sequential design computed with the failure-count distribution trimmed at its edges (mass below
 * 1e-18 per cell dropped, `stats/fixedSampleSize.ts`) against the full propagation: the dropped mass, at most
 * 1e-18 per cell and step over ≤ 10⁴ steps and cells, plus summation round-off over ≤ 10⁴ terms.
 */
export const TRIMMED_POWER_ATOL = 1e-12;

/**
 * Heap growth an optimizer step may show per measured step in the allocation checks (signcheck/laws):
 * at most one boxed float64 (a 16-byte HeapNumber) per step, which V8 creates when a double crosses a
 * call it did not inline (engine-dependent: it comes and goes with inlining decisions), plus 64 KiB of
 * V8 bookkeeping per measurement. Any array, object or closure made per step costs ≥ 32 bytes and fails.
 */
export const ALLOCATION_SLACK = { fixedBytes: 64 * 1024, bytesPerStep: 16 } as const;

// the seed's complexity claims (issue 9, item 3)
/**
 * The least batch a sign-mismatch term needs is searched to within this relative precision (or to the
 * integer, whichever is coarser): the slope is fitted on log B, and 0.5 % moves a slope over a decade
 * by < 0.003, far inside a scaling claim's margin.
 */
export const BATCH_SEARCH_RTOL = 0.005;
