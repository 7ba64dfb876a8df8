/**
 * Decider of `probability` and `high-probability` claims, which both assert "the rate of an event is
 * at most a target" per instance: P(event) ≤ bound, or P(statistic > bound) ≤ δ.
 *
 * Per instance: the exact probability when the claim gives it (compared within tolerance), else the
 * sequential exact binomial test of `stats/sequentialRateTest` on seeded Monte-Carlo trials. The
 * claim's α is shared by Bonferroni over every test it may run — `instances + shrinks` — so
 *   P(holds | some tested instance has rate > target) ≤ α and P(violated | every rate ≤ target) ≤ α.
 * `holds`    = every tested instance certified ("not refuted on N instances at level α", least slack);
 * `violated` = some instance refuted, shrunk, and refuted again on fresh streams;
 * `inconclusive` otherwise. A trajectory whose statistic is NaN or ±∞ is a diverged trial: it counts
 * as a failure of the bound and is reported.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import { instanceHash } from "../../core/hash.ts";
import { streamFor, type Stream } from "../../core/stream.ts";
import { TOL, leq } from "../../core/tolerance.ts";
import { requireProbabilityOpen } from "../../core/validate.ts";
import { InputError } from "../../core/errors.ts";
import { rateRule, type RateTrial } from "../../montecarlo/rateRule.ts";
import { runTrials } from "../../montecarlo/runTrials.ts";
import { empiricalQuantile, quantileUpperBound } from "../../stats/quantileInterval.ts";
import { sequentialDesign, sequentialInterval } from "../../stats/sequentialRateTest.ts";
import { toPlain } from "../plain.ts";
import { searchInstances } from "../searchInstances.ts";
import type { HighProbabilityClaim, ProbabilityClaim, RateSummary } from "../types.ts";
import { formatNumber as fmt } from "../formatNumber.ts";
import { coverageOf, errorDecision, type DecideContext, type Decision } from "./types.ts";

/** Default family-wise error rate of a claim's statistical decisions. */
export const DEFAULT_ALPHA = 0.01;

type RateClaim<I> = ProbabilityClaim<I> | HighProbabilityClaim<I>;

export function alphaPerTest(claim: RateClaim<unknown>, ctx: DecideContext): number {
  return (claim.alpha ?? DEFAULT_ALPHA) / (ctx.budget.instances + ctx.budget.shrinks);
}

/** Test one instance on the streams of `domain` ("main" for the search, "confirm" for fresh streams). */
export function testRateInstance<I>(claim: RateClaim<I>, instance: I, ctx: DecideContext, domain: string): RateSummary {
  const hash = instanceHash(instance);
  const tol = claim.tolerance ?? TOL.claim;
  const alpha = alphaPerTest(claim as RateClaim<unknown>, ctx);
  const plain = toPlain(instance);
  if (claim.kind === "probability") {
    const target = claim.bound(instance);
    if (!(target >= 0)) throw new InputError("bound(instance)", target, "a probability bound ≥ 0");
    if (claim.exact) {
      const p = claim.exact(instance);
      if (!(p >= 0 && p <= 1)) throw new InputError("exact(instance)", p, "a probability in [0, 1]");
      const ok = leq(p, target, tol);
      return {
        instanceHash: hash, instance: plain, trials: 0, failures: 0, diverged: 0, target,
        decision: ok ? "certified" : "refuted",
        interval: { lo: p, hi: p, confidence: 1 },
        exactProbability: p,
        slack: p > 0 ? target / p : Infinity,
      };
    }
    if (target >= 1) {
      return {
        instanceHash: hash, instance: plain, trials: 0, failures: 0, diverged: 0, target,
        decision: "certified", interval: { lo: 0, hi: 1, confidence: 1 }, slack: Infinity,
      };
    }
    if (target === 0) throw new InputError("bound(instance)", 0, "a bound > 0 for a Monte-Carlo probability claim (a zero rate cannot be certified by sampling)");
    const event = claim.event!;
    return runRate(claim, hash, plain, target, alpha, ctx, domain, (s) => ({ failed: event(instance, s), statistic: NaN }));
  }
  const delta = requireProbabilityOpen("delta(instance)", claim.delta(instance));
  const bound = claim.bound(instance);
  if (Number.isNaN(bound)) throw new InputError("bound(instance)", bound, "a number (the bound compared with the statistic)");
  const trial = (s: Stream): RateTrial => {
    const statistic = claim.statistic(instance, s);
    const diverged = !Number.isFinite(statistic);
    return { failed: diverged || !leq(statistic, bound, tol), statistic: diverged ? Infinity : statistic, diverged };
  };
  if (claim.deterministic?.(instance)) {
    const key = { seed: ctx.seed, claim: claim.id, instance: hash, domain };
    const [a, b] = [trial(streamFor({ ...key, trial: 0 })), trial(streamFor({ ...key, trial: 1 }))];
    if (!Object.is(a.statistic, b.statistic)) {
      throw new Error(`declared deterministic, but two streams gave statistics ${a.statistic} and ${b.statistic}`);
    }
    const rate = a.failed ? 1 : 0;
    return {
      instanceHash: hash, instance: plain, trials: 2, failures: 2 * rate, diverged: a.diverged ? 2 : 0, target: delta,
      decision: rate > delta ? "refuted" : "certified",
      interval: { lo: rate, hi: rate, confidence: 1 },
      exactProbability: rate,
      observedQuantile: a.statistic, bound, slack: slackOf(bound, a.statistic),
    };
  }
  const summary = runRate(claim, hash, plain, delta, alpha, ctx, domain, trial);
  return { ...summary, bound, slack: slackOf(bound, summary.observedQuantile) };
}

function slackOf(bound: number, q: number | undefined): number | undefined {
  if (q === undefined) return undefined;
  if (q <= 0) return bound > 0 ? Infinity : undefined;
  return bound / q;
}

function runRate<I>(
  claim: RateClaim<I>, hash: string, plain: unknown, target: number, alpha: number,
  ctx: DecideContext, domain: string, trial: (stream: Stream) => RateTrial,
): RateSummary {
  const design = sequentialDesign(target, alpha, ctx.budget.trials, Math.min(ctx.budget.minTrials, ctx.budget.trials));
  const run = runTrials({ key: { seed: ctx.seed, claim: claim.id, instance: hash, domain }, trial, rule: rateRule(design), maxTrials: ctx.budget.trials });
  const { failures, diverged, statistics, decision } = run.state;
  const summary: RateSummary = {
    instanceHash: hash, instance: plain, trials: run.trials, failures, diverged, target, decision,
    interval: sequentialInterval(failures, run.trials, design),
  };
  // A sampled probability: the slack is the bound over the observed rate (as bound ÷ observed quantile for
  // high-probability claims); the rate's confidence interval is reported beside it.
  if (claim.kind !== "high-probability") return { ...summary, slack: failures > 0 ? target / (failures / run.trials) : Infinity };
  const finite = statistics.filter(Number.isFinite);
  return {
    ...summary,
    statisticMean: finite.length ? mean(finite) : undefined,
    statisticSd: finite.length > 1 ? sampleStandardDeviation(finite) : undefined,
    observedQuantile: empiricalQuantile(statistics, 1 - target),
    // At the stopping look with α/J: by the union bound over the J looks it holds at 1 − α whatever the stop.
    quantileUpper: quantileUpperBound(statistics, 1 - target, design.alphaPerLook),
    quantileConfidence: 1 - alpha,
  };
}

export function decideRate<I>(claim: RateClaim<I>, ctx: DecideContext): Decision {
  const alpha = claim.alpha ?? DEFAULT_ALPHA;
  const perTest = alphaPerTest(claim as RateClaim<unknown>, ctx);
  let tested = 0;
  const search = searchInstances<I, RateSummary>(
    claim,
    ctx.seed,
    ctx.budget,
    (instance) => {
      const s = testRateInstance(claim, instance, ctx, "main");
      ctx.progress?.(`instance ${++tested}: ${s.trials} trials, ${s.failures} failures → ${s.decision}`);
      return { pass: s.decision !== "refuted", value: s };
    },
    ctx.path,
  );
  const searched = [...search.evaluated.values()].filter((e) => !e.shrinking).map((e) => e.evaluation.value);
  const all = [...search.evaluated.values()].map((e) => e.evaluation.value);
  const count = (d: RateSummary["decision"]) => searched.filter((s) => s.decision === d).length;
  const vacuous = searched.filter((s) => s.trials === 0 && s.exactProbability === undefined).length;
  const slacks = searched.map((s) => s.slack).filter((s): s is number => s !== undefined);
  const leastSlack = slacks.length ? Math.min(...slacks) : undefined;
  const worst = searched.length
    ? searched.reduce((a, b) => ((b.slack ?? Infinity) < (a.slack ?? Infinity) ? b : a))
    : undefined;
  const statistical = all.some((s) => s.exactProbability === undefined && s.trials > 0);
  const looks = sequentialDesign(0.5, perTest, ctx.budget.trials, Math.min(ctx.budget.minTrials, ctx.budget.trials)).looks.length;
  const notes = statistical
    ? [
        `α = ${alpha} shared by Bonferroni over ${ctx.budget.instances} instances + ${ctx.budget.shrinks} shrink candidates: ${perTest.toExponential(3)} per test`,
        `sequential exact binomial test: Clopper–Pearson at up to ${looks} looks (${ctx.budget.minTrials} to ${ctx.budget.trials} trials), α split over the looks`,
      ]
    : ["every instance was decided exactly (closed-form or deterministic rates): no sampling error is at stake"];
  if (vacuous) notes.push(`${vacuous} instance(s) had a vacuous bound (≥ 1) and need no trials`);
  if (search.shrinkBudgetSpent) notes.push(`shrinking stopped after ${ctx.budget.shrinks} candidates (budget)`);
  const base = {
    alpha,
    alphaPerTest: perTest,
    statistical,
    instances: searched.length,
    tests: all.length,
    trials: all.reduce((a, s) => a + s.trials, 0),
    failures: all.reduce((a, s) => a + s.failures, 0),
    diverged: all.reduce((a, s) => a + s.diverged, 0),
    certified: count("certified"),
    refuted: count("refuted"),
    undecided: count("undecided"),
    vacuous,
    leastSlack,
    worst,
    coverage: coverageOf(claim, search),
    notes,
  };
  if (base.diverged) notes.push(`${base.diverged} trial(s) diverged (NaN or ±∞): counted as failures`);
  if (search.thrown) return errorDecision(search.thrown, base);
  if (search.counterexample) {
    const found = search.counterexample.evaluation.value;
    const counterexample = {
      instance: found.instance,
      instanceHash: found.instanceHash,
      fcSeed: search.fcSeed,
      path: search.counterexample.path,
      detail: { ...found } as Record<string, unknown>,
    };
    if (found.trials === 0) {
      // A closed-form rate: no sampling, so nothing to confirm on fresh streams.
      return {
        verdict: "violated",
        summary: `exact rate ${fmt(found.exactProbability)} > bound ${fmt(found.target)} (closed form) at a shrunk instance`,
        evidence: { ...base, worst: found, counterexample },
      };
    }
    const confirmation = testRateInstance(claim, search.counterexample.instance, ctx, "confirm");
    if (confirmation.decision === "refuted") {
      return {
        verdict: "violated",
        summary: `rate ≥ ${fmt(found.interval.lo)} > target ${fmt(found.target)} (${found.failures}/${found.trials} failures${found.exactProbability !== undefined ? `, exact ${fmt(found.exactProbability)}` : ""}); confirmed on fresh streams (${confirmation.failures}/${confirmation.trials})`,
        evidence: { ...base, worst: found, counterexample, confirmation },
      };
    }
    notes.push("the refuted instance was not refuted again on fresh streams: no violation is reported");
    return {
      verdict: "inconclusive",
      summary: `an instance was refuted (${found.failures}/${found.trials}) but not confirmed on fresh streams (${confirmation.failures}/${confirmation.trials})`,
      evidence: { ...base, worst: found, counterexample, confirmation },
    };
  }
  if (base.undecided === 0 && searched.length > 0) {
    return {
      verdict: "holds",
      summary: `not refuted on ${searched.length} instances ${statistical ? `at level α = ${alpha}` : "(exact rates)"}; least slack ${fmt(leastSlack)}${worst?.interval ? `, worst failure rate ≤ ${fmt(worst.interval.hi)} vs target ${fmt(worst.target)}` : ""}`,
      evidence: base,
    };
  }
  return {
    verdict: "inconclusive",
    summary: `${base.undecided} of ${searched.length} instances undecided after up to ${ctx.budget.trials} trials each (rate too close to its target for this budget)`,
    evidence: base,
  };
}
