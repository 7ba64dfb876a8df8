/**
 * What a decider receives and returns. A decider turns one claim at one budget into a verdict with
 * its evidence; the auditor adds identity, expectation matching and timing.
 */
import type { Budget, BudgetLevel, ClaimResult, Evidence, Outcome } from "../types.ts";

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

export function fmt(x: number | undefined, digits = 4): string {
  if (x === undefined || Number.isNaN(x)) return "n/a";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x !== 0 && (Math.abs(x) >= 1e5 || Math.abs(x) < 1e-3)) return x.toExponential(digits - 1);
  return Number(x.toPrecision(digits)).toString();
}
