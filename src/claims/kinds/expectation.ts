/**
 * Kind `expectation`: E[statistic] ≤ bound for each instance, decided with intervals that are honest
 * under heavy tails. No upper confidence bound for a mean exists without an assumption on the law, so
 * the claim declares a pathwise `range` of its statistic, and each side of the decision says what it
 * rests on:
 *   - `holds` needs the declared upper end hi: the empirical-Bernstein upper bound (Maurer & Pontil
 *     2009, Thm 4) on a sample in [lo, hi] ≤ bound. Without hi a mean is never certified (inconclusive,
 *     with the reason).
 *   - `violated` needs only the lower end lo: E[X] ≥ E[min(X, M)] for every M, and min(X, M) ∈ [lo, M]
 *     is bounded, so the empirical-Bernstein lower bound of the truncated mean at M is a lower bound of
 *     E[X] whatever the tail — at eight fixed levels M_j = bound + (bound − lo)·4^j (j = 0…7, chosen
 *     before sampling: a tail carrying the excess far above the bound is still seen) and at hi when
 *     declared, α split over them; the largest bound is used.
 * The test is sequential: looks at a geometric grid of sample sizes, α/2 per side split over the looks
 * (valid under early stopping either way). A statistic outside its declared range is an error (the
 * declaration is false); NaN or ±∞ is an error unless `divergedCountsAsFailure` (then it counts as +∞:
 * min(∞, M) = M). The evidence says which estimator decided. Tightness: the largest lower confidence
 * bound over the bound among the re-estimated instances (one sample serves every factor c).
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError, InputError } from "../../core/errors.ts";
import { fig as fmt } from "../../core/formatFigure.ts";
import { streamFor, type Stream } from "../../core/stream.ts";
import { TOL, leq, type Tolerance } from "../../core/tolerance.ts";
import { RunningMoments, empiricalBernsteinFromMoments } from "../../stats/empiricalBernstein.ts";
import { LOOK_RATIO } from "../../stats/sequentialRateTest.ts";
import { toPlain } from "../plain.ts";
import { budgetRow, type DecideContext, type KindModule } from "../engine/context.ts";
import {
  decideStatistical,
  emptyStatisticalEvidence,
  type StatisticalEvidence,
  type StatisticalSummary,
  type StatisticalTest,
} from "../engine/decideStatistical.ts";
import type { ClaimBase } from "../types.ts";

/** E[statistic] ≤ bound for each instance. */
export interface ExpectationClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "expectation";
  /** One draw of the statistic. */
  readonly statistic: (instance: I, stream: Stream, data?: DataAccess) => number;
  readonly bound: (instance: I, data?: DataAccess) => number;
  /**
   * The statistic's pathwise range for this instance (every draw lies in it): `lo` lets a violation be
   * certified (through truncated means), `hi` lets the claim be certified (without it, never `holds`).
   */
  readonly range: (instance: I, data?: DataAccess) => { lo: number; hi?: number };
  /** A draw that is NaN or ±∞ has diverged and counts as +∞ (truncated at each M), instead of being an error. */
  readonly divergedCountsAsFailure?: boolean;
  readonly tolerance?: Tolerance;
}

export interface MeanSummary extends StatisticalSummary {
  readonly bound: number;
  readonly range: { readonly lo: number; readonly hi?: number };
  readonly mean: number;
  readonly sd: number;
  /** Empirical-Bernstein upper confidence bound on E[X] (needs hi). */
  readonly upper?: number;
  /** Lower confidence bound on E[X]: the best truncated-mean bound. */
  readonly lower: number;
  /** The truncation level M of `lower` (Infinity: no truncation, the declared hi). */
  readonly truncation: number;
  /** Confidence of each one-sided bound, valid under the sequential stop. */
  readonly confidence: number;
  /** Which bound decided: "empirical Bernstein on [lo, hi]" or "truncated at M, empirical Bernstein on [lo, M]". */
  readonly estimator?: string;
}

export type ExpectationEvidence = StatisticalEvidence<"expectation", MeanSummary>;

/** Truncation levels below hi: M_j = bound + (bound − lo)·4^j, j = 0…7, fixed before sampling. */
const TRUNCATION_LEVELS = 8;
const TRUNCATION_RATIO = 4;

function looksOf(nMin: number, nMax: number): number[] {
  const looks: number[] = [];
  for (let n = Math.max(2, nMin); n < nMax; n = nextLook(n)) looks.push(n);
  looks.push(nMax);
  return looks;
}

/** The look after n: ⌈LOOK_RATIO·n⌉, and at least n + 1 (a guard for ratios below 1 + 1/n). */
function nextLook(n: number): number {
  const grown = Math.ceil(n * LOOK_RATIO);
  // Stryker disable next-line ArithmeticOperator: with LOOK_RATIO = 1.5, ⌈1.5n⌉ ≥ n + 1 for every n ≥ 2, so the guard never binds
  return Math.max(n + 1, grown);
}

function testMean(
  claim: ExpectationClaim<unknown>,
  tol: Tolerance,
  instance: unknown,
  hash: string,
  ctx: DecideContext,
  domain: MeanSummary["streams"],
  alpha: number,
  fixedTrials?: number,
): MeanSummary {
  const bound = claim.bound(instance);
  if (!Number.isFinite(bound)) throw new InputError("bound(instance)", bound, "a finite number");
  const range = claim.range(instance);
  const lo = range?.lo;
  const hi = range?.hi;
  if (!Number.isFinite(lo)) throw new InputError("range(instance).lo", lo, "a finite number (a pathwise lower end of the statistic)");
  if (hi !== undefined && !(Number.isFinite(hi) && hi >= lo)) throw new InputError("range(instance).hi", hi, `a finite number ≥ lo = ${lo}, or undefined`);
  const nMax = Math.max(2, fixedTrials ?? ctx.budget.trials);
  const looks = fixedTrials ? [nMax] : looksOf(Math.min(ctx.budget.minTrials, nMax), nMax);
  const perSide = alpha / 2 / looks.length;
  const levels: number[] = [];
  if (bound > lo) for (let j = 0; j < TRUNCATION_LEVELS; j++) levels.push(bound + (bound - lo) * TRUNCATION_RATIO ** j);
  const truncations = hi === undefined ? levels : [...levels.filter((m) => m < hi), Infinity];
  const perLevel = perSide / Math.max(1, truncations.length);
  const base = { instanceHash: hash, instance: toPlain(instance), bound, range: hi === undefined ? { lo } : { lo, hi }, streams: domain, failures: 0 } as const;
  // A pathwise lower end above the bound: E[X] ≥ lo > bound with certainty, nothing to sample.
  if (!leq(lo, bound, tol)) {
    return {
      ...base,
      trials: 0,
      diverged: 0,
      decision: "refuted",
      mean: NaN,
      sd: NaN,
      lower: lo,
      truncation: Infinity,
      confidence: 1,
      estimator: "the declared pathwise lower end exceeds the bound",
      slack: bound / lo,
    };
  }
  // Running moments of X (finite draws) and of min(X, M) at each truncation level: every look is O(levels).
  const plain = new RunningMoments();
  const truncated = truncations.map(() => new RunningMoments());
  let diverged = 0;
  let look = 0;
  let summary: MeanSummary | undefined;
  for (let i = 0; i < nMax; i++) {
    ctx.deadline.check("Monte-Carlo trials");
    let x = claim.statistic(instance, streamFor({ seed: ctx.seed, claim: claim.id, instance: hash, trial: i, domain }));
    if (typeof x !== "number") throw new Error(`statistic returned ${String(x)} (${typeof x}): not a number`);
    if (!Number.isFinite(x)) {
      if (!claim.divergedCountsAsFailure)
        throw new Error(`statistic returned ${x} on trial ${i}: a diverged draw is an error unless the claim declares divergedCountsAsFailure: true`);
      diverged++;
      x = Infinity;
    } else {
      if (x < lo || x > (hi ?? Infinity)) throw new Error(`statistic returned ${x} on trial ${i}, outside its declared range [${lo}, ${hi ?? "∞"}]`);
      plain.push(x);
    }
    truncations.forEach((M, j) => truncated[j].push(Math.min(x, M === Infinity ? hi! : M)));
    if (i + 1 !== looks[look]) continue;
    look++;
    const n = i + 1;
    let lower = truncations.length === 0 ? lo : -Infinity;
    let truncation = Infinity;
    truncations.forEach((M, j) => {
      const lb = empiricalBernsteinFromMoments(truncated[j], lo, M === Infinity ? hi! : M, perLevel).lower;
      if (lb > lower) [lower, truncation] = [lb, M];
    });
    const upper = hi !== undefined && diverged === 0 ? empiricalBernsteinFromMoments(plain, lo, hi, perSide).upper : undefined;
    const refuted = !leq(lower, bound, tol);
    const certified = leq(upper ?? Infinity, bound, tol);
    const decision = refuted ? "refuted" : certified ? "certified" : "undecided";
    const estimator = refuted
      ? truncation === Infinity
        ? `empirical Bernstein on [${fmt(lo)}, ${fmt(hi!)}]`
        : `truncated at M = ${fmt(truncation)}, empirical Bernstein on [${fmt(lo)}, M]`
      : certified
        ? `empirical Bernstein on [${fmt(lo)}, ${fmt(hi!)}]`
        : undefined;
    const mean = diverged ? Infinity : plain.mean;
    summary = {
      ...base,
      trials: n,
      diverged,
      decision,
      mean,
      sd: Math.sqrt(plain.variance),
      upper,
      lower,
      truncation,
      confidence: 1 - alpha / 2,
      ...(estimator && { estimator }),
      slack: mean > 0 ? bound / mean : bound > 0 ? Infinity : undefined,
    };
    if (decision !== "undecided" && !fixedTrials) break;
  }
  return summary!;
}

function meanTest(claim: ExpectationClaim<unknown>, ctx: DecideContext): StatisticalTest<unknown, MeanSummary> {
  const tol = claim.tolerance ?? TOL.claim;
  return {
    claim,
    run: (instance, hash, domain, alpha, fixedTrials) => testMean(claim, tol, instance, hash, ctx, domain, alpha, fixedTrials),
    exact: (s) => s.trials === 0,
    // Stryker disable next-line ArrowFunction: the engine only tests vacuous(s) for truth, and undefined is as false as false
    vacuous: () => false,
    score: (s) => (s.bound > 0 ? s.mean / s.bound : s.mean > s.bound ? Infinity : NaN),
    margin: (s) =>
      s.trials === 0
        ? (s.lower - s.bound) / (tol.atol + tol.rtol * Math.abs(s.bound))
        : (s.lower - s.bound) / Math.max(Math.abs(s.bound), s.bound - s.range.lo),
    // The engine asks the tightness only of summaries with a finite score (mean / bound), i.e. bound > 0; lower is always
    // finite (lo, or an empirical-Bernstein bound clipped at lo).
    tightness: (s) => Math.max(0, s.lower) / s.bound,
    designNotes: [
      `sequential test of the mean: looks from ${ctx.budget.minTrials} to ${ctx.budget.trials} draws (×${LOOK_RATIO}), α/2 per side split over the looks; upper bound: empirical Bernstein on the declared [lo, hi]; lower bound: the best empirical-Bernstein bound of min(X, M) over fixed truncation levels M (valid for any tail)`,
    ],
  };
}

export const expectationKind: KindModule<ExpectationClaim<any>, ExpectationEvidence> = {
  // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `kind` (KINDS is keyed by name)
  kind: "expectation",
  // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `describe`
  describe: "E[statistic] ≤ bound per instance; empirical-Bernstein upper bound on a declared range for holds, truncated-mean lower bound for violated",
  defaults: {
    quick: budgetRow(8, 4000, 100, 8, 1, 4, 120),
    standard: budgetRow(24, 20000, 200, 20, 2, 10, 600),
    thorough: budgetRow(60, 100000, 400, 60, 4, 25, 3600),
  },
  validate(claim, fail) {
    if (typeof claim.statistic !== "function" || typeof claim.bound !== "function" || typeof claim.range !== "function") {
      fail("an expectation claim needs statistic(instance, stream), bound(instance) and range(instance) → { lo, hi? } (the statistic's pathwise range)");
    }
  },
  decide(claim, ctx) {
    const d = decideStatistical(meanTest(claim, ctx), ctx, "expectation").decision;
    const open = d.evidence.worst && d.evidence.worst.range.hi === undefined;
    if (d.verdict === "inconclusive" && open)
      d.evidence.notes.push(
        "no pathwise upper end (range.hi) is declared: a mean cannot be certified without an assumption on the tail, so this claim can be refuted but never certified",
      );
    return d;
  },
  empty: () => emptyStatisticalEvidence<"expectation", MeanSummary>("expectation"),
  withData(claim, data) {
    return { ...claim, statistic: (i, s) => claim.statistic(i, s, data), bound: (i) => claim.bound(i, data), range: (i) => claim.range(i, data) };
  },
  scaleBound(claim, c) {
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return { ...claim, bound: (i, data) => claim.bound(i, data) * c };
  },
};
