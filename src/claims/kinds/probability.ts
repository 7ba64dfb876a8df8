/**
 * Kind `probability`: P(event) ≤ bound for each instance — e.g. the sign-mismatch bound (4) or Gauss's
 * sign bound. Decided exactly when the claim gives `exact(instance)` (compared within tolerance;
 * shrinking keeps ≥ min(10³, original) tolerance units past the bound), else by the sequential exact
 * binomial test on Monte-Carlo draws of `event` (see engine/rateTest: α split over every test, a
 * violation confirmed on fresh streams, shrinking only while the refutation stays decisive). An event
 * that is not a boolean (NaN included) is an error naming the instance. Tightness: the largest
 * (exact, or lower-confidence) rate over the bound among the least-slack instances.
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError } from "../../core/errors.ts";
import type { Stream } from "../../core/stream.ts";
import { TOL, type Tolerance } from "../../core/tolerance.ts";
import { budgetRow, type KindModule } from "../engine/context.ts";
import { decideStatistical } from "../engine/decideStatistical.ts";
import { emptyRateEvidence, rateTest, type RateEvidence } from "../engine/rateTest.ts";
import type { ClaimBase } from "../types.ts";

/** P(event) ≤ bound for each instance; decided exactly when `exact` is given, else by Monte Carlo. */
export interface ProbabilityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "probability";
  readonly bound: (instance: I, data?: DataAccess) => number;
  /** The exact probability of the event, when the law is known. */
  readonly exact?: (instance: I, data?: DataAccess) => number;
  /** One draw of the event (true = it happened), when the probability is estimated. */
  readonly event?: (instance: I, stream: Stream, data?: DataAccess) => boolean;
  readonly tolerance?: Tolerance;
}

export type ProbabilityEvidence = RateEvidence<"probability">;

export const probabilityKind: KindModule<ProbabilityClaim<any>, ProbabilityEvidence> = {
  kind: "probability",
  describe: "P(event) ≤ bound per instance; exact when the law is known, else Monte Carlo with a sequential exact binomial test",
  defaults: {
    quick: budgetRow(20, 2000, 50, 20, 1, 5, 120),
    standard: budgetRow(60, 10000, 100, 40, 3, 20, 600),
    thorough: budgetRow(200, 100000, 200, 100, 6, 40, 3600),
  },
  validate(claim, fail) {
    if (typeof claim.bound !== "function") fail("a probability claim needs bound(instance)");
    if (typeof claim.exact !== "function" && typeof claim.event !== "function") fail("a probability claim needs exact(instance) or event(instance, stream)");
  },
  decide(claim, ctx) {
    const tolerance = claim.tolerance ?? TOL.claim;
    return decideStatistical(
      rateTest(
        {
          claim,
          kind: "probability",
          target: claim.bound,
          exact: claim.exact,
          // Asked for only when exact is not given, so only of a claim that gives event (validate wants one of the two).
          trial: (instance, stream) => {
            const happened = claim.event!(instance, stream);
            if (typeof happened !== "boolean") throw new Error(`event returned ${String(happened)} (${typeof happened}): an event is true or false`);
            return { failed: happened, statistic: NaN };
          },
          tolerance,
        },
        ctx,
      ),
      ctx,
      "probability",
    ).decision;
  },
  empty: () => emptyRateEvidence("probability"),
  withData(claim, data) {
    const { exact, event } = claim;
    return { ...claim, bound: (i) => claim.bound(i, data), exact: exact && ((i) => exact(i, data)), event: event && ((i, s) => event(i, s, data)) };
  },
  scaleBound(claim, c) {
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return { ...claim, bound: (i, data) => claim.bound(i, data) * c };
  },
};
