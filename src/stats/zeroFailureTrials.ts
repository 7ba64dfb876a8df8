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
  let n = Math.ceil(Math.log(alpha) / logQ);
  // Guard against round-off in the ratio: step to the exact least n with n·log(1−δ) ≤ log α.
  while (n > 1 && (n - 1) * logQ <= Math.log(alpha)) n--;
  while (n * logQ > Math.log(alpha)) n++;
  return Math.max(n, 1);
}
