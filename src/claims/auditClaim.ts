/**
 * Audits one claim at one budget: checks the options (a seed that is a non-negative integer, a known
 * budget level), checks applicability, dispatches to the decider of the claim's kind through the
 * table of kinds, attaches the run fields every verdict carries (seed, budget, replay command) and
 * judges the outcome against the claim's expectation. Never throws for a claim's own failure: an
 * exception in the claim's code becomes an `error` outcome with the message and the input, and a
 * claim past its time limit becomes `inconclusive` with the reason (the limit is cooperative, checked
 * between evaluations and trials; a check that never returns is ended from outside by the audit's
 * worker pool, which reports it through `abandonedResult`). A result is always plain data that JSON can
 * hold: one that is not (a BigInt the claim put in its evidence) becomes an `error` outcome.
 */
import { InputError, MissingDataError } from "../core/errors.ts";
import { dataAccess, type DataOptions } from "../data/dataAccess.ts";
import { budgetFor, requireBudgetLevel } from "./budgets.ts";
import { deadlineAfter, type DecideContext, type Decision } from "./engine/context.ts";
import { kindModule } from "./kinds/index.ts";
import { judge } from "./judge.ts";
import { profileCollector } from "./profile.ts";
import { requireReplayPath } from "./replayPath.ts";
import type { BudgetLevel, Claim, ClaimResult, Evidence, EvidenceCommon } from "./types.ts";

/** Options of one audit: root seed, budget, data sets, time limit, replay path or instance. */
export interface AuditOptions {
  readonly seed: number;
  readonly budget: BudgetLevel;
  /** Modules the claim came from, appended to the replay command (none for built-in claims). */
  readonly modules?: readonly string[];
  /** Replay one instance by its fast-check path. */
  readonly path?: string;
  /** Replay one instance given as data (as `decodeInstance` returns it from a replay command). */
  readonly instance?: unknown;
  /** Overrides the claim's time limit at this budget (seconds). */
  readonly timeLimitSeconds?: number;
  readonly progress?: (message: string) => void;
  /** The data sets this audit may read (explicit files, checksum overrides, environment); passed to the claim's callbacks. */
  readonly data?: DataOptions;
}

/** A root seed: a non-negative safe integer (it keys every stream; a fraction or a negative number is a typo). */
export function requireSeed(name: string, seed: unknown): number {
  if (typeof seed !== "number" || !Number.isSafeInteger(seed) || seed < 0)
    throw new InputError(name, seed, `a non-negative integer ≤ ${Number.MAX_SAFE_INTEGER}`);
  return seed;
}

/** Audits one claim at a seed and budget and returns its verdict with the evidence. */
export function auditClaim(claim: Claim, options: AuditOptions): ClaimResult {
  const start = performance.now();
  requireSeed("seed", options.seed);
  requireBudgetLevel("budget", options.budget);
  if (options.path !== undefined && options.instance !== undefined)
    throw new InputError("path", options.path, "either a path or an instance to replay, not both");
  if (options.timeLimitSeconds !== undefined && !(options.timeLimitSeconds > 0 && Number.isFinite(options.timeLimitSeconds))) {
    throw new InputError("timeLimitSeconds", options.timeLimitSeconds, "a finite number of seconds > 0");
  }
  const kind = kindModule(claim.kind);
  const declared = budgetFor(claim, options.budget);
  const budget = options.timeLimitSeconds === undefined ? declared : { ...declared, timeLimitSeconds: options.timeLimitSeconds };
  if (options.path !== undefined) requireReplayPath(options.path, budget);
  const data = dataAccess(options.data);
  const run = { seed: options.seed, budget: options.budget, budgetDetail: budget };
  const collector = profileCollector();
  const finish = (decision: Decision<EvidenceCommon & { kind: string }>, notApplicable?: ClaimResult["notApplicable"]): ClaimResult => {
    const replay = decision.evidence.counterexample?.replay;
    const profile = collector.profile();
    const result: ClaimResult = {
      id: claim.id,
      title: claim.title,
      kind: claim.kind,
      source: claim.source,
      hypotheses: claim.hypotheses,
      expected: claim.expected,
      verdict: decision.verdict,
      evidence: { ...run, ...decision.evidence, ...(replay && { replay }) } as Evidence,
      error: decision.error,
      notApplicable,
      ...(data.used.length > 0 ? { data: data.used } : {}),
      match: judge(decision.verdict, claim.expected, options.budget, notApplicable),
      ...(profile && { profile }),
      durationMs: Math.round(performance.now() - start),
    };
    try {
      JSON.stringify(result);
    } catch (error) {
      const message = `its result cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
      return {
        ...result,
        verdict: "error",
        evidence: { ...run, ...kind.empty() } as Evidence,
        error: { message, where: "auditor" },
        match: judge("error", claim.expected, options.budget),
      };
    }
    return result;
  };
  const empty = () => kind.empty();
  // The reason names the data set and the fetch command, not the folders searched: it goes into the reports.
  const notApplicable = (error: MissingDataError) =>
    finish(
      { verdict: "not-applicable", evidence: empty() },
      {
        reason: `data set ${error.dataset} is not available here; \`${error.fetchCommand}\` fetches it`,
        missingData: true,
        dataset: error.dataset,
        fetch: error.fetchCommand,
      },
    );
  let reason: string | undefined;
  try {
    reason = claim.applicable?.(data);
  } catch (error) {
    if (error instanceof MissingDataError) return notApplicable(error);
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", evidence: empty(), error: { message, where: "applicable" } });
  }
  if (reason) return finish({ verdict: "not-applicable", evidence: empty() }, { reason });
  const ctx: DecideContext = {
    seed: options.seed,
    level: options.budget,
    budget,
    path: options.path,
    instance: options.instance,
    modules: options.modules ?? [],
    // Replay commands go into reports: they name checksum overrides, never a file path of this machine
    // (the CLI adds the --data files to the lines it prints on the terminal).
    dataFiles: { sha256: options.data?.sha256 },
    deadline: deadlineAfter(budget.timeLimitSeconds),
    progress: options.progress,
    onSequentialTest: collector.onSequentialTest,
  };
  try {
    return finish(kind.decide(kind.withData(claim, data), ctx));
  } catch (error) {
    if (error instanceof MissingDataError) return notApplicable(error);
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", evidence: empty(), error: { message, where: "auditor" } });
  }
}

/** The time limit of a claim at a budget, in seconds (`timeLimitSeconds` overrides the claim's own). */
export function timeLimitOf(claim: Claim, budget: BudgetLevel, timeLimitSeconds?: number): number {
  return timeLimitSeconds ?? budgetFor(claim, budget).timeLimitSeconds;
}

/**
 * The result of a claim whose audit was ended from outside: its check did not return within its time limit and
 * the worker running it was terminated (`inconclusive`), or the worker died under it — out of memory, or killed
 * (`error`). `durationMs` is the time the audit waited for it.
 */
export function abandonedResult(
  claim: Claim,
  options: Pick<AuditOptions, "seed" | "budget" | "timeLimitSeconds">,
  how:
    | { readonly timedOut: true; readonly limitSeconds: number; readonly durationMs: number }
    | { readonly timedOut: false; readonly reason: string; readonly durationMs: number },
): ClaimResult {
  const kind = kindModule(claim.kind);
  const declared = budgetFor(claim, options.budget);
  const budget = options.timeLimitSeconds === undefined ? declared : { ...declared, timeLimitSeconds: options.timeLimitSeconds };
  const run = { seed: options.seed, budget: options.budget, budgetDetail: budget };
  const base = {
    id: claim.id,
    title: claim.title,
    kind: claim.kind,
    source: claim.source,
    hypotheses: claim.hypotheses,
    expected: claim.expected,
    durationMs: Math.round(how.durationMs),
  };
  if (how.timedOut) {
    const phase = "a check that did not return (its worker thread was terminated)";
    const note = `inconclusive: past its time limit of ${how.limitSeconds} s, ${phase}`;
    const evidence = { ...run, ...kind.empty(), timedOut: { limitSeconds: how.limitSeconds, phase }, notes: [note] } as Evidence;
    return { ...base, verdict: "inconclusive", evidence, match: judge("inconclusive", claim.expected, options.budget) };
  }
  const message = `its worker thread died: ${how.reason}`;
  return {
    ...base,
    verdict: "error",
    evidence: { ...run, ...kind.empty() } as Evidence,
    error: { message, where: "auditor" },
    match: judge("error", claim.expected, options.budget),
  };
}
