/**
 * Audits one claim at one budget: checks applicability, dispatches to the decider of the claim's
 * kind, attaches the evidence every verdict carries (seed, budget, replay command) and judges the
 * outcome against the claim's expectation. Never throws for a claim's own failure: an exception in
 * the claim's code becomes an `error` outcome with the message and the input.
 */
import { MissingDataError } from "../core/errors.ts";
import { dataAccess, type DataOptions } from "../data/dataAccess.ts";
import { bindData } from "./bindData.ts";
import { budgetFor } from "./budgets.ts";
import { replayCommand } from "./commandLine.ts";
import { requireReplayPath } from "./replayPath.ts";
import { decideInequality } from "./deciders/decideInequality.ts";
import { decideRate } from "./deciders/decideRate.ts";
import type { DecideContext, Decision } from "./deciders/types.ts";
import { judge } from "./judge.ts";
import type { BudgetLevel, Claim, ClaimResult } from "./types.ts";

export interface AuditOptions {
  readonly seed: number;
  readonly budget: BudgetLevel;
  /** Modules the claim came from, appended to the replay command (none for built-in claims). */
  readonly modules?: readonly string[];
  /** Replay one instance by its fast-check path. */
  readonly path?: string;
  readonly progress?: (message: string) => void;
  /** The data sets this audit may read (explicit files, checksum overrides, environment); passed to the claim's callbacks. */
  readonly data?: DataOptions;
}

function decide(claim: Claim, ctx: DecideContext): Decision {
  switch (claim.kind) {
    case "inequality":
      return decideInequality(claim, ctx);
    case "probability":
    case "high-probability":
      return decideRate(claim, ctx);
  }
}

export function auditClaim(claim: Claim, options: AuditOptions): ClaimResult {
  const start = performance.now();
  const budget = budgetFor(claim, options.budget);
  if (options.path !== undefined) requireReplayPath(options.path, budget);
  const common = { seed: options.seed, budget: options.budget, budgetDetail: budget };
  const data = dataAccess(options.data);
  const finish = (decision: Decision, notApplicable?: ClaimResult["notApplicable"]): ClaimResult => {
    const cx = decision.evidence.counterexample;
    const replay = cx ? replayCommand({ id: claim.id, seed: options.seed, path: cx.path, budget: options.budget, modules: options.modules, data: options.data }) : undefined;
    return {
      id: claim.id,
      title: claim.title,
      kind: claim.kind,
      source: claim.source,
      hypotheses: claim.hypotheses,
      expected: claim.expected,
      verdict: decision.verdict,
      summary: decision.summary,
      evidence: { ...common, ...decision.evidence, replay },
      error: decision.error,
      notApplicable,
      ...(data.used.length > 0 ? { data: data.used } : {}),
      match: judge(decision.verdict, claim.expected, options.budget, notApplicable),
      durationMs: Math.round(performance.now() - start),
    };
  };
  const emptyEvidence = { instances: 0, trials: 0, failures: 0, diverged: 0, notes: [] as string[] };
  let reason: string | undefined;
  try {
    reason = claim.applicable?.(data);
  } catch (error) {
    if (error instanceof MissingDataError) {
      return finish({ verdict: "not-applicable", summary: `not-applicable, because ${error.message}`, evidence: emptyEvidence }, { reason: error.message, missingData: true });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", summary: `applicable() threw: ${message}`, evidence: emptyEvidence, error: { message } });
  }
  if (reason) return finish({ verdict: "not-applicable", summary: `not-applicable, because ${reason}`, evidence: emptyEvidence }, { reason });
  try {
    return finish(decide(bindData(claim, data), { seed: options.seed, level: options.budget, budget, path: options.path, progress: options.progress }));
  } catch (error) {
    if (error instanceof MissingDataError) {
      return finish({ verdict: "not-applicable", summary: `not-applicable, because ${error.message}`, evidence: emptyEvidence }, { reason: error.message, missingData: true });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish({ verdict: "error", summary: `the auditor failed on this claim: ${message}`, evidence: emptyEvidence, error: { message } });
  }
}
