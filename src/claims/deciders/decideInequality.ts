/**
 * Decider of `inequality` claims: ∀ instance, lhs ≤ rhs up to the declared tolerance. fast-check
 * searches the instance space; a violation beyond the tolerance is shrunk to a minimal counterexample.
 * The check is deterministic, so a violation needs no statistical confirmation: re-evaluating the
 * counterexample gives the same numbers. lhs = NaN or rhs = NaN is an error of the claim's code, not a
 * verdict; lhs = +∞ against a finite rhs is a violation.
 */
import { TOL, leq } from "../../core/tolerance.ts";
import { toPlain } from "../plain.ts";
import { searchInstances } from "../searchInstances.ts";
import type { InequalityClaim } from "../types.ts";
import { formatNumber as fmt } from "../formatNumber.ts";
import { coverageOf, errorDecision, type DecideContext, type Decision } from "./types.ts";

interface Sides {
  lhs: number;
  rhs: number;
}

/** lhs/rhs is reported only where rhs exceeds this multiple of the absolute tolerance. */
const RATIO_FLOOR = 1e3;

export function decideInequality<I>(claim: InequalityClaim<I>, ctx: DecideContext): Decision {
  const tol = claim.tolerance ?? TOL.claim;
  const search = searchInstances<I, Sides>(
    claim,
    ctx.seed,
    ctx.budget,
    (instance) => {
      const { lhs, rhs } = claim.check(instance);
      if (Number.isNaN(lhs) || Number.isNaN(rhs) || typeof lhs !== "number" || typeof rhs !== "number") {
        throw new Error(`check returned lhs = ${lhs}, rhs = ${rhs}: not numbers`);
      }
      return { pass: leq(lhs, rhs, tol), value: { lhs, rhs } };
    },
    ctx.path,
  );
  let maxGap = -Infinity;
  let maxRatio = -Infinity;
  let closest = -Infinity;
  let tested = 0;
  for (const { evaluation, shrinking } of search.evaluated.values()) {
    if (shrinking) continue;
    tested++;
    const { lhs, rhs } = evaluation.value;
    maxGap = Math.max(maxGap, lhs - rhs);
    // lhs/rhs only where rhs stands above the absolute tolerance floor: near 0 the ratio of two
    // round-off-sized numbers says nothing (the gap in tolerance units below covers those).
    if (rhs > RATIO_FLOOR * Math.max(tol.atol, Number.MIN_VALUE)) maxRatio = Math.max(maxRatio, lhs / rhs);
    closest = Math.max(closest, (lhs - rhs) / (tol.atol + tol.rtol * Math.abs(rhs)));
  }
  const notes: string[] = [`tolerance: lhs ≤ rhs + ${tol.atol} + ${tol.rtol}·|rhs|`];
  if (search.shrinkBudgetSpent) notes.push(`shrinking stopped after ${ctx.budget.shrinks} candidates (budget)`);
  const base = {
    instances: tested,
    trials: tested,
    failures: search.failed && !search.thrown ? 1 : 0,
    diverged: 0,
    maxGap: Number.isFinite(maxGap) ? maxGap : undefined,
    maxRatio: Number.isFinite(maxRatio) ? maxRatio : undefined,
    closestApproach: Number.isFinite(closest) ? closest : undefined,
    coverage: coverageOf(claim, search),
    notes,
  };
  if (search.thrown) return errorDecision(search.thrown, base);
  if (search.counterexample) {
    const { lhs, rhs } = search.counterexample.evaluation.value;
    return {
      verdict: "violated",
      summary: `lhs ${fmt(lhs, 6)} > rhs ${fmt(rhs, 6)} (ratio ${fmt(rhs > 0 ? lhs / rhs : NaN, 6)}) at a shrunk instance, beyond tolerance`,
      evidence: {
        ...base,
        counterexample: {
          instance: toPlain(search.counterexample.instance),
          instanceHash: search.counterexample.hash,
          fcSeed: search.fcSeed,
          path: search.counterexample.path,
          detail: { lhs, rhs, gap: lhs - rhs, ratio: rhs > 0 ? lhs / rhs : null },
        },
      },
    };
  }
  return {
    verdict: "holds",
    summary: `not refuted on ${tested} instances; worst lhs/rhs ${fmt(maxRatio)}, closest approach ${fmt(closest, 3)} tolerances (worst lhs − rhs ${fmt(maxGap)})`,
    evidence: base,
  };
}
