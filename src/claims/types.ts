/**
 * The claim type of signcheck. A claim is a short declarative unit: what it asserts (its kind), where
 * it comes from (a pinned source), under which hypotheses, over which instances (a fast-check
 * arbitrary generating plain, serialisable data), and how to compute the two sides. The auditor turns
 * it into a `ClaimResult` — plain data carrying the verdict and its evidence — so results can be
 * merged, stored and rendered without the live claim.
 *
 * Kinds are a discriminated union on `kind`; each kind has its decider in `deciders/`. The kinds of
 * DESIGN.md not decided yet (expectation, scaling, tuning) are added by a new member of the union and
 * a new decider, nothing else.
 */
import type { Arbitrary } from "fast-check";
import type { Stream } from "../core/stream.ts";
import type { Tolerance } from "../core/tolerance.ts";
import type { DataAccess } from "../data/dataAccess.ts";
import type { DatasetUse } from "../data/locateDataset.ts";
import type { Reference } from "../references.ts";

export type Verdict = "holds" | "violated" | "inconclusive" | "not-applicable";
/** What the auditor reports for a claim: a verdict, or `error` when the claim's own code threw. */
export type Outcome = Verdict | "error";

export const BUDGET_LEVELS = ["quick", "standard", "thorough"] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/** Where a claim comes from: a key of `src/references.ts` plus the exact place in that version. */
export interface Source {
  /** Bibliography key (`seed`, `kornilov25`, …); its version is pinned in references.ts. */
  readonly paper: string;
  /** For a paper not in src/references.ts (a user's own claims): the pinned reference itself. */
  readonly reference?: Reference;
  /** The item as printed: "Lemma 1", "proof of §4.1", "Assumption 3". */
  readonly item: string;
  readonly equation?: string;
  readonly step?: string;
  /** The claim's text as the source prints it (quoted, for traceability). */
  readonly quote?: string;
}

/** How much work a claim may do at one budget level. */
export interface Budget {
  /** Instances fast-check generates (numRuns). */
  readonly instances: number;
  /** Maximum Monte-Carlo trials per instance (rate claims). */
  readonly trials: number;
  /** First look of the sequential test. */
  readonly minTrials: number;
  /** Shrink candidates that may be evaluated after a failure; they share the claim's α. */
  readonly shrinks: number;
}

export interface Expected {
  readonly verdict: Verdict;
  /** Least budget at which the verdict is decisive; below it `inconclusive` is not a mismatch. */
  readonly from?: BudgetLevel;
  /** One line: why the audit expects this verdict (a conclusion the computation reaches). */
  readonly reason: string;
}

interface ClaimBase<I> {
  /** `<paper-key>/<item>`, e.g. `seed/eq4-sign-mismatch`; names the file, the tests and the report section. */
  readonly id: string;
  readonly title: string;
  readonly source: Source;
  /** The hypotheses the instances satisfy, in words (A1–A3, κ ∈ (1,2], γ ≤ cap, …). */
  readonly hypotheses: readonly string[];
  /** Whether the claimed bound is an upper bound, tight, or a lower bound (as PEPit states it). */
  readonly tightness?: "upper" | "lower" | "tight" | "identity";
  /** Generator of instances: plain data only (numbers, strings, arrays, Float64Array, plain objects). */
  readonly instances: Arbitrary<I>;
  readonly expected?: Expected;
  /** Per-level overrides of the default budgets. */
  readonly budgets?: Partial<Record<BudgetLevel, Partial<Budget>>>;
  /** Family-wise error rate of this claim's statistical decisions (default 0.01). */
  readonly alpha?: number;
  /**
   * Returns a reason when the claim cannot be checked here (e.g. a data set is absent); may throw
   * MissingDataError. `data` (here and as the last argument of every callback below) loads the data
   * sets of this audit (`data.load("mushrooms")`): the only way a claim should reach a data set.
   */
  readonly applicable?: (data?: DataAccess) => string | undefined;
  /** Labels an instance for the coverage table (as fc.statistics does). */
  readonly classify?: (instance: I) => string;
}

/** ∀ instance: lhs ≤ rhs (a lemma, a proof step), up to `tolerance`. */
export interface InequalityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "inequality";
  readonly check: (instance: I, data?: DataAccess) => { lhs: number; rhs: number };
  /** Declared tolerance of the comparison (default TOL.claim). */
  readonly tolerance?: Tolerance;
}

/** P(event) ≤ bound for each instance; decided exactly when `exact` is given, else by Monte Carlo. */
export interface ProbabilityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "probability";
  readonly bound: (instance: I, data?: DataAccess) => number;
  /** The exact probability of the event, when the law is known. */
  readonly exact?: (instance: I, data?: DataAccess) => number;
  /** One draw of the event (true = it happened), when the probability is estimated. */
  readonly event?: (instance: I, stream: Stream, data?: DataAccess) => boolean;
  readonly tolerance?: Tolerance;
}

/** P(statistic ≤ bound(δ)) ≥ 1 − δ for each instance. */
export interface HighProbabilityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "high-probability";
  readonly delta: (instance: I, data?: DataAccess) => number;
  /** One trajectory's statistic; NaN or ±∞ is reported as diverged and counts as a failure. */
  readonly statistic: (instance: I, stream: Stream, data?: DataAccess) => number;
  readonly bound: (instance: I, data?: DataAccess) => number;
  /**
   * True when the statistic does not depend on the stream for this instance (e.g. zero noise): the
   * failure rate is then exactly 0 or 1, decided from one trajectory (run on two streams to check
   * the declaration).
   */
  readonly deterministic?: (instance: I, data?: DataAccess) => boolean;
  readonly tolerance?: Tolerance;
}

// The union is the extension point: `ExpectationClaim`, `ScalingClaim`, `TuningClaim` join it with a decider.
export type Claim<I = any> = InequalityClaim<I> | ProbabilityClaim<I> | HighProbabilityClaim<I>;
export type ClaimKind = Claim["kind"];

/** A counterexample as plain data, with everything needed to replay it alone. */
export interface Counterexample {
  /** The shrunk instance, as JSON-compatible data (Float64Array → number[], non-finite numbers → strings). */
  readonly instance: unknown;
  readonly instanceHash: string;
  /** fast-check seed and path that regenerate it. */
  readonly fcSeed: number;
  readonly path: string;
  /** Kind-specific figures: lhs/rhs/gap for an inequality; failures/trials/interval for a rate. */
  readonly detail: Record<string, unknown>;
}

export interface RateSummary {
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
  /** Distribution-free upper confidence bound on the (1 − δ)-quantile, valid under the sequential stop, at `quantileConfidence`. */
  readonly quantileUpper?: number;
  readonly quantileConfidence?: number;
  readonly bound?: number;
  /** bound ÷ observed quantile (high-probability), or bound ÷ probability (probability): > 1 means room. */
  readonly slack?: number;
  readonly exactProbability?: number;
}

export interface Evidence {
  readonly seed: number;
  readonly budget: BudgetLevel;
  readonly budgetDetail: Budget;
  /** Family-wise error rate of this claim's decisions and the share spent per test (Bonferroni). */
  readonly alpha?: number;
  readonly alphaPerTest?: number;
  /** True when some decision rested on Monte-Carlo sampling (so α is at stake); false when all were exact. */
  readonly statistical?: boolean;
  readonly instances: number;
  /** Distinct instances tested, shrink candidates included (rate claims: ≤ instances + shrinks, which α is split over). */
  readonly tests?: number;
  readonly trials: number;
  readonly failures: number;
  readonly diverged: number;
  readonly certified?: number;
  readonly refuted?: number;
  readonly undecided?: number;
  /** Instances whose bound was vacuous (a probability bound ≥ 1). */
  readonly vacuous?: number;
  /** The instance with the least slack (or the counterexample), summarised. */
  readonly worst?: RateSummary;
  /** Inequality claims: the largest lhs − rhs and lhs / rhs met. */
  readonly maxGap?: number;
  /** Largest lhs/rhs over instances whose rhs stands above the tolerance floor. */
  readonly maxRatio?: number;
  /** Largest (lhs − rhs)/(atol + rtol·|rhs|): how near the search came to a violation, in tolerances (> 1 violates). */
  readonly closestApproach?: number;
  readonly leastSlack?: number;
  readonly counterexample?: Counterexample;
  /** The result of re-testing the counterexample on fresh streams (rate claims). */
  readonly confirmation?: RateSummary;
  readonly replay?: string;
  readonly coverage?: Record<string, number>;
  readonly notes: string[];
}

export interface ClaimResult {
  readonly id: string;
  readonly title: string;
  readonly kind: ClaimKind;
  readonly source: Source;
  readonly hypotheses: readonly string[];
  readonly expected?: Expected;
  readonly verdict: Outcome;
  /** One line: the key figure behind the verdict. */
  readonly summary: string;
  readonly evidence: Evidence;
  /** Set when verdict = error: the message and the input that raised it. */
  readonly error?: { message: string; input?: unknown };
  /** The reason a claim is not applicable; `missingData` marks the absent-data-set case. */
  readonly notApplicable?: { reason: string; missingData?: boolean };
  /** The data sets the claim read: file, sha256 and the checksum it was verified against (or the user's override). */
  readonly data?: readonly DatasetUse[];
  readonly match: { ok: boolean; reason: string };
  readonly durationMs: number;
}
