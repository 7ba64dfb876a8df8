/**
 * The per-instance test of the kinds that assert "the rate of an event is at most a target" —
 * `probability` (P(event) ≤ bound), `high-probability` (P(statistic > bound) ≤ δ) and `tuning`
 * (P(the prescription misses its target) ≤ δ): the exact probability when the claim gives it
 * (compared within tolerance), else the sequential exact binomial test of `stats/sequentialRateTest`
 * on seeded Monte-Carlo trials (Clopper–Pearson at a geometric grid of looks, α split over the
 * looks: valid under early stopping either way). The rest of the decision (α shares, search,
 * confirmation, re-estimation) is `decideStatistical`'s. A statistic that is NaN or ±∞ is an error
 * naming the instance unless the claim declares `divergedCountsAsFailure`.
 * Tightness: the event "statistic > c·bound" is monotone in c, so one set of trials serves every c —
 * the smallest c not refuted is the lower confidence bound of the (1 − δ)-quantile over the bound;
 * for a probability, the rate's lower confidence bound (or exact rate) over the bound.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import { InputError } from "../../core/errors.ts";
import { streamFor, type Stream } from "../../core/stream.ts";
import { leq, type Tolerance } from "../../core/tolerance.ts";
import { requireProbabilityOpen } from "../../core/validate.ts";
import { rateRule, type RateTrial } from "../../montecarlo/rateRule.ts";
import { runTrials } from "../../montecarlo/runTrials.ts";
import { empiricalQuantile, quantileLowerBound, quantileUpperBound } from "../../stats/quantileInterval.ts";
import { sequentialDesign, sequentialInterval } from "../../stats/sequentialRateTest.ts";
import { toPlain } from "../plain.ts";
import type { Claim } from "../types.ts";
import type { DecideContext, DecidedEvidence } from "./context.ts";
import {
  emptyStatisticalEvidence,
  type StatisticalSummary,
  type StatisticalEvidence,
  type StatisticalFields,
  type StatisticalTest,
} from "./decideStatistical.ts";

export interface RateSummary extends StatisticalSummary {
  readonly instanceHash: string;
  readonly instance: unknown;
  readonly trials: number;
  readonly failures: number;
  readonly diverged: number;
  readonly target: number;
  readonly decision: "certified" | "refuted" | "undecided";
  readonly interval: { lo: number; hi: number; confidence: number };
  /** Observed (1 − δ)-quantile of the statistic and the bound it is compared with (high-probability claims). */
  readonly observedQuantile?: number;
  /** Mean and sample standard deviation of the statistic over the trials (diverged trials excluded). */
  readonly statisticMean?: number;
  readonly statisticSd?: number;
  /** Distribution-free confidence bounds on the (1 − δ)-quantile, valid under the sequential stop, at `quantileConfidence`. */
  readonly quantileUpper?: number;
  readonly quantileLower?: number;
  readonly quantileConfidence?: number;
  readonly bound?: number;
  /** bound ÷ observed quantile (high-probability), or bound ÷ probability (probability): > 1 means room. */
  readonly slack?: number;
  readonly exactProbability?: number;
  /** Where the trials' streams came from: the search ("main"), a confirmation, or a re-estimation. */
  readonly streams: "main" | "confirm" | "reestimate";
}

/**
 * One tested instance of a high-probability (or tuning) claim, for the quantile figure: δ, the observed
 * (1 − δ)-quantile of the statistic with its confidence bounds (an end the trials cannot bound is ±∞), and the bound.
 */
export interface QuantileRow {
  readonly delta: number;
  readonly quantile: number;
  readonly lower: number;
  readonly upper: number;
  readonly bound: number;
  /** The statistic did not depend on the stream (checked on two): the quantile is exact. */
  readonly exact: boolean;
}

/** The evidence of a rate kind `K`. */
export type RateEvidence<K extends string> = StatisticalEvidence<K, RateSummary, QuantileRow>;
/** The evidence fields every rate kind adds. */
export type RateEvidenceFields = StatisticalFields<RateSummary, QuantileRow>;

/** A rate claim seen through the one interface the decision needs. */
export interface RateSpec<I> {
  readonly claim: Claim<I>;
  readonly kind: "probability" | "high-probability";
  /** δ, or the probability bound. */
  target(instance: I): number;
  /** The statistic's bound (high-probability). */
  bound?(instance: I): number;
  exact?(instance: I): number;
  trial?(instance: I, stream: Stream): RateTrial;
  deterministic?(instance: I): boolean;
  readonly tolerance: Tolerance;
}

/** A high-probability trial: the statistic checked for a number, NaN and ±∞ handled as the claim declares. */
export function statisticTrial(value: unknown, bound: number, tol: Tolerance, divergedCountsAsFailure: boolean | undefined, where: string): RateTrial {
  if (typeof value !== "number") throw new Error(`statistic returned ${String(value)} (${typeof value}) at ${where}: not a number`);
  if (!Number.isFinite(value)) {
    if (!divergedCountsAsFailure) {
      throw new Error(`statistic returned ${value} at ${where}: a diverged trajectory is an error unless the claim declares divergedCountsAsFailure: true`);
    }
    return { failed: true, statistic: Infinity, diverged: true };
  }
  return { failed: !leq(value, bound, tol), statistic: value };
}

/** The interval of a sampled rate whose bound is vacuous (≥ 1): all of [0, 1], no trial run. */
// Stryker disable next-line ObjectLiteral: a vacuous summary is read only for its decision, counts and slack (no score, row, figure or confirmation reads its interval)
const VACUOUS_INTERVAL = { lo: 0, hi: 1, confidence: 1 } as const;

function slackOf(bound: number, q: number): number | undefined {
  if (q <= 0) return bound > 0 ? Infinity : undefined;
  return bound / q;
}

/** Test one instance on the streams of `domain`, with `alpha` for the decision (and, fixed-size, `trials` trials). */
export function testRate<I>(
  spec: RateSpec<I>,
  instance: I,
  hash: string,
  ctx: DecideContext,
  domain: RateSummary["streams"],
  alpha: number,
  fixedTrials?: number,
): RateSummary {
  const plain = toPlain(instance);
  const target = spec.target(instance);
  const base = { instanceHash: hash, instance: plain, streams: domain } as const;
  if (spec.kind === "probability") {
    if (!(typeof target === "number" && target >= 0)) throw new InputError("bound(instance)", target, "a probability bound ≥ 0");
    if (spec.exact) {
      const p = spec.exact(instance);
      if (!(typeof p === "number" && p >= 0 && p <= 1)) throw new InputError("exact(instance)", p, "a probability in [0, 1]");
      return {
        ...base,
        trials: 0,
        failures: 0,
        diverged: 0,
        target,
        decision: leq(p, target, spec.tolerance) ? "certified" : "refuted",
        interval: { lo: p, hi: p, confidence: 1 },
        exactProbability: p,
        slack: p > 0 ? target / p : Infinity,
      };
    }
    if (target >= 1) return { ...base, trials: 0, failures: 0, diverged: 0, target, decision: "certified", interval: VACUOUS_INTERVAL, slack: Infinity };
    if (target === 0)
      throw new InputError("bound(instance)", 0, "a bound > 0 for a Monte-Carlo probability claim (a zero rate cannot be certified by sampling)");
    return runRate(spec, base, target, alpha, ctx, domain, spec.trial!, instance, hash, fixedTrials);
  }
  const delta = requireProbabilityOpen("delta(instance)", target);
  const bound = spec.bound!(instance);
  if (typeof bound !== "number" || Number.isNaN(bound)) throw new InputError("bound(instance)", bound, "a number (the bound compared with the statistic)");
  if (spec.deterministic?.(instance)) {
    const key = { seed: ctx.seed, claim: spec.claim.id, instance: hash, domain };
    const [a, b] = [spec.trial!(instance, streamFor({ ...key, trial: 0 })), spec.trial!(instance, streamFor({ ...key, trial: 1 }))];
    if (!Object.is(a.statistic, b.statistic)) throw new Error(`declared deterministic, but two streams gave statistics ${a.statistic} and ${b.statistic}`);
    const rate = a.failed ? 1 : 0;
    // δ ∈ (0, 1), so a rate of exactly 0 or 1 is refuted exactly when it is 1.
    return {
      ...base,
      trials: 2,
      failures: 2 * rate,
      diverged: a.diverged ? 2 : 0,
      target: delta,
      decision: a.failed ? "refuted" : "certified",
      interval: { lo: rate, hi: rate, confidence: 1 },
      exactProbability: rate,
      observedQuantile: a.statistic,
      quantileLower: a.statistic,
      quantileUpper: a.statistic,
      quantileConfidence: 1,
      bound,
      slack: slackOf(bound, a.statistic),
    };
  }
  const summary = runRate(spec, base, delta, alpha, ctx, domain, spec.trial!, instance, hash, fixedTrials);
  return { ...summary, bound, slack: slackOf(bound, summary.observedQuantile!) };
}

function runRate<I>(
  spec: RateSpec<I>,
  base: Pick<RateSummary, "instanceHash" | "instance" | "streams">,
  target: number,
  alpha: number,
  ctx: DecideContext,
  domain: string,
  trial: (instance: I, stream: Stream) => RateTrial,
  instance: I,
  hash: string,
  fixedTrials?: number,
): RateSummary {
  const n = fixedTrials ?? ctx.budget.trials;
  const design = fixedTrials ? sequentialDesign(target, alpha, n, n) : sequentialDesign(target, alpha, n, Math.min(ctx.budget.minTrials, n));
  const run = runTrials({
    key: { seed: ctx.seed, claim: spec.claim.id, instance: hash, domain },
    trial: (s) => trial(instance, s),
    rule: rateRule(design),
    maxTrials: n,
    checkpoint: () => ctx.deadline.check("Monte-Carlo trials"),
  });
  const { failures, diverged, statistics, decision } = run.state;
  if (design.looks.length > 1) ctx.onSequentialTest?.({ design, decision, trials: run.trials });
  const summary: RateSummary = {
    ...base,
    trials: run.trials,
    failures,
    diverged,
    target,
    decision,
    interval: sequentialInterval(failures, run.trials, design),
  };
  // A sampled probability: the slack is the bound over the observed rate (∞ with no failure: the bound is > 0 here);
  // the rate's interval is reported beside it.
  if (spec.kind !== "high-probability") return { ...summary, slack: target / (failures / run.trials) };
  const finite = statistics.filter(Number.isFinite);
  return {
    ...summary,
    statisticMean: finite.length ? mean(finite) : undefined,
    statisticSd: finite.length > 1 ? sampleStandardDeviation(finite) : undefined,
    observedQuantile: empiricalQuantile(statistics, 1 - target),
    // At the stopping look with α/J: by the union bound over the J looks they hold at 1 − α whatever the stop.
    quantileUpper: quantileUpperBound(statistics, 1 - target, design.alphaPerLook),
    quantileLower: quantileLowerBound(statistics, 1 - target, design.alphaPerLook),
    quantileConfidence: 1 - alpha,
  };
}

/**
 * The summary rests on no sampling: a closed-form rate, or a declared-deterministic statistic. Only those two set
 * `exactProbability`, and both with an interval of confidence 1.
 */
function isExact(s: RateSummary): boolean {
  return s.exactProbability !== undefined;
}

function scoreOf(s: RateSummary): number {
  // A high-probability summary (sampled or deterministic) has its bound and observed quantile both or neither.
  if ((s.bound ?? 0) > 0) return s.observedQuantile! / s.bound!;
  if (isExact(s)) return s.target > 0 ? s.exactProbability! / s.target : s.exactProbability! > 0 ? Infinity : 0;
  return s.failures / s.trials / s.target; // NaN (0/0) when vacuous: no trial
}

/** The rate test of a claim, in the form `decideStatistical` takes. */
function rowOf(s: RateSummary): QuantileRow | undefined {
  // Only a high-probability summary has a bound, and it has the quantile and its bounds with it.
  if (s.bound === undefined) return undefined;
  return {
    delta: s.target,
    quantile: s.observedQuantile!,
    lower: s.quantileLower!,
    upper: s.quantileUpper!,
    bound: s.bound,
    exact: s.quantileConfidence === 1,
  };
}

export function rateTest<I>(spec: RateSpec<I>, ctx: DecideContext): StatisticalTest<I, RateSummary, QuantileRow> {
  const looks = sequentialDesign(0.5, 0.01, ctx.budget.trials, Math.min(ctx.budget.minTrials, ctx.budget.trials)).looks.length;
  return {
    claim: spec.claim,
    run: (instance, hash, domain, alpha, fixedTrials) => testRate(spec, instance, hash, ctx, domain, alpha, fixedTrials),
    exact: isExact,
    vacuous: (s) => s.trials === 0 && s.exactProbability === undefined,
    score: scoreOf,
    margin: (s) =>
      isExact(s) ? (s.exactProbability! - s.target) / (spec.tolerance.atol + spec.tolerance.rtol * Math.abs(s.target)) : (s.interval.lo - s.target) / s.target,
    tightness(s) {
      if (s.bound !== undefined) return s.bound > 0 ? Math.max(0, s.quantileLower!) / s.bound : undefined;
      if (!(s.target > 0)) return undefined;
      // The rate's lower confidence bound over the bound; an exact rate p has the interval [p, p]. A bound ≥ 1 is
      // vacuous, but p/bound still says by how much it may be scaled down when p is exact; a sampled vacuous instance
      // ran no trials and scores NaN, so it is never re-estimated and its tightness never asked.
      return s.interval.lo / s.target;
    },
    row: rowOf,
    designNotes: [
      `sequential exact binomial test: Clopper–Pearson at up to ${looks} looks (${ctx.budget.minTrials} to ${ctx.budget.trials} trials), α split over the looks`,
    ],
  };
}

/** The evidence of a rate kind that was never searched. */
export function emptyRateEvidence<K extends string>(kind: K): DecidedEvidence<RateEvidence<K>> {
  return emptyStatisticalEvidence<K, RateSummary, QuantileRow>(kind);
}
