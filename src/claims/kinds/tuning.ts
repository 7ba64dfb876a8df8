/**
 * Kind `tuning`: a prescription — γ, B, T, … as functions of the problem's constants, ε and δ —
 * reaches its target at level 1 − δ: P(run(prescription) > target) ≤ δ for each instance. Decided
 * like `high-probability` (engine/rateTest: sequential exact binomial test of the miss rate, α split
 * over every test, violations confirmed on fresh streams), with the prescription's run as the
 * statistic and the target as its bound; an instance the claim declares `deterministic` (e.g. no noise) is
 * decided from one run, checked on two streams, as in `high-probability`. With a `grid` of alternative parameters, each grid point is
 * tested the same way (as a figure, at its own share of the claim's figures α) on the re-estimated
 * least-slack instances, and the report gives the price of the theory's constants: the prescription's
 * cost over the least cost among the grid points certified to reach the target (≥ 1 when the
 * prescription itself is certified; how much a tuned user would save).
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError } from "../../core/errors.ts";
import { instanceHash } from "../../core/hash.ts";
import type { Stream } from "../../core/stream.ts";
import { TOL, type Tolerance } from "../../core/tolerance.ts";
import { budgetRow, type KindModule } from "../engine/context.ts";
import { alphaOf, decideStatistical, emptyStatisticalEvidence, VERDICT_SHARE, type StatisticalEvidence } from "../engine/decideStatistical.ts";
import { rateTest, statisticTrial, testRate, type QuantileRow, type RateSpec, type RateSummary } from "../engine/rateTest.ts";
import type { ClaimBase } from "../types.ts";

/** A prescription P(i) reaches target(i) with probability ≥ 1 − δ(i); optionally compared with a grid of alternatives. */
export interface TuningClaim<I = unknown, P = Record<string, number>> extends ClaimBase<I> {
  readonly kind: "tuning";
  readonly delta: (instance: I, data?: DataAccess) => number;
  /** The level the run must reach (e.g. ε): a run succeeds when its statistic ≤ target. */
  readonly target: (instance: I, data?: DataAccess) => number;
  /** The prescribed parameters (plain data, e.g. { gamma, T }). */
  readonly prescription: (instance: I, data?: DataAccess) => P;
  /** One run with parameters p: the statistic compared with the target (e.g. f(x_T) − f*). */
  readonly run: (instance: I, params: P, stream: Stream, data?: DataAccess) => number;
  /** What parameters p cost (e.g. oracle calls T·B), to compare the prescription with the grid. */
  readonly cost: (instance: I, params: P, data?: DataAccess) => number;
  /** Alternatives to the prescription (e.g. γ and T times 2^k). */
  readonly grid?: (instance: I, data?: DataAccess) => readonly P[];
  /** A run whose statistic is NaN or ±∞ has diverged and counts as a miss (instead of an error). */
  readonly divergedCountsAsFailure?: boolean;
  /**
   * True when the prescription's run does not depend on the stream for this instance (e.g. zero noise): its
   * miss rate is exactly 0 or 1, decided from one run (run on two streams to check the declaration).
   */
  readonly deterministic?: (instance: I, data?: DataAccess) => boolean;
  readonly tolerance?: Tolerance;
}

/** One grid point tested on one instance. */
export interface GridPoint {
  readonly instanceHash: string;
  readonly params: unknown;
  readonly cost: number;
  readonly prescribed: boolean;
  readonly summary: RateSummary;
}

export interface TuningEvidence extends StatisticalEvidence<"tuning", RateSummary, QuantileRow> {
  /** The prescription at the least-slack instance (plain data) and its cost. */
  readonly prescription?: { readonly params: unknown; readonly cost: number };
  readonly grid?: readonly GridPoint[];
  /** How the grid was tested: on how many instances, each point a sequential test of its miss rate at `alpha` (a figure, not a verdict). */
  readonly gridTest?: { readonly instances: number; readonly alpha: number };
  /** Prescription cost ÷ least certified grid cost, per instance the grid ran on (largest first). */
  readonly price?: readonly { readonly instanceHash: string; readonly price: number; readonly best: unknown }[];
}

/** The grid runs on the least-slack instance (re-estimated): where the prescription has the least room. */
const GRID_INSTANCES = 1;

export const tuningKind: KindModule<TuningClaim<any, any>, TuningEvidence> = {
  // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `kind` (KINDS is keyed by name)
  kind: "tuning",
  // Stryker disable next-line StringLiteral: documentation only: no code reads a kind module's `describe`
  describe: "a prescription (γ, B, T from the constants, ε, δ) reaches its target at level 1 − δ; decided like high-probability, with the price against a grid",
  defaults: {
    quick: budgetRow(6, 600, 30, 6, 1, 4, 120),
    standard: budgetRow(20, 3000, 50, 20, 2, 10, 600),
    thorough: budgetRow(60, 20000, 100, 60, 4, 25, 3600),
  },
  validate(claim, fail) {
    for (const f of ["delta", "target", "prescription", "run", "cost"] as const) {
      if (typeof claim[f] !== "function") fail(`a tuning claim needs delta, target, prescription, run and cost (functions); ${f} is missing`);
    }
    if (claim.grid !== undefined && typeof claim.grid !== "function") fail("grid must be a function of the instance");
    if (claim.deterministic !== undefined && typeof claim.deterministic !== "function") fail("deterministic must be a function of the instance");
  },
  decide(claim, ctx) {
    const tolerance = claim.tolerance ?? TOL.claim;
    const specFor = (params: (i: unknown) => unknown): RateSpec<unknown> => ({
      claim,
      kind: "high-probability",
      target: claim.delta,
      bound: claim.target,
      trial: (instance, stream) =>
        statisticTrial(claim.run(instance, params(instance), stream), claim.target(instance), tolerance, claim.divergedCountsAsFailure, "a run"),
      deterministic: claim.deterministic,
      tolerance,
    });
    const { decision, reestimated } = decideStatistical(rateTest(specFor(claim.prescription), ctx), ctx, "tuning");
    const evidence = decision.evidence as unknown as { -readonly [K in keyof TuningEvidence]: TuningEvidence[K] };
    const least = reestimated[0];
    if (least) {
      const params = claim.prescription(least.instance);
      evidence.prescription = { params, cost: claim.cost(least.instance, params) };
    }
    if (claim.grid && decision.verdict === "holds") {
      const points: GridPoint[] = [];
      const price: { instanceHash: string; price: number; best: unknown }[] = [];
      const on = reestimated.slice(0, GRID_INSTANCES);
      const sizes = on.map((r) => claim.grid!(r.instance).length + 1);
      const alpha =
        ((1 - VERDICT_SHARE) * alphaOf(claim)) /
        Math.max(
          1,
          sizes.reduce((a, b) => a + b, 0),
        );
      for (const r of on) {
        const prescribed = claim.prescription(r.instance);
        const candidates = [prescribed, ...claim.grid(r.instance)];
        const tested = candidates.map((params, k) => {
          // Each grid point has its own streams (the params are part of the hashed key).
          const hash = instanceHash({ instance: r.summary.instanceHash, params });
          const summary = testRate(
            specFor(() => params),
            r.instance,
            hash,
            ctx,
            "reestimate",
            alpha,
          );
          return { instanceHash: r.summary.instanceHash, params, cost: claim.cost(r.instance, params), prescribed: k === 0, summary };
        });
        points.push(...tested);
        const certified = tested.filter((t) => t.summary.decision === "certified");
        if (certified.length && tested[0].summary.decision === "certified") {
          const best = certified.reduce((a, t) => (t.cost < a.cost ? t : a));
          price.push({ instanceHash: r.summary.instanceHash, price: tested[0].cost / best.cost, best: best.params });
        }
      }
      evidence.grid = points;
      // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: with GRID_INSTANCES = 1 there is at most one price to sort
      evidence.price = price.sort((a, b) => b.price - a.price);
      evidence.gridTest = { instances: on.length, alpha };
    }
    return decision as typeof decision & { evidence: typeof evidence };
  },
  empty: () => emptyStatisticalEvidence<"tuning", RateSummary, QuantileRow>("tuning"),
  withData(claim, data) {
    const { grid, deterministic } = claim;
    return {
      ...claim,
      deterministic: deterministic && ((i) => deterministic(i, data)),
      delta: (i) => claim.delta(i, data),
      target: (i) => claim.target(i, data),
      prescription: (i) => claim.prescription(i, data),
      run: (i, p, s) => claim.run(i, p, s, data),
      cost: (i, p) => claim.cost(i, p, data),
      grid: grid && ((i) => grid(i, data)),
    };
  },
  scaleBound(claim, c) {
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return { ...claim, target: (i, data) => claim.target(i, data) * c };
  },
};
