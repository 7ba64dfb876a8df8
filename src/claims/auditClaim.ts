/**
 * Audits one claim at one budget: checks the options (a seed that is a non-negative integer, a known
 * budget level), checks applicability, dispatches to the decider of the claim's kind through the
 * table of kinds, attaches the run fields every verdict carries (seed, budget, replay command) and
 * judges the outcome against the claim's expectation. Never throws for a claim's own failure: an
 * exception in the claim's code becomes an `error` outcome with the message and the input, and a
 * claim past its time limit becomes `inconclusive` with the reason (the limit is cooperative, checked
 * between evaluations and trials: a check that never returns still hangs the audit until a worker
 * pool that can end a worker replaces this in-process call — a later task).
 */
import { InputError, MissingDataError } from "../core/errors.ts";
import { dataAccess, type DataOptions } from "../data/dataAccess.ts";
import { budgetFor, requireBudgetLevel } from "./budgets.ts";
import { deadlineAfter, type DecideContext, type Decision } from "./engine/context.ts";
import { kindModule } from "./kinds/index.ts";
import { judge } from "./judge.ts";
import { requireReplayPath } from "./replayPath.ts";
import type { BudgetLevel, Claim, ClaimResult, Evidence, EvidenceCommon } from "./types.ts";

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
  if (typeof seed !== "number" || !Number.isSafeInteger(seed) || seed < 0) throw new InputError(name, seed, `a non-negative integer ≤ ${Number.MAX_SAFE_INTEGER}`);
  return seed;
}

export function auditClaim(claim: Claim, options: AuditOptions): ClaimResult {
  const start = performance.now();
  requireSeed("seed", options.seed);
  requireBudgetLevel("budget", options.budget);
  if (options.path !== undefined && options.instance !== undefined) throw new InputError("path", options.path, "either a path or an instance to replay, not both");
  if (options.timeLimitSeconds !== undefined && !(options.timeLimitSeconds > 0 && Number.isFinite(options.timeLimitSeconds))) {
    throw new InputError("timeLimitSeconds", options.timeLimitSeconds, "a finite number of seconds > 0");
  }
  const kind = kindModule(claim.kind);
  const declared = budgetFor(claim, options.budget);
  const budget = options.timeLimitSeconds === undefined ? declared : { ...declared, timeLimitSeconds: options.timeLimitSeconds };
  if (options.path !== undefined) requireReplayPath(options.path, budget);
  const data = dataAccess(options.data);
  const run = { seed: options.seed, budget: options.budget, budgetDetail: budget };
  const finish = (decision: Decision<EvidenceCommon & { kind: string }>, notApplicable?: ClaimResult["notApplicable"]): ClaimResult => {
    const replay = decision.evidence.counterexample?.replay;
    return {
      id: claim.id,
      title: claim.title,
      kind: claim.kind,
      source: claim.source,
      hypotheses: claim.hypotheses,
      expected: claim.expected,
      verdict: decision.verdict,
      summary: decision.summary,
      evidence: { ...run, ...decision.evidence, ...(replay && { replay }) } as Evidence,
      error: decision.error,
      notApplicable,
      ...(data.used.length > 0 ? { data: data.used } : {}),
      match: judge(decision.verdict, claim.expected, options.budget, notApplicable),
      durationMs: Math.round(performance.now() - start),
    };
  };
  const empty = () => kind.empty();
  const notApplicable = (error: MissingDataError) =>
    finish({ verdict: "not-applicable", summary: `not-applicable, because ${error.message}`, evidence: empty() }, { reason: error.message, missingData: true });
  let reason: string | undefined;
  try {
    reason = claim.applicable?.(data);
  } catch (error) {
    if (error instanceof MissingDataError) return notApplicable(error);
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", summary: `applicable() threw: ${message}`, evidence: empty(), error: { message } });
  }
  if (reason) return finish({ verdict: "not-applicable", summary: `not-applicable, because ${reason}`, evidence: empty() }, { reason });
  const ctx: DecideContext = {
    seed: options.seed,
    level: options.budget,
    budget,
    path: options.path,
    instance: options.instance,
    modules: options.modules ?? [],
    dataFiles: options.data,
    deadline: deadlineAfter(budget.timeLimitSeconds),
    progress: options.progress,
  };
  try {
    return finish(kind.decide(kind.withData(claim, data), ctx));
  } catch (error) {
    if (error instanceof MissingDataError) return notApplicable(error);
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", summary: `the auditor failed on this claim: ${message}`, evidence: empty(), error: { message } });
  }
}
