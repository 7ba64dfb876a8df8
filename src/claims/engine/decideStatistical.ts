/**
 * The decision shared by every statistical kind (probability, high-probability, tuning: a rate per
 * instance; expectation: a mean per instance). The kind supplies a per-instance test — certified,
 * refuted or undecided at a given α on the streams of a given domain — and this module does the rest
 * the same way for all of them:
 *   - α: 80 % for verdicts, split by Bonferroni over every test the claim may run (random instances,
 *     worst-case search, shrink candidates, two confirmations); 20 % for the figures (re-estimation
 *     and tightness). So P(holds | some tested instance violates) ≤ 0.8α, P(violated | none does) ≤ 0.8α.
 *   - `holds`: every random instance certified and no refutation anywhere (an undecided candidate of
 *     the worst-case search is reported, not counted either way);
 *   - `violated`: some instance refuted, and the shrunk counterexample or the worst refuted instance
 *     refuted again on fresh streams (both are tried; α counts both) — or an exact refutation;
 *   - `inconclusive` otherwise (a time limit included).
 *   - Shrinking keeps a candidate only while its refutation stays decisive (margin ≥ ½ the original's)
 *     or, for exact decisions, ≥ min(10³, original) tolerance units past the bound.
 *   - The least-slack instances are re-estimated on fresh streams, with as many trials as their own
 *     test used (at least three first looks' worth; the least of many estimates is biased low), and the
 *     tightness — the largest lower-confidence value over the bound — is computed on those same trials.
 */
import { TimeLimitError } from "../../core/errors.ts";
import { SHRINK_DECISIVE_FRACTION, SHRINK_MARGIN_UNITS } from "../../core/tolerance.ts";
import type { Claim, EvidenceCommon, Tightness } from "../types.ts";
import { emptyCommon, type DecideContext, type DecidedEvidence, type Decision } from "./context.ts";
import { explore, maxTests, type Evaluated, type Exploration } from "./explore.ts";
import { commonEvidence, counterexampleOf, errorOf } from "./finish.ts";
import { movable } from "./moveParameters.ts";

/** Default family-wise error rate of a claim's statistical decisions and figures. */
export const DEFAULT_ALPHA = 0.01;
/** The share of α spent on verdicts; the rest goes to the figures (re-estimation, tightness). */
export const VERDICT_SHARE = 0.8;
/** The status of a certified instance (an instance the search tested and passed). */
// Stryker disable next-line StringLiteral: no reader compares a status with "pass" (explore tests for "fail", the search counts "undecided")
const PASS = "pass" as const;
/** Instances re-estimated on fresh streams (the least-slack ones) for the reported slack and the tightness. */
const REESTIMATED = 2;
/** A re-estimation runs at least this many first looks' worth of trials. */
const REESTIMATE_MIN_LOOKS = 3;

export interface StatisticalSummary {
  readonly instanceHash: string;
  readonly instance: unknown;
  readonly trials: number;
  readonly failures: number;
  readonly diverged: number;
  readonly decision: "certified" | "refuted" | "undecided";
  /** bound ÷ what was observed: > 1 means room. */
  readonly slack?: number;
  /** Where the trials' streams came from: the search ("main"), a confirmation, or a re-estimation. */
  readonly streams: "main" | "confirm" | "reestimate";
}

/** How a claim's α was spent: a share for verdicts split by Bonferroni over every test it may run, the rest for its figures. */
export interface AlphaSplit {
  /** VERDICT_SHARE·α, split over at most `tests` tests … */
  readonly verdicts: number;
  readonly tests: number;
  /** … made of the random instances, the worst-case search's starts × steps (when it can run), the shrink candidates and the confirmations. */
  readonly instances: number;
  readonly searchSteps?: readonly [number, number];
  readonly shrinks: number;
  readonly confirmations: number;
  /** The rest of α, for the re-estimated figures and the tightness. */
  readonly figures: number;
}

/** The evidence fields every statistical kind adds, for its summary type S and its per-instance row type R. */
export interface StatisticalFields<S, R = unknown> {
  readonly certified: number;
  readonly refuted: number;
  readonly undecided: number;
  /** Instances whose bound was vacuous (nothing to test). */
  readonly vacuous: number;
  /** Least slack over the random and searched instances, re-estimated on fresh streams when sampled. */
  readonly leastSlack?: number;
  /** The least-slack instance re-estimated on fresh streams (holds), or the worst refuted instance (violated). */
  readonly worst?: S;
  /** Re-tests on fresh streams of the shrunk counterexample and of the worst refuted instance. */
  readonly confirmation?: S;
  readonly worstConfirmation?: S;
  /** Instances of the worst-case search left undecided at this budget (counted neither for nor against). */
  readonly searchUndecided?: number;
  /** How α was spent (set when some decision rested on sampling). */
  readonly alphaSplit?: AlphaSplit;
  /** One compact row per tested instance (random and searched, non-degenerate) for the kind's figure, at most MAX_ROWS … */
  readonly rows?: readonly R[];
  /** … the instances left out when there were more (the least extreme ones). */
  readonly rowsOmitted?: number;
}

export type StatisticalEvidence<K extends string, S, R = unknown> = EvidenceCommon<S> & StatisticalFields<S, R> & { readonly kind: K };

/** Per-instance rows kept in the evidence (the largest scores first): enough for a figure, small in audit.json. */
export const MAX_ROWS = 200;

export interface StatisticalTest<I, S extends StatisticalSummary, R = never> {
  readonly claim: Claim<I>;
  /** Test one instance on the streams of `domain` at level α (sequentially, or with exactly `fixedTrials` trials). */
  run(instance: I, hash: string, domain: S["streams"], alpha: number, fixedTrials?: number): S;
  /** The summary rests on no sampling (closed form, or a declared-deterministic statistic). */
  exact(s: S): boolean;
  /** Nothing to test (a vacuous bound). */
  vacuous(s: S): boolean;
  /** Violation ratio (≥ 1 at or past the bound), for the search and for ranking. */
  score(s: S): number;
  /** How decisively a refutation refutes: tolerance units when exact, else the relative excess of the lower confidence bound. */
  margin(s: S): number;
  /** The smallest bound factor c not refuted by this summary (lower confidence value ÷ bound). */
  tightness(s: S): number | undefined;
  /** The compact row of a tested instance for the kind's figure (none: no rows). */
  row?(s: S): R | undefined;
  /** The unit of `tightness` (default a factor on the bound; an exponent for scaling claims). */
  readonly tightnessUnit?: "factor" | "exponent";
  /** Design of the test, for the notes. */
  readonly designNotes: readonly string[];
}

export function alphaOf(claim: { alpha?: number }): number {
  return claim.alpha ?? DEFAULT_ALPHA;
}

/** α per test of a claim at a budget: the verdict share of its α over the most tests it may run. */
export function alphaPerTest(claim: Pick<Claim, "alpha" | "parameters">, budget: Parameters<typeof maxTests>[0]): number {
  return (VERDICT_SHARE * alphaOf(claim)) / maxTests(budget, movable(claim.parameters).length > 0);
}

export interface StatisticalDecision<I, K extends string, S, R = unknown> {
  readonly decision: Decision<StatisticalEvidence<K, S, R>>;
  readonly exploration: Exploration<I, S>;
  /** The re-estimated least-slack instances (for kinds that add figures on them, e.g. a tuning grid). */
  readonly reestimated: readonly { instance: I; summary: S }[];
}

export function decideStatistical<I, S extends StatisticalSummary, K extends string, R = never>(
  test: StatisticalTest<I, S, R>,
  ctx: DecideContext,
  kind: K,
): StatisticalDecision<I, K, S, R> {
  const { claim } = test;
  const alpha = alphaOf(claim);
  const perTest = alphaPerTest(claim, ctx.budget);
  const searches = movable(claim.parameters).length > 0;
  const figuresAlpha = (1 - VERDICT_SHARE) * alpha;
  let tested = 0;
  const x = explore<I, S>(claim, ctx, {
    evaluate: (instance, hash) => {
      const s = test.run(instance, hash, "main", perTest);
      ctx.progress?.(`instance ${++tested}: ${s.trials} trials → ${s.decision}`);
      return {
        status: s.decision === "refuted" ? "fail" : s.decision === "certified" ? PASS : "undecided",
        score: test.score(s),
        margin: test.margin(s),
        degenerate: claim.degenerate?.(instance),
        figures: s,
      };
    },
    // Asked only of failing candidates (explore checks the status first), as the inequality kind's rule is.
    keep: (c, o) => (test.exact(o.figures) ? c.margin >= Math.min(SHRINK_MARGIN_UNITS, o.margin) : c.margin >= SHRINK_DECISIVE_FRACTION * o.margin),
  });
  const common = commonEvidence(claim, x);
  const random = x.random.map((e) => e.eval.figures);
  const count = (d: S["decision"]) => random.filter((s) => s.decision === d).length;
  const vacuous = random.filter((s) => test.vacuous(s)).length;
  const sampled = (s: S) => !test.exact(s) && !test.vacuous(s);
  const notes = common.notes;
  const extra: S[] = [];
  const nonDegenerate = [...x.random, ...x.searched].filter((e) => !e.eval.degenerate);
  const rowsOf = (): Pick<StatisticalFields<S, R>, "rows" | "rowsOmitted"> => {
    if (!test.row) return {};
    const ranked = [...nonDegenerate].sort(
      (a, b) => (Number.isNaN(b.eval.score) ? -Infinity : b.eval.score) - (Number.isNaN(a.eval.score) ? -Infinity : a.eval.score),
    );
    const rows = ranked.map((e) => test.row!(e.eval.figures)).filter((r): r is R => r !== undefined);
    return rows.length ? { rows: rows.slice(0, MAX_ROWS), ...(rows.length > MAX_ROWS && { rowsOmitted: rows.length - MAX_ROWS }) } : {};
  };
  const evidenceOf = (
    fields: Partial<StatisticalFields<S, R>> & { tightness?: Tightness; timedOut?: EvidenceCommon["timedOut"] },
  ): DecidedEvidence<StatisticalEvidence<K, S, R>> => {
    const all = [...x.all.map((e) => e.eval.figures), ...extra];
    const statistical = all.some(sampled);
    const diverged = all.reduce((a, s) => a + s.diverged, 0);
    const alphaSplit: AlphaSplit = {
      verdicts: VERDICT_SHARE * alpha,
      tests: maxTests(ctx.budget, searches),
      instances: ctx.budget.instances,
      ...(searches && { searchSteps: [ctx.budget.climbStarts, ctx.budget.climbSteps] as const }),
      shrinks: ctx.budget.shrinks,
      confirmations: 2,
      figures: figuresAlpha,
    };
    return {
      kind,
      ...common,
      alpha,
      alphaPerTest: perTest,
      statistical,
      tests: x.all.length + extra.filter((s) => s.streams === "confirm").length,
      trials: all.reduce((a, s) => a + s.trials, 0),
      failures: all.reduce((a, s) => a + s.failures, 0),
      diverged,
      certified: count("certified"),
      refuted: count("refuted"),
      undecided: count("undecided"),
      vacuous,
      ...(statistical && { alphaSplit }),
      ...rowsOf(),
      ...fields,
      notes: [...(statistical ? test.designNotes : []), ...notes],
    } as DecidedEvidence<StatisticalEvidence<K, S, R>>;
  };
  const result = (
    verdict: Decision["verdict"],
    fields: Parameters<typeof evidenceOf>[0],
    reestimated: StatisticalDecision<I, K, S, R>["reestimated"] = [],
  ) => ({
    exploration: x,
    reestimated,
    decision: { verdict, evidence: evidenceOf(fields) },
  });

  const error = errorOf(x);
  if (error) return { exploration: x, reestimated: [], decision: { verdict: "error", evidence: evidenceOf({}), error } };

  // explore returns a shrunk failure exactly when it found one (and then the worst one too).
  if (x.shrunk) {
    const worst = x.worst!;
    const shrunk = x.shrunk;
    const cx = {
      counterexample: counterexampleOf(claim, ctx, shrunk, x.fcSeed, shrunk.eval.figures),
      worstCounterexample: counterexampleOf(claim, ctx, worst, x.fcSeed, worst.eval.figures),
      worst: worst.eval.figures,
    };
    if (test.exact(shrunk.eval.figures)) {
      return result("violated", cx);
    }
    // Fresh streams for the shrunk counterexample and for the worst refuted instance: violated when either refutes.
    const confirm = (e: Evaluated<I, S>) => {
      const s = test.run(e.instance, e.hash, "confirm", perTest);
      extra.push(s);
      return s;
    };
    let confirmation: S | undefined;
    let worstConfirmation: S | undefined;
    try {
      confirmation = confirm(shrunk);
      if (worst.hash !== shrunk.hash) worstConfirmation = confirm(worst);
    } catch (e) {
      if (!(e instanceof TimeLimitError)) throw e;
      return result("inconclusive", { ...cx, ...(confirmation && { confirmation }), timedOut: { limitSeconds: e.limitSeconds, phase: e.phase } });
    }
    const fields = { ...cx, confirmation, ...(worstConfirmation && { worstConfirmation }) };
    const confirmed = [confirmation, worstConfirmation].find((c) => c?.decision === "refuted");
    // The report reads which one was confirmed (or that none was) from the confirmations' decisions.
    return result(confirmed ? "violated" : "inconclusive", fields);
  }

  // Re-estimate the least-slack non-degenerate instances on fresh streams (the least of many estimates is biased
  // low) when the claim holds: an inconclusive claim reports its search's own estimates. (No random instance was
  // tested only when the search threw, returned above as an error, or ran out of time: x.timedOut.)
  const holding = count("undecided") === 0 && !x.timedOut;
  const candidates = [...x.random, ...x.searched]
    .filter((e) => !e.eval.degenerate && Number.isFinite(e.eval.score))
    .sort((a, b) => b.eval.score - a.eval.score)
    .slice(0, holding ? REESTIMATED : 0);
  const reestimated: { instance: I; summary: S }[] = [];
  const perFigure = figuresAlpha / Math.max(1, candidates.length);
  let timedOut = x.timedOut;
  for (const c of candidates) {
    if (timedOut) break;
    if (!sampled(c.eval.figures)) {
      reestimated.push({ instance: c.instance, summary: c.eval.figures });
      continue;
    }
    try {
      // As many trials as its own test used (at least REESTIMATE_MIN_LOOKS first looks), within the budget.
      const n = Math.min(ctx.budget.trials, Math.max(c.eval.figures.trials, REESTIMATE_MIN_LOOKS * ctx.budget.minTrials));
      const s = test.run(c.instance, c.hash, "reestimate", perFigure, n);
      extra.push(s);
      reestimated.push({ instance: c.instance, summary: s });
    } catch (e) {
      if (!(e instanceof TimeLimitError)) throw e;
      timedOut = { limitSeconds: e.limitSeconds, phase: e.phase };
    }
  }
  if (!holding) {
    const worstSeen = [...x.random, ...x.searched]
      .filter((e) => !e.eval.degenerate && Number.isFinite(e.eval.score))
      .sort((a, b) => b.eval.score - a.eval.score)[0];
    if (worstSeen) reestimated.push({ instance: worstSeen.instance, summary: worstSeen.eval.figures });
  }
  const least = reestimated.reduce<{ instance: I; summary: S } | undefined>(
    (a, r) => (!a || (r.summary.slack ?? Infinity) < (a.summary.slack ?? Infinity) ? r : a),
    undefined,
  );
  const others = [...x.random, ...x.searched]
    .filter((e) => !e.eval.degenerate && !reestimated.some((r) => r.summary.instanceHash === e.hash))
    .map((e) => e.eval.figures.slack);
  const slacks = [...others, ...reestimated.map((r) => r.summary.slack)].filter((s): s is number => s !== undefined && !Number.isNaN(s));
  const leastSlack = slacks.length ? Math.min(...slacks) : undefined;
  let top: { summary: S; c: number } | undefined;
  for (const r of reestimated) {
    const c = test.tightness(r.summary);
    if (c !== undefined && (!top || c > top.c)) top = { summary: r.summary, c };
  }
  const exact = reestimated.every((r) => !sampled(r.summary));
  const tightness: Tightness | undefined = top && {
    unit: test.tightnessUnit ?? "factor",
    value: top.c,
    instance: top.summary.instance,
    instanceHash: top.summary.instanceHash,
    method: exact ? "exact" : "sampled",
    ...(!exact && { confidence: 1 - figuresAlpha }),
    instances: [...x.random, ...x.searched].filter((e) => !e.eval.degenerate).length,
  };
  const searchUndecided = x.searched.filter((e) => e.eval.status === "undecided").length;
  const fields = { leastSlack, worst: least?.summary, tightness, ...(searchUndecided && { searchUndecided }) };
  if (timedOut) return result("inconclusive", { ...fields, timedOut }, reestimated);
  if (holding) return result("holds", fields, reestimated);
  return result("inconclusive", fields, reestimated);
}

/** The evidence of a statistical kind that was never searched. */
export function emptyStatisticalEvidence<K extends string, S, R = unknown>(kind: K): DecidedEvidence<StatisticalEvidence<K, S, R>> {
  return { kind, ...emptyCommon(false), certified: 0, refuted: 0, undecided: 0, vacuous: 0 } as DecidedEvidence<StatisticalEvidence<K, S, R>>;
}
