/**
 * The centred (skewed) Lomax law: X = Y − m with Y ~ Lomax(α, 1) (P(Y > y) = (1+y)^{−α}), α > 1,
 * and m = E Y = 1/(α − 1), so E X = 0 (docs/seed-errata.md, background: noise laws). Skewed (a long right tail, bounded left tail
 * X ≥ −m), unimodal with mode −m (declared not unimodal for Gauss's inequality, which needs symmetry
 * as well). Tails: P(X > t) = (1 + m + t)^{−α} for t ≥ −m; P(X < −t) = 1 − (1 + m − t)^{−α} for t < m.
 * E|X|^κ, κ < α, in z = 1 + y, z_m = 1 + m = α/(α−1):
 *   ∫_{y>m} = α z_m^{κ−α} B(α−κ, κ+1)                       (substitute z = z_m/w, w ∈ (0,1)),
 *   ∫_{y<m} = α z_m^{κ−α} ∫_{1/z_m}^{1} (1−w)^κ w^{−α−1} dw  (no Beta form: the first parameter is −α;
 * a smooth integrand on [1/z_m, 1] ⊂ (0, 1], integrated by adaptive Gauss–Kronrod to 1e-14).
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { integrate } from "../core/special/integrate.ts";
import { logBeta } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requireInRange, requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

/** The skewed Lomax law with tail index α > 1, shifted to mean 0. */
export function centredLomax(alpha: number): FullNoiseLaw {
  requireInRange("alpha", alpha, 1, Infinity, { loOpen: true, hiOpen: true });
  const m = 1 / (alpha - 1);
  const zm = 1 + m;
  return completeLaw({
    name: "centredLomax",
    spec: { law: "centredLomax", alpha },
    symmetric: false,
    unimodal: false,
    maxMomentOrder: alpha,
    // Y = U^{−1/α} − 1 with U uniform on (0, 1]: inversion of the Lomax tail.
    sample: (stream: Stream) => Math.expm1(-Math.log1p(-stream.next()) / alpha) - m,
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < alpha)) throw new UndefinedQuantityError("kappa", kappa, `κ < α = ${alpha} (E|X|^κ is infinite for κ ≥ α)`);
      const upper = Math.exp(logBeta(alpha - kappa, kappa + 1));
      // Stryker disable next-line ObjectLiteral: integrate's defaults (rtol 1e-13, atol 1e-15) move E|X|^κ by ≤ 1.5e-14 relative (measured over α ∈ [1.0001, 1000], κ/α ∈ [0.01, 0.999]), far inside TOL.special (rtol 1e-12)
      const lower = integrate((w) => Math.exp(kappa * Math.log1p(-w) - (alpha + 1) * Math.log(w)), 1 / zm, 1, { atol: 0, rtol: 1e-14 });
      return alpha * zm ** (kappa - alpha) * (upper + lower);
    },
    // Below the support (t ≤ −m, resp. t ≥ m on the left tail) max(0, ·) makes the power 1^{−α} = 1: P(X > t) = 1,
    // P(X < −t) = 0 and the centred tails ∓½, with no separate branch (whose boundary t = ∓m would give the same value).
    sf: (t: number) => Math.exp(-alpha * Math.log1p(Math.max(0, m + t))),
    lowerTail: (t: number) => -Math.expm1(-alpha * Math.log1p(Math.max(0, m - t))),
    // ½ − (1 + m + t)^{−α} = −½ expm1(log 2 − α log1p(m + t)): zero at the median, not at t = 0 (the law is
    // skewed, P(X > 0) = (1 + m)^{−α}); the form keeps EPS absolute accuracy through the median.
    halfMinusSf: (t: number) => -0.5 * Math.expm1(Math.LN2 - alpha * Math.log1p(Math.max(0, m + t))),
    // ½ − (1 − (1 + m − t)^{−α}) = (1 + m − t)^{−α} − ½ = ½ expm1(log 2 − α log1p(m − t)).
    halfMinusLowerTail: (t: number) => 0.5 * Math.expm1(Math.LN2 - alpha * Math.log1p(Math.max(0, m - t))),
    pdf: (x: number) => (x < -m ? 0 : alpha * Math.exp(-(alpha + 1) * Math.log1p(m + x))),
  });
}
