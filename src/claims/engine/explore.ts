/**
 * The search every kind shares: where a claim is looked at before its kind decides.
 *   1. Random instances: up to `budget.instances` draws from the claim's arbitrary, with a fast-check
 *      seed derived from (root seed, claim id); each distinct instance (by hash) is evaluated once. On
 *      the first failure fast-check shrinks, and a shrink candidate is kept only when it still fails
 *      convincingly compared with the failure it started from (the kind's `keep`: a margin of 10³
 *      tolerance units or the original's, a refutation still decisive), at most `budget.shrinks` of them.
 *   2. Worst-case search: from the `climbStarts` worst non-degenerate instances, an adaptive random walk
 *      (core/climb) over the parameters the claim declares movable maximises the violation ratio, so
 *      that a claim failing only in a thin region is found. A failure found there and not before is
 *      simplified (values rounded to few digits) under the same `keep` rule.
 *   3. The worst failure (largest violation ratio) and the shrunk one are both returned, each with
 *      how to replay it (a fast-check path, or the instance itself). A shrunk instance that is not
 *      convincing against the worst one (`keep`) is replaced by the worst one, simplified.
 * The claim's own exceptions are captured with the instance that raised them; the time limit is
 * checked between evaluations (and by the kinds between trials); replay runs exactly one instance.
 */
import fc from "fast-check";
import { TimeLimitError } from "../../core/errors.ts";
import { climb } from "../../core/climb.ts";
import { hashToInt31, instanceHash } from "../../core/hash.ts";
import { streamFor } from "../../core/stream.ts";
import type { Claim, Degeneracy, SearchSummary } from "../types.ts";
import type { DecideContext } from "./context.ts";
import { movable, propose, simplifications } from "./moveParameters.ts";
import { requireReportable } from "../plain.ts";

export type Phase = "random" | "shrink" | "search" | "simplify" | "replay";

export interface Eval<F> {
  readonly status: "pass" | "fail" | "undecided";
  /** Violation ratio (lhs/rhs, observed quantile/bound, rate/target, …): ≥ 1 at or past the bound. */
  readonly score: number;
  /** How decisively a failure fails, in the kind's unit (compared by `keep`). */
  readonly margin: number;
  /** Why the instance is degenerate, if it is (excluded from slack, tightness and the search's starts). */
  readonly degenerate?: string;
  readonly figures: F;
}

export interface Evaluated<I, F> {
  readonly instance: I;
  readonly hash: string;
  readonly phase: Phase;
  /** fast-check path (random draws and their shrinks). */
  readonly path?: string;
  readonly eval: Eval<F>;
}

export interface ExploreHooks<I, F> {
  evaluate(instance: I, hash: string, phase: Phase): Eval<F>;
  /** A shrink or simplification candidate is kept only when this holds against the failure it started from. */
  keep(candidate: Eval<F>, original: Eval<F>): boolean;
}

export interface Exploration<I, F> {
  readonly all: readonly Evaluated<I, F>[];
  /** Instances of the random search (or the replayed one). */
  readonly random: readonly Evaluated<I, F>[];
  /** Instances of the worst-case search. */
  readonly searched: readonly Evaluated<I, F>[];
  readonly worst?: Evaluated<I, F>;
  readonly shrunk?: Evaluated<I, F>;
  readonly thrown?: { readonly message: string; readonly instance?: I };
  readonly timedOut?: { readonly limitSeconds: number; readonly phase: string };
  readonly search: SearchSummary;
  readonly fcSeed: number;
  readonly shrinkBudgetSpent: boolean;
  readonly degenerate: Degeneracy;
}

export function fcSeedFor(rootSeed: number, claimId: string): number {
  return hashToInt31(`${rootSeed}|${claimId}`);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function explore<I, F>(claim: Claim<I>, ctx: DecideContext, hooks: ExploreHooks<I, F>): Exploration<I, F> {
  const { budget } = ctx;
  const fcSeed = fcSeedFor(ctx.seed, claim.id);
  const byHash = new Map<string, Evaluated<I, F>>();
  const order: Evaluated<I, F>[] = [];
  let thrown: { message: string; instance?: I } | undefined;
  let timedOut: { limitSeconds: number; phase: string } | undefined;
  let shrinkEvaluations = 0;
  let shrinkBudgetSpent = false;

  const record = (instance: I, hash: string, phase: Phase, path?: string): Evaluated<I, F> => {
    ctx.deadline.check(phase === "random" ? "the random search" : phase === "search" ? "the worst-case search" : "shrinking");
    requireReportable(instance);
    const e: Evaluated<I, F> = { instance, hash, phase, path, eval: hooks.evaluate(instance, hash, phase) };
    byHash.set(hash, e);
    order.push(e);
    return e;
  };
  const onError = (error: unknown, instance: I): void => {
    if (error instanceof TimeLimitError) timedOut ??= { limitSeconds: error.limitSeconds, phase: error.phase };
    else thrown = { message: message(error), instance };
  };

  // 1. Random instances (or the one replayed).
  let original: Evaluated<I, F> | undefined;
  let shrunk: Evaluated<I, F> | undefined;
  const replay = ctx.path !== undefined || ctx.instance !== undefined;
  if (ctx.instance !== undefined) {
    const instance = ctx.instance as I;
    try {
      const e = record(instance, instanceHash(instance), "replay");
      if (e.eval.status === "fail") original = shrunk = e;
    } catch (error) {
      onError(error, instance);
    }
  } else {
    let runIndex = 0;
    const property = fc.property(claim.instances, (instance: I) => {
      if (timedOut) return true;
      const shrinking = original !== undefined || thrown !== undefined;
      if (!shrinking) runIndex++;
      const hash = instanceHash(instance);
      const seen = byHash.get(hash);
      if (seen) return shrinking && original ? !(seen.eval.status === "fail" && hooks.keep(seen.eval, original.eval)) : seen.eval.status !== "fail";
      if (shrinking) {
        if (shrinkEvaluations >= budget.shrinks) {
          shrinkBudgetSpent = true;
          return true;
        }
        shrinkEvaluations++;
      }
      let e: Evaluated<I, F>;
      try {
        e = record(instance, hash, replay ? "replay" : shrinking ? "shrink" : "random", replay ? ctx.path : shrinking ? undefined : String(runIndex - 1));
      } catch (error) {
        onError(error, instance);
        if (timedOut) return true;
        throw error;
      }
      if (thrown) return true; // an error is being shrunk: only throwing candidates fail
      if (e.eval.status !== "fail") return true;
      if (!original) {
        original = e;
        return false;
      }
      return !hooks.keep(e.eval, original.eval);
    });
    try {
      const details = fc.check(property, {
        seed: fcSeed,
        numRuns: replay ? 1 : budget.instances,
        path: ctx.path,
        endOnFailure: replay,
      });
      if (details.failed && details.counterexample && !thrown) {
        shrunk = byHash.get(instanceHash(details.counterexample[0]));
        if (shrunk && !shrunk.path) shrunk = { ...shrunk, path: details.counterexamplePath ?? undefined };
        else if (shrunk && details.counterexamplePath) shrunk = { ...shrunk, path: details.counterexamplePath };
      }
      if (thrown && details.counterexample) thrown = { message: thrown.message, instance: details.counterexample[0] };
    } catch (error) {
      // The arbitrary itself threw while generating an instance.
      thrown = { message: `while generating an instance: ${message(error)}` };
    }
  }
  const random = order.filter((e) => e.phase === "random" || e.phase === "replay");

  // 2. Worst-case search over the movable parameters, from the worst non-degenerate instances.
  const moved = movable(claim.parameters);
  let searchEvaluations = 0;
  let starts = 0;
  if (!replay && !thrown && !timedOut && moved.length > 0 && budget.climbStarts > 0 && budget.climbSteps > 0) {
    const startsFrom = random
      .filter((e) => !e.eval.degenerate && Number.isFinite(e.eval.score))
      .sort((a, b) => b.eval.score - a.eval.score)
      .slice(0, budget.climbStarts);
    const scoreOf = (instance: I): number => {
      const hash = instanceHash(instance);
      const e = byHash.get(hash) ?? record(instance, hash, "search");
      searchEvaluations++;
      return e.eval.degenerate || Number.isNaN(e.eval.score) ? -Infinity : e.eval.score;
    };
    for (const start of startsFrom) {
      if (thrown || timedOut) break;
      starts++;
      const stream = streamFor({ seed: ctx.seed, claim: claim.id, instance: start.hash, trial: 0, domain: "search" });
      let current = start.instance;
      try {
        climb(
          start.instance,
          start.eval.score,
          (at, step) => (current = propose(at, moved, step, stream)),
          scoreOf,
          budget.climbSteps,
          () => ctx.deadline.expired(),
        );
      } catch (error) {
        onError(error, current);
      }
      ctx.progress?.(`worst-case search from start ${starts}: ${searchEvaluations} evaluations`);
    }
    if (ctx.deadline.expired() && !timedOut) timedOut = { limitSeconds: ctx.deadline.limitSeconds, phase: "the worst-case search" };
  }
  const searched = order.filter((e) => e.phase === "search");

  // 3. The worst failure, and the shrunk one (simplified when the search found it). Shrinking starts
  // from the FIRST failure, which may itself sit at the edge of the failing region; when the shrunk
  // instance is not convincing against the worst one (the kind's `keep` rule), the worst one is
  // simplified instead and reported as the counterexample to read first.
  const failing = order.filter((e) => e.eval.status === "fail");
  const worst = failing.length ? failing.reduce((a, b) => (b.eval.score > a.eval.score ? b : a)) : undefined;
  const weakShrunk = !replay && shrunk !== undefined && worst !== undefined && shrunk.hash !== worst.hash && !hooks.keep(shrunk.eval, worst.eval);
  if ((!shrunk || weakShrunk) && worst && !thrown) {
    let current = worst;
    try {
      for (const p of moved) {
        for (const candidate of simplifications(current.instance, p)) {
          if (shrinkEvaluations >= budget.shrinks) {
            shrinkBudgetSpent = true;
            break;
          }
          const hash = instanceHash(candidate);
          const e = byHash.get(hash) ?? (shrinkEvaluations++, record(candidate, hash, "simplify"));
          if (e.eval.status === "fail" && hooks.keep(e.eval, worst.eval)) {
            current = e;
            break;
          }
        }
      }
    } catch (error) {
      onError(error, current.instance);
    }
    shrunk = current;
  }

  const reasons: Record<string, number> = {};
  let count = 0;
  for (const e of [...random, ...searched]) {
    if (!e.eval.degenerate) continue;
    count++;
    reasons[e.eval.degenerate] = (reasons[e.eval.degenerate] ?? 0) + 1;
  }
  const best = (es: readonly Evaluated<I, F>[]) => {
    const scores = es.filter((e) => !e.eval.degenerate && Number.isFinite(e.eval.score)).map((e) => e.eval.score);
    return scores.length ? Math.max(...scores) : undefined;
  };
  return {
    all: order,
    random,
    searched,
    worst,
    shrunk,
    thrown,
    timedOut,
    search: {
      moved: moved.map((p) => p.name),
      starts,
      evaluations: searched.length,
      bestRandom: best(random),
      bestAfterSearch: best([...random, ...searched]),
    },
    fcSeed,
    shrinkBudgetSpent,
    degenerate: { count, reasons },
  };
}

/**
 * The most tests a claim may run at this budget, over which α is split: random instances, the
 * worst-case search (when the claim declares a movable parameter), shrink candidates and two confirmations.
 */
export function maxTests(budget: { instances: number; climbStarts: number; climbSteps: number; shrinks: number }, searches = true): number {
  return budget.instances + (searches ? budget.climbStarts * budget.climbSteps : 0) + budget.shrinks + 2;
}
