/**
 * The Wilson (1927) score interval for a binomial proportion: approximate (it can under-cover for
 * small n or extreme p), shown beside the exact interval for comparison, never used for a verdict.
 * Its ends are moved outward by the closed form's round-off bound (WILSON_ROUNDOFF), so that the
 * computed interval contains the exact-arithmetic one.
 */
import { requireInRange, requireInteger } from "../core/validate.ts";
import { normalQuantile } from "../core/special/normalQuantile.ts";
import { WILSON_ROUNDOFF } from "../core/tolerance.ts";
import type { Interval } from "./clopperPearson.ts";

export function wilson(k: number, n: number, alpha = 0.05): Interval {
  requireInteger("n", n, 1);
  requireInteger("k", k, 0, n);
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  // −Φ⁻¹(α/2), not Φ⁻¹(1 − α/2): forming 1 − α/2 would resolve a small α only to EPS/α.
  const z = -normalQuantile(alpha / 2);
  const p = k / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // At k = 0 (k = n) the lower (upper) end is exactly 0 (1); computing it as centre − half leaves round-off.
  return {
    lo: k === 0 ? 0 : Math.max(0, centre - half - WILSON_ROUNDOFF),
    hi: k === n ? 1 : Math.min(1, centre + half + WILSON_ROUNDOFF),
    confidence: 1 - alpha,
  };
}
