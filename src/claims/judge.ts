/**
 * Whether a computed outcome matches what the claim expects at the budget it ran with. Rules:
 * - an `error` never matches;
 * - `not-applicable` because a data set is absent always matches (a fresh clone has no data);
 * - without an expectation, anything but `violated` matches;
 * - `violated` where `holds` is expected never matches, whatever the budget;
 * - below the expectation's `from` budget an `inconclusive` matches (the budget is too small to decide);
 * - otherwise the verdict must equal the expected one.
 */
import { levelRank } from "./budgets.ts";
import type { BudgetLevel, ClaimResult, Expected, Outcome } from "./types.ts";

export function judge(
  verdict: Outcome,
  expected: Expected | undefined,
  level: BudgetLevel,
  notApplicable?: ClaimResult["notApplicable"],
): { ok: boolean; reason: string } {
  if (verdict === "error") return { ok: false, reason: "the claim's code raised an error" };
  if (verdict === "not-applicable" && notApplicable?.missingData) return { ok: true, reason: "data set absent: not-applicable is never a mismatch" };
  if (!expected) {
    return verdict === "violated"
      ? { ok: false, reason: "violated, and no expectation declares it" }
      : { ok: true, reason: "no expectation declared; not violated" };
  }
  if (verdict === expected.verdict) return { ok: true, reason: `matches expected ${expected.verdict}` };
  if (expected.verdict === "holds" && verdict === "violated") return { ok: false, reason: "violated where holds is expected" };
  // Stryker disable next-line StringLiteral: no level ranks below quick, so a missing `from` excuses nothing whatever it defaults to
  const from = expected.from ?? "quick";
  if (verdict === "inconclusive" && levelRank(level) < levelRank(from)) {
    return { ok: true, reason: `inconclusive below the decisive budget (${from}) of expected ${expected.verdict}` };
  }
  return { ok: false, reason: `expected ${expected.verdict}, got ${verdict}` };
}
