/**
 * What a kind's decider receives and returns, and the `KindModule` contract every kind implements
 * (one module per kind in `kinds/`, one row per kind in `kinds/index.ts`). A decider turns one claim
 * at one budget into a verdict with its kind's evidence; the auditor adds identity, run fields
 * (seed, budget, replay), expectation matching and timing.
 */
import { TimeLimitError } from "../../core/errors.ts";
import type { DataAccess } from "../../data/dataAccess.ts";
import type { RateDecision, SequentialDesign } from "../../stats/sequentialRateTest.ts";
import type { DataFiles } from "../commandLine.ts";
import type { Budget, BudgetLevel, ClaimResult, Evidence, EvidenceCommon, Outcome } from "../types.ts";

/** A cooperative wall-clock limit: `check` throws TimeLimitError once the limit is passed. */
export interface Deadline {
  readonly limitSeconds: number;
  check(phase: string): void;
  expired(): boolean;
}

export function deadlineAfter(limitSeconds: number, now: () => number = () => performance.now()): Deadline {
  const end = now() + limitSeconds * 1000;
  return {
    limitSeconds,
    expired: () => now() > end,
    check(phase: string) {
      if (now() > end) throw new TimeLimitError(limitSeconds, phase);
    },
  };
}

export interface DecideContext {
  readonly seed: number;
  readonly level: BudgetLevel;
  readonly budget: Budget;
  /** Replay exactly this fast-check path (one instance) instead of searching. */
  readonly path?: string;
  /** Replay exactly this instance (decoded from `--instance`) instead of searching. */
  readonly instance?: unknown;
  /** Modules the claim came from, for replay commands. */
  readonly modules: readonly string[];
  /** The `--data`/`--data-sha256` options of the audit, repeated in replay commands. */
  readonly dataFiles?: DataFiles;
  readonly deadline: Deadline;
  readonly progress?: (message: string) => void;
  /** Told of every sequential rate test run (its design, decision and trials), for the audit's profile. */
  readonly onSequentialTest?: (test: SequentialTestRun) => void;
}

/** One run of the sequential rate test: what early stopping saved is measured from these (`claims/profile.ts`). */
export interface SequentialTestRun {
  readonly design: SequentialDesign;
  readonly decision: RateDecision;
  readonly trials: number;
}

/** The run fields the auditor adds to a decider's evidence. */
type RunFields = "seed" | "budget" | "budgetDetail" | "replay";

/** A decider's evidence: its kind's evidence without the run fields. */
export type DecidedEvidence<E extends EvidenceCommon = Evidence> = Omit<E, RunFields>;

export interface Decision<E extends EvidenceCommon = Evidence> {
  readonly verdict: Outcome;
  /** Typed figures only: the report layer (src/report/headline.ts, sections/) turns them into prose. */
  readonly evidence: DecidedEvidence<E>;
  readonly error?: ClaimResult["error"];
}

/** One claim kind as a unit: its defaults, its definition checks, its decider, and its bound-scaled variant. */
export interface KindModule<C, E extends EvidenceCommon> {
  readonly kind: string;
  /** One line for `signcheck list` and the docs: what it asserts and how it is decided. */
  readonly describe: string;
  readonly defaults: Record<BudgetLevel, Budget>;
  /** Checks the kind's own fields of a declaration; `fail` throws a ClaimDefinitionError naming the claim. */
  validate(claim: C, fail: (message: string) => never): void;
  decide(claim: C, ctx: DecideContext): Decision<E>;
  /** The evidence of a claim that was never searched (not applicable, or an error before the search). */
  empty(): DecidedEvidence<E>;
  /** The same claim with `data` passed as the last argument of each of its kind's callbacks (the audit's data sets). */
  withData(claim: C, data: DataAccess): C;
  /** The same claim with its bound multiplied by c (tightness variants; the skeptic's "slightly stronger claim"). */
  scaleBound(claim: C, c: number): C;
}

/** One level's budget, written as a row (the kinds' default tables). */
export function budgetRow(
  instances: number,
  trials: number,
  minTrials: number,
  shrinks: number,
  climbStarts: number,
  climbSteps: number,
  timeLimitSeconds: number,
): Budget {
  return { instances, trials, minTrials, shrinks, climbStarts, climbSteps, timeLimitSeconds };
}

/** The common evidence of a claim that was never searched (not applicable, or an error before the search). */
export function emptyCommon<D = never>(statistical: boolean): Omit<EvidenceCommon<D>, "seed" | "budget" | "budgetDetail" | "replay"> {
  return {
    statistical,
    instances: 0,
    tests: 0,
    trials: 0,
    failures: 0,
    diverged: 0,
    degenerate: { count: 0, reasons: {} },
    search: { moved: [], starts: 0, evaluations: 0 },
    coverage: { parameters: [] },
    notes: [],
  };
}
