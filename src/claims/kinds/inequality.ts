/**
 * Kind `inequality`: ∀ instance, lhs ≤ rhs up to a declared tolerance (`leq`: lhs ≤ rhs + atol +
 * rtol·|rhs|) — a lemma, a proof step. Decided by search: random instances, then a worst-case search
 * over the declared movable parameters maximising lhs/rhs; a violation beyond the tolerance is shrunk,
 * keeping only candidates that stay ≥ min(10³, original) tolerance units past the bound and keep at
 * least half the original's relative excess (lhs − rhs)/(|lhs| + |rhs|). The check is
 * deterministic, so a violation needs no statistical confirmation. Bad sides are errors, not verdicts:
 * NaN, a non-number, or both sides infinite with the same sign (∞ ≤ ∞ decides nothing).
 * Degenerate instances (lhs = rhs = 0 within atol, or the claim's own `degenerate`) are counted and kept
 * out of the slack figures and of the tightness c = max lhs/rhs ("the bound could be multiplied by c").
 */
import type { DataAccess } from "../../data/dataAccess.ts";
import { ClaimDefinitionError } from "../../core/errors.ts";
import { SHRINK_EXCESS_FRACTION, SHRINK_MARGIN_UNITS, TOL, leq, type Tolerance } from "../../core/tolerance.ts";
import { toPlain } from "../plain.ts";
import { budgetRow, emptyCommon, type DecideContext, type Decision, type KindModule } from "../engine/context.ts";
import { explore, type Eval, type Evaluated } from "../engine/explore.ts";
import { commonEvidence, counterexampleOf, errorOf } from "../engine/finish.ts";
import type { ClaimBase, EvidenceCommon, Tightness } from "../types.ts";

/** ∀ instance: lhs ≤ rhs (a lemma, a proof step), up to `tolerance`. */
export interface InequalityClaim<I = unknown> extends ClaimBase<I> {
  readonly kind: "inequality";
  readonly check: (instance: I, data?: DataAccess) => { lhs: number; rhs: number };
  /** Declared tolerance of the comparison (default TOL.claim). */
  readonly tolerance?: Tolerance;
}

export interface InequalityDetail {
  readonly lhs: number;
  readonly rhs: number;
  readonly gap: number;
  /** lhs/rhs where rhs stands above the tolerance floor, else null. */
  readonly ratio: number | null;
  /** (lhs − rhs)/(atol + rtol·|rhs|): how far past the bound, in tolerance units (> 1 violates). */
  readonly tolerances: number;
}

export interface InequalityEvidence extends EvidenceCommon<InequalityDetail> {
  readonly kind: "inequality";
  readonly tolerance: Tolerance;
  /** Over non-degenerate instances (random and searched): the largest lhs − rhs … */
  readonly maxGap?: number;
  /** … the largest lhs/rhs where rhs stands above the tolerance floor … */
  readonly maxRatio?: number;
  /** … and how near a violation came, in tolerance units (> 1 violates). */
  readonly closestApproach?: number;
}

/** lhs/rhs is reported only where rhs exceeds this multiple of the absolute tolerance. */
const RATIO_FLOOR = 1e3;

interface Figures {
  readonly lhs: number;
  readonly rhs: number;
  readonly tolerances: number;
  readonly ratio: number | null;
}

function sides(claim: InequalityClaim<unknown>, instance: unknown): { lhs: number; rhs: number } {
  const out = claim.check(instance);
  const { lhs, rhs } = (out ?? {}) as { lhs: unknown; rhs: unknown };
  if (typeof lhs !== "number" || typeof rhs !== "number" || Number.isNaN(lhs) || Number.isNaN(rhs)) {
    throw new Error(`check returned lhs = ${String(lhs)}, rhs = ${String(rhs)}: not numbers`);
  }
  if (!Number.isFinite(lhs) && lhs === rhs) {
    throw new Error(`check returned lhs = rhs = ${lhs}: an infinite side compared with an infinite bound decides nothing`);
  }
  return { lhs, rhs };
}

function evaluate(claim: InequalityClaim<unknown>, tol: Tolerance, instance: unknown): Eval<Figures> {
  const { lhs, rhs } = sides(claim, instance);
  const pass = leq(lhs, rhs, tol);
  // rhs = −∞ is infinitely far past (the formula would give ∞/∞); lhs = +∞ gives +∞ by the formula, and a side that
  // passes at infinity (lhs = −∞, rhs = +∞) gives −∞ or NaN, which no figure reads (only finite approaches count).
  const tolerances = rhs === -Infinity ? Infinity : (lhs - rhs) / (tol.atol + tol.rtol * Math.abs(rhs));
  const ratio = rhs > RATIO_FLOOR * Math.max(tol.atol, Number.MIN_VALUE) && Number.isFinite(rhs) ? lhs / rhs : null;
  const zero = Math.abs(lhs) <= tol.atol && Math.abs(rhs) <= tol.atol;
  const degenerate = claim.degenerate?.(instance) ?? (zero ? "lhs = rhs = 0 (within the absolute tolerance)" : undefined);
  return {
    status: pass
      ? // Stryker disable next-line StringLiteral: explore tells a pass from a failure by `status === "fail"` alone
        "pass"
      : "fail",
    score: ratio ?? (pass ? NaN : Infinity),
    margin: tolerances,
    degenerate,
    figures: { lhs, rhs, tolerances, ratio },
  };
}

/**
 * (lhs − rhs)/(|lhs| + |rhs|): scale-free excess of a violation, in (0, 1]; 1 when rhs = 0 or the sides differ in
 * sign. Asked only of violations, whose sides are never both 0.
 */
function relativeExcess(f: Figures): number {
  return f.lhs === Infinity || f.rhs === -Infinity ? 1 : (f.lhs - f.rhs) / (Math.abs(f.lhs) + Math.abs(f.rhs));
}

function detailOf(f: Figures): InequalityDetail {
  return { lhs: f.lhs, rhs: f.rhs, gap: f.lhs - f.rhs, ratio: f.ratio, tolerances: f.tolerances };
}

function decide(claim: InequalityClaim<unknown>, ctx: DecideContext): Decision<InequalityEvidence> {
  const tol = claim.tolerance ?? TOL.claim;
  const x = explore(claim, ctx, {
    evaluate: (instance) => evaluate(claim, tol, instance),
    // explore offers only failing candidates (a pass is ≤ 1 unit past, below any failure's margin anyway).
    keep: (c, o) => c.margin >= Math.min(SHRINK_MARGIN_UNITS, o.margin) && relativeExcess(c.figures) >= SHRINK_EXCESS_FRACTION * relativeExcess(o.figures),
  });
  const common = commonEvidence(claim, x);
  const tested = [...x.random, ...x.searched].filter((e) => !e.eval.degenerate);
  const max = (f: (e: Evaluated<unknown, Figures>) => number | null) => {
    const vs = tested.map(f).filter((v): v is number => Number.isFinite(v));
    return vs.length ? Math.max(...vs) : undefined;
  };
  const maxRatio = max((e) => e.eval.figures.ratio);
  // Finite ratios only, as maxRatio: lhs = −∞ below a finite rhs gives −∞, which says nothing of how tight the bound is.
  const top = tested
    .filter((e) => Number.isFinite(e.eval.figures.ratio))
    .reduce<Evaluated<unknown, Figures> | undefined>((a, e) => (!a || e.eval.figures.ratio! > a.eval.figures.ratio! ? e : a), undefined);
  const tightness: Tightness | undefined = top
    ? { unit: "factor", value: top.eval.figures.ratio!, instance: toPlain(top.instance), instanceHash: top.hash, method: "exact", instances: tested.length }
    : undefined;
  const evidence = {
    kind: "inequality" as const,
    ...common,
    statistical: false,
    tests: x.all.length,
    trials: x.all.length,
    failures: x.all.filter((e) => e.eval.status === "fail").length,
    diverged: 0,
    tolerance: tol,
    maxGap: max((e) => e.eval.figures.lhs - e.eval.figures.rhs),
    maxRatio,
    closestApproach: max((e) => e.eval.figures.tolerances),
    notes: common.notes,
  };
  const error = errorOf(x);
  if (error) return { verdict: "error", evidence, error };
  // explore returns the worst failure whenever it returns a shrunk one.
  if (x.shrunk) {
    const counterexample = counterexampleOf(claim, ctx, x.shrunk, x.fcSeed, detailOf(x.shrunk.eval.figures));
    const worstCounterexample = counterexampleOf(claim, ctx, x.worst!, x.fcSeed, detailOf(x.worst!.eval.figures));
    return { verdict: "violated", evidence: { ...evidence, counterexample, worstCounterexample } };
  }
  if (x.timedOut) return { verdict: "inconclusive", evidence };
  return { verdict: "holds", evidence: { ...evidence, tightness } };
}

const budgets = (instances: number, shrinks: number, climbStarts: number, climbSteps: number, timeLimitSeconds: number) =>
  budgetRow(instances, 1, 1, shrinks, climbStarts, climbSteps, timeLimitSeconds);

export const inequalityKind: KindModule<InequalityClaim<any>, InequalityEvidence> = {
  kind: "inequality",
  describe: "∀ instance lhs ≤ rhs up to a declared tolerance; random instances, worst-case search, shrinking",
  // Searches are cheap per instance: hundreds to tens of thousands of draws, then a climb of lhs/rhs.
  defaults: {
    quick: budgets(300, 200, 2, 40, 120),
    standard: budgets(3000, 1000, 4, 100, 600),
    thorough: budgets(30000, 5000, 8, 300, 3600),
  },
  validate(claim, fail) {
    if (typeof claim.check !== "function") fail("an inequality claim needs check(instance) → { lhs, rhs }");
    const t = claim.tolerance;
    if (t !== undefined && !(t.atol >= 0 && t.rtol >= 0)) fail(`tolerance ${JSON.stringify(t)} must have atol ≥ 0 and rtol ≥ 0`);
  },
  decide: (claim, ctx) => decide(claim, ctx),
  empty: () => ({ kind: "inequality", ...emptyCommon(false), tolerance: TOL.claim }),
  withData(claim, data) {
    return { ...claim, check: (i) => claim.check(i, data) };
  },
  scaleBound(claim, c) {
    if (!(c > 0)) throw new ClaimDefinitionError(`${claim.id}: a bound factor must be > 0, got ${c}`);
    return {
      ...claim,
      check: (i, data) => {
        const s = claim.check(i, data);
        return { lhs: s.lhs, rhs: s.rhs * c };
      },
    };
  },
};
