/**
 * The least number of trials n that can certify "failure rate ≤ δ" at confidence 1 − α when all n
 * trials succeed: the exact one-sided test rejects "rate > δ" iff P_δ(0 failures) = (1 − δ)^n ≤ α,
 * so n = ⌈log α / log(1 − δ)⌉ (log1p keeps small δ accurate). With a sequential design the
 * per-look α is smaller, see `sequentialRateTest`.
 */
import { requireProbabilityOpen } from "../core/validate.ts";

/** The trials without failure needed to show a failure rate below δ at level 1 − α. */
export function zeroFailureTrials(delta: number, alpha: number): number {
  requireProbabilityOpen("delta", delta);
  requireProbabilityOpen("alpha", alpha);
  const logQ = Math.log1p(-delta);
  const logAlpha = Math.log(alpha);
  // log α and log(1 − δ) are both < 0, so the quotient is > 0 and n ≥ 1; stepping down stops at n = 1 at the
  // latest, since 0·log(1 − δ) = 0 > log α.
  let n = Math.ceil(logAlpha / logQ);
  // Guard against round-off in the ratio: step to the least n with n·log(1−δ) ≤ log α in floating point.
  // Stryker disable next-line ArithmeticOperator: stepping down too far (n + 1) is repaired by the step up below
  while ((n - 1) * logQ <= logAlpha) n--;
  while (n * logQ > logAlpha) n++;
  return n;
}
