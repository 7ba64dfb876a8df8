/**
 * Kind `scaling`: a measured cost grows like O(n^p) in a size n (ε⁻¹, d, κ/(κ−1), …). The cost is
 * measured from runs — `cost(instance, n, stream)`, e.g. the first iteration that reaches ε — never
 * computed from the formula under test. Per instance, R independent replicates (`budget.trials`), each
 * a run at every declared size on its own streams, give R i.i.d. log–log slopes (least squares of log
 * cost on log n); their median gets a distribution-free confidence interval from order statistics
 * (binomial ranks, valid for any law of the slopes). O(·) is one-sided, so:
 *   - `violated` only when the interval's lower end exceeds the claimed exponent p by more than the
 *     declared `lowerOrder` allowance (default 0.05): over a finite range of sizes, lower-order terms
 *     bend a true O(n^p) cost's slope a little above p (GD's count κ/4·log(1/ε)·(1 − 1/(3κ²)) has slope
 *     1.005 over κ ∈ [10, 1000]), so a literal "lower end > p" would refute true claims;
 *   - `holds` when its upper end is ≤ p + margin (declared, default 0.1: the sizes measured show the
 *     claimed order within that margin; a finite range of sizes can never show an order exactly);
 *   - `inconclusive` in between (the sizes or replicates cannot separate the slope from p + margin).
 * A cost that is not a finite positive number is an error naming the instance and the size. The
 * slope is about the sizes measured: a cost whose order only shows beyond them is not seen, and the
 * report says over which sizes the slope was fitted. Tightness is an exponent: the largest lower end
 * of the slope interval over the re-estimated instances (the least exponent not refuted).
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError, InputError } from "../../core/errors.ts";
import { streamFor, type Stream } from "../../core/stream.ts";
import { TOL, leq } from "../../core/tolerance.ts";
import { logLogSlope } from "../../stats/logLogSlope.ts";
import { empiricalQuantile, quantileLowerBound, quantileUpperBound } from "../../stats/quantileInterval.ts";
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

/** cost(n) = O(n^p), fitted as a log–log slope over declared sizes with independent replicates. */
export interface ScalingClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "scaling";
  /** What n is, in words ("1/ε", "d", "κ"), for the report. */
  readonly size: string;
  /** The sizes n at which the cost is measured: at least two distinct values > 0. */
  readonly sizes: (instance: I, data?: DataAccess) => readonly number[];
  /** One measurement of the cost at size n, from a run on `stream` (finite, > 0). */
  readonly cost: (instance: I, n: number, stream: Stream, data?: DataAccess) => number;
  /** The claimed exponent p. */
  readonly exponent: (instance: I, data?: DataAccess) => number;
  /** `holds` needs the slope's upper confidence end ≤ p + margin (default 0.1). */
  readonly margin?: number;
  /** `violated` needs the slope's lower confidence end > p + lowerOrder (default 0.05): the bend lower-order terms may cause over the sizes. */
  readonly lowerOrder?: number;
}

export interface SlopeSummary extends StatisticalSummary {
  /** What n is, in words (the claim's `size`). */
  readonly size: string;
  readonly sizes: readonly number[];
  /** Median cost at each size over the replicates. */
  readonly medianCosts: readonly number[];
  readonly replicates: number;
  readonly medianSlope: number;
  /** Confidence interval of the median replicate slope (each end one-sided at `confidence`). */
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
  readonly exponent: number;
  readonly margin: number;
  readonly lowerOrder: number;
}

export type ScalingEvidence = StatisticalEvidence<"scaling", SlopeSummary>;

const DEFAULT_MARGIN = 0.1;
const DEFAULT_LOWER_ORDER = 0.05;

function testSlope(
  claim: ScalingClaim<unknown>,
  instance: unknown,
  hash: string,
  ctx: DecideContext,
  domain: SlopeSummary["streams"],
  alpha: number,
  fixedTrials?: number,
): SlopeSummary {
  const sizes = [...claim.sizes(instance)];
  // Fewer than two distinct values covers fewer than two sizes; Number.isFinite is false for a non-number.
  if (new Set(sizes).size < 2 || !sizes.every((n) => Number.isFinite(n) && n > 0)) {
    throw new InputError("sizes(instance)", sizes, "at least two distinct finite sizes > 0");
  }
  const p = claim.exponent(instance);
  if (!Number.isFinite(p)) throw new InputError("exponent(instance)", p, "a finite number");
  const margin = claim.margin ?? DEFAULT_MARGIN;
  const lowerOrder = claim.lowerOrder ?? DEFAULT_LOWER_ORDER;
  const R = fixedTrials ?? ctx.budget.trials;
  const costs = sizes.map(() => new Float64Array(R));
  const slopes = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const row = sizes.map((n, j) => {
      ctx.deadline.check("the scaling runs");
      const c = claim.cost(instance, n, streamFor({ seed: ctx.seed, claim: claim.id, instance: hash, trial: r, domain: `${domain}|n=${n}` }));
      if (!Number.isFinite(c) || !(c > 0)) throw new Error(`cost returned ${String(c)} at n = ${n} (replicate ${r}): a cost is a finite number > 0`);
      costs[j][r] = c;
      return c;
    });
    slopes[r] = logLogSlope(sizes, row);
  }
  // Each end one-sided at α/2: the median of the replicate slopes lies above `lower` and below `upper`.
  const lower = quantileLowerBound(slopes, 0.5, alpha / 2);
  const upper = quantileUpperBound(slopes, 0.5, alpha / 2);
  const medianSlope = empiricalQuantile(slopes, 0.5);
  const refuted = !leq(lower, p + lowerOrder, TOL.claim);
  const certified = leq(upper, p + margin, TOL.claim);
  return {
    instanceHash: hash,
    instance: toPlain(instance),
    streams: domain,
    trials: R * sizes.length,
    failures: 0,
    diverged: 0,
    decision: refuted ? "refuted" : certified ? "certified" : "undecided",
    size: claim.size,
    sizes,
    medianCosts: costs.map((c) => empiricalQuantile(c, 0.5)),
    replicates: R,
    medianSlope,
    lower,
    upper,
    confidence: 1 - alpha / 2,
    exponent: p,
    margin,
    lowerOrder,
    slack: p - medianSlope,
  };
}

function slopeTest(claim: ScalingClaim<unknown>, ctx: DecideContext): StatisticalTest<unknown, SlopeSummary> {
  return {
    claim,
    // Replicates are a fixed number: the interval needs all of them (no sequential stop).
    run: (instance, hash, domain, alpha, fixedTrials) => testSlope(claim, instance, hash, ctx, domain, alpha, fixedTrials),
    // Stryker disable next-line ArrowFunction: the engine only tests exact(s) for truth, and undefined is as false as false
    exact: () => false,
    // Stryker disable next-line ArrowFunction: the engine only tests vacuous(s) for truth, and undefined is as false as false
    vacuous: () => false,
    score: (s) => 1 + s.medianSlope - s.exponent,
    margin: (s) => s.lower - s.exponent - s.lowerOrder,
    tightness: (s) => (Number.isFinite(s.lower) ? s.lower : undefined),
    tightnessUnit: "exponent",
    designNotes: [
      `${ctx.budget.trials} independent replicates per instance, each a run at every size on its own streams; the median replicate slope's interval comes from order statistics (distribution-free), α/2 per end`,
      `holds needs the slope's upper end ≤ p + ${claim.margin ?? DEFAULT_MARGIN}; violated needs its lower end > p + ${claim.lowerOrder ?? DEFAULT_LOWER_ORDER} (O(·) is one-sided; the allowance covers lower-order terms over the sizes measured)`,
    ],
  };
}

/** Replicates are a fixed number (minTrials = trials): the interval needs all of them. */
const budgets = (instances: number, trials: number, shrinks: number, climbStarts: number, climbSteps: number, timeLimitSeconds: number) =>
  budgetRow(instances, trials, trials, shrinks, climbStarts, climbSteps, timeLimitSeconds);

export const scalingKind: KindModule<ScalingClaim<any>, ScalingEvidence> = {
  // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `kind` (KINDS is keyed by name)
  kind: "scaling",
  describe:
    // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `describe`
    "a measured cost is O(n^p): log–log slope over declared sizes, distribution-free interval from independent replicates; violated only when its lower end exceeds p",
  // Replicates must be enough for an order-statistic interval of the median at α/(2·tests): 2^-R ≤ that.
  defaults: {
    quick: budgets(4, 16, 4, 1, 4, 120),
    standard: budgets(10, 24, 8, 2, 6, 600),
    thorough: budgets(30, 40, 20, 3, 12, 3600),
  },
  validate(claim, fail) {
    if (typeof claim.cost !== "function" || typeof claim.sizes !== "function" || typeof claim.exponent !== "function") {
      fail("a scaling claim needs sizes(instance), cost(instance, n, stream) and exponent(instance)");
    }
    if (typeof claim.size !== "string" || !claim.size) fail('a scaling claim needs size: what n is, in words (e.g. "1/ε")');
    if (claim.margin !== undefined && !(claim.margin >= 0 && Number.isFinite(claim.margin))) fail(`margin = ${claim.margin} must be a finite number ≥ 0`);
    if (claim.lowerOrder !== undefined && !(claim.lowerOrder >= 0 && Number.isFinite(claim.lowerOrder)))
      fail(`lowerOrder = ${claim.lowerOrder} must be a finite number ≥ 0`);
  },
  decide: (claim, ctx) => decideStatistical(slopeTest(claim, ctx), ctx, "scaling").decision,
  empty: () => emptyStatisticalEvidence<"scaling", SlopeSummary>("scaling"),
  withData(claim, data) {
    return { ...claim, sizes: (i) => claim.sizes(i, data), cost: (i, n, s) => claim.cost(i, n, s, data), exponent: (i) => claim.exponent(i, data) };
  },
  scaleBound(claim, c) {
    // The bound of an O(n^p) claim is its exponent: "multiplied by c" reads as p·c.
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return { ...claim, exponent: (i, data) => claim.exponent(i, data) * c };
  },
};
