/**
 * What a decider receives and returns. A decider turns one claim at one budget into a verdict with
 * its evidence; the auditor adds identity, expectation matching and timing.
 */
import { toPlain } from "../plain.ts";
import type { SearchOutcome } from "../searchInstances.ts";
import type { Budget, BudgetLevel, Claim, ClaimResult, Evidence, Outcome } from "../types.ts";

export interface DecideContext {
  readonly seed: number;
  readonly level: BudgetLevel;
  readonly budget: Budget;
  /** Replay exactly this fast-check path (one instance) instead of searching. */
  readonly path?: string;
  readonly progress?: (message: string) => void;
}

export interface Decision {
  readonly verdict: Outcome;
  readonly summary: string;
  readonly evidence: Omit<Evidence, "seed" | "budget" | "budgetDetail" | "replay">;
  readonly error?: ClaimResult["error"];
}


/** The `error` decision when the claim's own code threw during the search. */
export function errorDecision(thrown: NonNullable<SearchOutcome<unknown, unknown>["thrown"]>, evidence: Decision["evidence"]): Decision {
  return {
    verdict: "error",
    summary: `the claim's code threw: ${thrown.message}`,
    evidence,
    error: { message: thrown.message, input: toPlain(thrown.instance) },
  };
}

/** Counts of the claim's `classify` labels over the searched (not shrinking) instances, as fc.statistics does. */
export function coverageOf<I>(claim: Claim<I>, search: SearchOutcome<I, unknown>): Record<string, number> | undefined {
  if (!claim.classify) return undefined;
  const coverage: Record<string, number> = {};
  for (const e of search.evaluated.values()) {
    if (e.shrinking) continue;
    const label = claim.classify(e.instance);
    coverage[label] = (coverage[label] ?? 0) + 1;
  }
  return coverage;
}
