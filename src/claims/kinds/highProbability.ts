/**
 * Kind `high-probability`: P(statistic ≤ bound) ≥ 1 − δ for each instance — the form of the seed's
 * main lemmas. Decided by the sequential exact binomial test of "failure rate ≤ δ" on Monte-Carlo
 * trajectories (engine/rateTest), or from one trajectory (checked on two streams) when the claim
 * declares the instance `deterministic`. A statistic that is NaN or ±∞ is an error naming the
 * instance unless the claim declares `divergedCountsAsFailure: true` (a diverged trajectory then
 * counts as a failure of the bound, as DESIGN.md wants for the convergence claims). The least-slack
 * instances are re-estimated on fresh streams; tightness = the largest lower confidence bound of the
 * (1 − δ)-quantile over the bound (the event "statistic > c·bound" is monotone in c).
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError } from "../../core/errors.ts";
import type { Stream } from "../../core/stream.ts";
import { TOL, type Tolerance } from "../../core/tolerance.ts";
import { budgetRow, type KindModule } from "../engine/context.ts";
import { decideStatistical } from "../engine/decideStatistical.ts";
import { emptyRateEvidence, rateTest, statisticTrial, type RateEvidence } from "../engine/rateTest.ts";
import type { ClaimBase } from "../types.ts";

/** P(statistic ≤ bound(δ)) ≥ 1 − δ for each instance. */
export interface HighProbabilityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "high-probability";
  readonly delta: (instance: I, data?: DataAccess) => number;
  /** One trajectory's statistic; NaN or ±∞ is an error unless `divergedCountsAsFailure`. */
  readonly statistic: (instance: I, stream: Stream, data?: DataAccess) => number;
  readonly bound: (instance: I, data?: DataAccess) => number;
  /** A trajectory whose statistic is NaN or ±∞ has diverged, and counts as a failure of the bound (reported). */
  readonly divergedCountsAsFailure?: boolean;
  /**
   * True when the statistic does not depend on the stream for this instance (e.g. zero noise): the
   * failure rate is then exactly 0 or 1, decided from one trajectory (run on two streams to check
   * the declaration).
   */
  readonly deterministic?: (instance: I, data?: DataAccess) => boolean;
  readonly tolerance?: Tolerance;
}

export type HighProbabilityEvidence = RateEvidence<"high-probability">;

export const highProbabilityKind: KindModule<HighProbabilityClaim<any>, HighProbabilityEvidence> = {
  kind: "high-probability",
  describe: "P(statistic ≤ bound) ≥ 1 − δ per instance; Monte Carlo with a sequential exact binomial test of the failure rate",
  defaults: {
    quick: budgetRow(6, 600, 30, 6, 1, 4, 120),
    standard: budgetRow(20, 3000, 50, 20, 2, 10, 600),
    thorough: budgetRow(60, 20000, 100, 60, 4, 25, 3600),
  },
  validate(claim, fail) {
    if (typeof claim.delta !== "function" || typeof claim.statistic !== "function" || typeof claim.bound !== "function") {
      fail("a high-probability claim needs delta(instance), statistic(instance, stream) and bound(instance)");
    }
    if (claim.divergedCountsAsFailure !== undefined && typeof claim.divergedCountsAsFailure !== "boolean")
      fail("divergedCountsAsFailure must be true or false");
  },
  decide(claim, ctx) {
    const tolerance = claim.tolerance ?? TOL.claim;
    // The bound is computed once per instance, not once per trial (the last instance is remembered).
    let last: { instance: unknown; bound: number } | undefined;
    const boundOf = (instance: unknown) => {
      if (!last || last.instance !== instance) last = { instance, bound: claim.bound(instance) };
      return last.bound;
    };
    return decideStatistical(
      rateTest(
        {
          claim,
          kind: "high-probability",
          target: claim.delta,
          bound: claim.bound,
          trial: (instance, stream) =>
            statisticTrial(claim.statistic(instance, stream), boundOf(instance), tolerance, claim.divergedCountsAsFailure, "a trial"),
          deterministic: claim.deterministic,
          tolerance,
        },
        ctx,
      ),
      ctx,
      "high-probability",
    ).decision;
  },
  empty: () => emptyRateEvidence("high-probability"),
  withData(claim, data) {
    const { deterministic } = claim;
    return {
      ...claim,
      delta: (i) => claim.delta(i, data),
      statistic: (i, s) => claim.statistic(i, s, data),
      bound: (i) => claim.bound(i, data),
      deterministic: deterministic && ((i) => deterministic(i, data)),
    };
  },
  scaleBound(claim, c) {
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return { ...claim, bound: (i, data) => claim.bound(i, data) * c };
  },
};
