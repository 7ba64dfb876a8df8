/**
 * The types every claim kind shares. A claim is a short declarative unit: what it asserts (its kind),
 * where it comes from (a pinned source), under which hypotheses, over which instances (a fast-check
 * arbitrary generating plain, serialisable data) with which parameters and ranges, and how to compute
 * what its kind compares. The auditor turns it into a `ClaimResult` — plain data carrying the verdict
 * and its typed evidence — so results can be merged, stored and rendered without the live claim.
 *
 * Each kind is one unit in `kinds/<kind>.ts`: its claim type, its evidence, its default budgets, its
 * definition checks and its decider; `kinds/index.ts` is the one table the engine dispatches through.
 * This file holds what is common (budgets, sources, parameters, coverage, tightness, counterexamples)
 * and the two unions keyed by kind: `Claim` and `Evidence`.
 */
import type { Arbitrary } from "fast-check";
import type { DataAccess } from "../data/dataAccess.ts";
import type { DatasetUse } from "../data/locateDataset.ts";
import type { Reference } from "../references.ts";
import type { ClaimProfile } from "./profile.ts";
import type { ExpectationClaim, ExpectationEvidence } from "./kinds/expectation.ts";
import type { HighProbabilityClaim, HighProbabilityEvidence } from "./kinds/highProbability.ts";
import type { InequalityClaim, InequalityEvidence } from "./kinds/inequality.ts";
import type { ProbabilityClaim, ProbabilityEvidence } from "./kinds/probability.ts";
import type { ScalingClaim, ScalingEvidence } from "./kinds/scaling.ts";
import type { TuningClaim, TuningEvidence } from "./kinds/tuning.ts";

export type { ExpectationClaim, ExpectationEvidence, MeanSummary } from "./kinds/expectation.ts";
export type { HighProbabilityClaim, HighProbabilityEvidence } from "./kinds/highProbability.ts";
export type { InequalityClaim, InequalityEvidence, InequalityDetail } from "./kinds/inequality.ts";
export type { ProbabilityClaim, ProbabilityEvidence } from "./kinds/probability.ts";
export type { ScalingClaim, ScalingEvidence, SlopeSummary } from "./kinds/scaling.ts";
export type { TuningClaim, TuningEvidence, GridPoint } from "./kinds/tuning.ts";
export type { RateSummary, RateEvidenceFields } from "./engine/rateTest.ts";

/** The auditor's decision about a claim at its stated confidence. */
export type Verdict = "holds" | "violated" | "inconclusive" | "not-applicable";
/** What the auditor reports for a claim: a verdict, or `error` when the claim's own code threw. */
export type Outcome = Verdict | "error";

/** The budget levels, from cheapest to most thorough. */
export const BUDGET_LEVELS = ["quick", "standard", "thorough"] as const;
/** A budget level: `quick`, `standard` or `thorough`. */
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
  /** Maximum Monte-Carlo trials per instance (statistical kinds; replicates per size for `scaling`). */
  readonly trials: number;
  /** First look of the sequential test. */
  readonly minTrials: number;
  /** Shrink (and simplification) candidates that may be evaluated after a failure; they share the claim's α. */
  readonly shrinks: number;
  /** Worst-case search after the random instances: starts (the worst instances found) … */
  readonly climbStarts: number;
  /** … and proposals per start (each one a test, sharing the claim's α). */
  readonly climbSteps: number;
  /** Wall-clock limit of the whole audit of the claim, in seconds (cooperative: checked between evaluations and trials). */
  readonly timeLimitSeconds: number;
}

/** The fields of a Budget, in the order they are documented; a `budgets` override naming anything else is an error. */
export const BUDGET_FIELDS = [
  "instances",
  "trials",
  "minTrials",
  "shrinks",
  "climbStarts",
  "climbSteps",
  "timeLimitSeconds",
] as const satisfies readonly (keyof Budget)[];

/** What a claim expects its verdict to be (and from which budget on), with the reason; a mismatch fails the audit. */
export interface Expected {
  readonly verdict: Verdict;
  /** Least budget at which the verdict is decisive; below it `inconclusive` is not a mismatch. */
  readonly from?: BudgetLevel;
  /** One line: why the audit expects this verdict (a conclusion the computation reaches). */
  readonly reason: string;
}

/**
 * How a parameter's values are spread: `log` (magnitudes log-uniform over `range`; sign and 0 apart),
 * `linear` (uniform over `range`), `integer` (integers in `range`), `categorical` (one of `values`).
 */
export type ParameterScale = "log" | "linear" | "integer" | "categorical";

/** The value of one declared parameter of an instance. */
export type ParameterValue = number | string | boolean;

/** A value of the hypothesis space that matters (γ at the cap, σ = 0, δ near 1, d = 1, …): tested or not, the report says. */
export interface Boundary<I = any> {
  readonly label: string;
  /** True when the parameter value (each coordinate, for a vector) is at this boundary. */
  readonly test: (value: ParameterValue, instance: I) => boolean;
}

/**
 * One declared parameter of a claim's hypothesis space: its name, scale and range, how to read it
 * from an instance (a vector parameter reads as an array, counted per coordinate), the boundary
 * values that matter, and — optionally — how to write it back, which lets the worst-case search move
 * it (the writer must return an instance that still satisfies the hypotheses: it recomputes whatever
 * depends on the parameter).
 */
export interface Parameter<I = any> {
  readonly name: string;
  readonly scale: ParameterScale;
  /** [lo, hi] for numeric scales (of the magnitude |v| for `log`; 0 is counted apart). */
  readonly range?: readonly [number, number];
  /** The values of a categorical parameter. */
  readonly values?: readonly ParameterValue[];
  readonly read: (instance: I) => ParameterValue | readonly number[] | Float64Array | undefined;
  readonly write?: (instance: I, value: number | number[]) => I;
  /** Boundary cases to count; numeric ranges always count their two ends as well. */
  readonly boundaries?: readonly Boundary<I>[];
}

/** Coverage of one declared parameter over the instances of the random search. */
export interface ParameterCoverage {
  readonly name: string;
  readonly scale: ParameterScale;
  readonly range?: readonly [number, number];
  /** Readings counted (a vector parameter gives one per coordinate). */
  readonly readings: number;
  /** Per decade (log), per tenth of the range (linear), per value (integer ≤ 20 values, categorical), else per tenth. */
  readonly bins: readonly CoverageBin[];
  /** Readings equal to 0 (log scale: outside any decade, counted apart). */
  readonly zeros: number;
  /** Readings outside the declared range (a generator that leaves its hypotheses). */
  readonly outside: number;
  readonly boundaries: readonly {
    readonly label: string;
    readonly count: number /** Set for the range's own ends (the label is then generated). */;
    readonly end?: "lower" | "upper";
    readonly value?: number;
  }[];
}

/** One bin of a parameter's coverage: its edges (numeric scales; [lo, hi), the last one closed) or its value. */
export interface CoverageBin {
  readonly label: string;
  readonly count: number;
  /** Log scale: the share of the decade inside the range. */
  readonly decades?: number;
  readonly lo?: number;
  readonly hi?: number;
}

/** How much of each declared parameter range the audited instances reached. */
export interface Coverage {
  /** Counts of the claim's `classify` labels, as fc.statistics gives them. */
  readonly labels?: Record<string, number>;
  readonly parameters: readonly ParameterCoverage[];
}

/** Instances whose slack says nothing (lhs = rhs = 0, x = y, …): excluded from slack and tightness, counted here. */
export interface Degeneracy {
  readonly count: number;
  readonly reasons: Record<string, number>;
}

/**
 * How near the bound the random instances came, as the distribution of their violation ratios (the
 * kind's score: lhs/rhs, observed quantile ÷ bound, rate ÷ target, mean ÷ bound; for scaling
 * 1 + slope − p; ≥ 1 at or past the bound). Non-degenerate random instances only (the worst-case search
 * is adversarial, not a sample); thinned to at most PROFILE_POINTS order statistics, the largest kept.
 */
export interface ScoreProfile {
  /** Non-degenerate random instances. */
  readonly instances: number;
  /** Of them, instances with no score (e.g. rhs at the tolerance floor, a vacuous bound). */
  readonly unscored: number;
  /** [score, share]: `share` of the scored instances have a score ≥ this one; scores in decreasing order. */
  readonly points: readonly (readonly [number, number])[];
}

/** The worst-case search after the random instances. */
export interface SearchSummary {
  /** Parameters the search could move (declared with `write`); none means no search ran. */
  readonly moved: readonly string[];
  readonly starts: number;
  readonly evaluations: number;
  /** Best violation ratio among the random instances, and after the search. */
  readonly bestRandom?: number;
  readonly bestAfterSearch?: number;
}

/**
 * How tight a claim that holds is: the smallest factor c such that the claim with its bound multiplied
 * by c is still not refuted on the same instances ("tight within 1/c"). For an inequality lhs ≤ rhs,
 * c = max lhs/rhs; for rates and means, the largest lower confidence bound over the bound; for a
 * scaling claim it is an exponent (the least exponent not refuted) rather than a factor.
 */
export interface Tightness {
  readonly unit: "factor" | "exponent";
  readonly value: number;
  /** The instance that sets it. */
  readonly instance?: unknown;
  readonly instanceHash?: string;
  /** Exact (deterministic sides or closed-form rates) or sampled (with its confidence). */
  readonly method: "exact" | "sampled";
  readonly confidence?: number;
  /** Instances it was computed on (non-degenerate ones). */
  readonly instances: number;
}

/** A counterexample as plain data, with everything needed to replay it alone. */
export interface Counterexample<D = unknown> {
  /** The instance, as JSON-compatible data (Float64Array → number[], non-finite numbers → strings). */
  readonly instance: unknown;
  readonly instanceHash: string;
  /** Where it came from: a random draw, fast-check's shrinking, the worst-case search, or its simplification. */
  readonly origin: "random" | "shrunk" | "search" | "simplified" | "replay";
  /** fast-check seed and path that regenerate it (random draws and their shrinks). */
  readonly fcSeed?: number;
  readonly path?: string;
  /** The command that reproduces it alone. */
  readonly replay: string;
  /** Kind-specific figures: lhs/rhs/gap for an inequality; failures/trials/interval for a rate; … */
  readonly detail: D;
}

/** What every kind's evidence carries. */
export interface EvidenceCommon<D = unknown> {
  readonly seed: number;
  readonly budget: BudgetLevel;
  readonly budgetDetail: Budget;
  /** Family-wise error rate of this claim's statistical decisions and figures, and the share per test (Bonferroni). */
  readonly alpha?: number;
  readonly alphaPerTest?: number;
  /** True when some decision rested on Monte-Carlo sampling (so α is at stake); false when all were exact. */
  readonly statistical: boolean;
  /** Instances of the random search. */
  readonly instances: number;
  /** Distinct instances tested: random, search, shrink and confirmation (α is split over their maximum). */
  readonly tests: number;
  readonly trials: number;
  readonly failures: number;
  readonly diverged: number;
  readonly degenerate: Degeneracy;
  readonly search: SearchSummary;
  readonly coverage: Coverage;
  /** The violation ratios of the random instances (what the slack figure draws). */
  readonly profile?: ScoreProfile;
  readonly tightness?: Tightness;
  /** The shrunk (or simplified) counterexample: the one a reader checks first. */
  readonly counterexample?: Counterexample<D>;
  /** The worst violation found before shrinking. */
  readonly worstCounterexample?: Counterexample<D>;
  /** Replay command of `counterexample`. */
  readonly replay?: string;
  /** Set when the claim ran out of time (the verdict is then inconclusive unless a violation was confirmed). */
  readonly timedOut?: { readonly limitSeconds: number; readonly phase: string };
  readonly notes: string[];
}

/** The evidence of a result, one variant per claim kind (read it with `evidenceOf`). */
export type Evidence = InequalityEvidence | ProbabilityEvidence | HighProbabilityEvidence | ExpectationEvidence | ScalingEvidence | TuningEvidence;

interface ClaimBaseFields<I> {
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
  /** Per-level overrides of the default budgets (unknown levels or fields are a definition error). */
  readonly budgets?: Partial<Record<BudgetLevel, Partial<Budget>>>;
  /** Family-wise error rate of this claim's statistical decisions and figures (default 0.01). */
  readonly alpha?: number;
  /**
   * Returns a reason when the claim cannot be checked here (e.g. a data set is absent); may throw
   * MissingDataError. `data` (here and as the last argument of every callback of a kind) loads the data
   * sets of this audit (`data.load("mushrooms")`): the only way a claim should reach a data set.
   */
  readonly applicable?: (data?: DataAccess) => string | undefined;
  /** Labels an instance for the coverage table (as fc.statistics does). */
  readonly classify?: (instance: I) => string;
  /** The parameters of the hypothesis space, with their ranges: coverage per parameter, and what the worst-case search may move. */
  readonly parameters?: readonly Parameter<I>[];
  /** A reason when an instance is degenerate (x = y, B = 1 where the claim is an identity, …): excluded from slack and tightness. */
  readonly degenerate?: (instance: I) => string | undefined;
}

/** The fields every kind shares; a kind's claim type extends it with `kind` and its callbacks. */
export type ClaimBase<I> = ClaimBaseFields<I>;

/** A claim of any kind, as `defineClaim` returns it. */
export type Claim<I = any> = InequalityClaim<I> | ProbabilityClaim<I> | HighProbabilityClaim<I> | ExpectationClaim<I> | ScalingClaim<I> | TuningClaim<I, any>;
/** The name of a claim kind (`inequality`, `probability`, …). */
export type ClaimKind = Claim["kind"];

/** What auditing one claim gives: id, verdict, expectation match, evidence, replay command. */
export interface ClaimResult {
  readonly id: string;
  readonly title: string;
  readonly kind: ClaimKind;
  readonly source: Source;
  readonly hypotheses: readonly string[];
  readonly expected?: Expected;
  readonly verdict: Outcome;
  /** The evidence behind the verdict (its one-line reading is the report's `headline(result)`). */
  readonly evidence: Evidence;
  /**
   * Set when verdict = error: the message, the input that raised it, and where it was raised — the claim's
   * own callbacks (default), its `applicable()`, or the auditor itself.
   */
  readonly error?: { message: string; input?: unknown; where?: "claim" | "applicable" | "auditor" };
  /**
   * The reason a claim is not applicable; `missingData` marks the absent-data-set case, with the data set's
   * name and the command that fetches it (the reason then names no path: it goes into the reports).
   */
  readonly notApplicable?: { reason: string; missingData?: boolean; dataset?: string; fetch?: string };
  /** The data sets the claim read: file, sha256 and the checksum it was verified against (or the user's override). */
  readonly data?: readonly DatasetUse[];
  readonly match: { ok: boolean; reason: string };
  /** What the claim's sequential tests cost against fixed-sample designs (set when it ran one). */
  readonly profile?: ClaimProfile;
  /** The command that reproduces this result alone (`--only ID`), set by multi-claim audits; no path of the machine. */
  readonly reproduce?: string;
  /** Wall-clock time of the claim's audit (the one time field of a result: it differs between runs). */
  readonly durationMs: number;
}
