/**
 * The symmetric α-stable law SαS(α) with characteristic function E e^{itX} = e^{−|t|^α}, α ∈ (0, 2]
 * (α = 2: N(0, 2); α = 1: Cauchy). E|X|^κ = 2^κ Γ((1+κ)/2) Γ(1−κ/α)/(√π Γ(1−κ/2)) for κ < α
 * (review §5). Symmetric and unimodal; closed under averaging: the mean of B draws is SαS with
 * scale B^{1/α−1}, drawn in O(1).
 * Sampler: Chambers–Mallows–Stuck (1976) with β = 0: V uniform on (−π/2, π/2), W ~ Exp(1),
 * X = sin(αV)/cos(V)^{1/α} · (cos((1−α)V)/W)^{(1−α)/α}.
 * Tail: no closed form except α ∈ {1, 2}; computed from Zolotarev's integral (Nolan 1997, Thm 1,
 * β = 0): with ζ = t^{α/(α−1)} and V(θ) = (cos θ/sin αθ)^{α/(α−1)} cos((α−1)θ)/cos θ on (0, π/2),
 *   P(X > t) = (1/π)∫ e^{−ζV(θ)} dθ (α > 1),   P(X > t) = (1/π)∫ (1 − e^{−ζV(θ)}) dθ (α < 1),
 * by adaptive Gauss–Kronrod on a grid geometric toward π/2 (where the mass of the integrand sits
 * when t is large). Near α = 1 the exponent α/(α−1) is large: the arbitraries keep |α − 1| ≥ 0.01
 * unless α = 1 exactly.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { normalSf } from "../core/special/erf.ts";
import { integratePieces } from "../core/special/integrate.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requireInRange, requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

const HALF_PI = Math.PI / 2;

/**
 * The integral in φ = π/2 − θ (so that the layer near θ = π/2 keeps full float resolution), on the
 * breakpoints (π/2)·2^{−k}, k = 0..K: the integrand's mass sits at φ ≲ t^{−α}, so K = α·log2(t) + 60
 * pieces resolve every scale down to 2^{−60} of it.
 */
function zolotarevSf(alpha: number, t: number): number {
  const e = alpha / (alpha - 1);
  const logZeta = e * Math.log(t);
  function logV(phi: number): number {
    const c = Math.sin(phi); // cos θ
    const th = HALF_PI - phi;
    return e * (Math.log(c) - Math.log(Math.sin(alpha * th))) + Math.log(Math.cos((alpha - 1) * th)) - Math.log(c);
  }
  const f = alpha > 1 ? (phi: number) => Math.exp(-Math.exp(logZeta + logV(phi))) : (phi: number) => -Math.expm1(-Math.exp(logZeta + logV(phi)));
  const K = Math.min(1070, 60 + Math.max(0, Math.ceil(alpha * Math.log2(t))));
  const grid = [0];
  for (let k = K; k >= 0; k--) grid.push(HALF_PI * 2 ** -k);
  return integratePieces(f, grid, { rtol: 1e-14 }) / Math.PI;
}

export function symmetricStable(alpha: number): FullNoiseLaw {
  requireInRange("alpha", alpha, 0, 2, { loOpen: true });
  const inv = 1 / alpha;
  const expo = (1 - alpha) / alpha;
  const sfPos: (t: number) => number =
    alpha === 2
      ? (t) => normalSf(t / Math.SQRT2)
      : alpha === 1
        ? (t) => Math.atan2(1, t) / Math.PI // ½ − arctan(t)/π without cancellation
        : (t) => (t === 0 ? 0.5 : t === Infinity ? 0 : zolotarevSf(alpha, t));
  const sf = (t: number): number => (t < 0 ? 1 - sfPos(-t) : sfPos(t));
  const sample: (s: Stream) => number =
    alpha === 2
      ? (s) => Math.SQRT2 * s.normal()
      : alpha === 1
        ? (s) => Math.tan(Math.PI * (s.open() - 0.5))
        : (s) => {
            const v = Math.PI * (s.open() - 0.5);
            const w = s.exponential();
            return (Math.sin(alpha * v) / Math.cos(v) ** inv) * (Math.cos((1 - alpha) * v) / w) ** expo;
          };
  return completeLaw({
    name: "symmetricStable",
    spec: { law: "symmetricStable", alpha },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: alpha === 2 ? Infinity : alpha,
    sample,
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      // α = 2 is N(0, 2): E|X|^κ = 2^{κ/2}·E|Z|^κ = 2^κ Γ((κ+1)/2)/√π (the general formula's Γ ratio → 1).
      if (alpha === 2) return Math.exp(kappa * Math.LN2 + logGamma((kappa + 1) / 2) - 0.5 * Math.log(Math.PI));
      if (!(kappa < alpha)) throw new UndefinedQuantityError("kappa", kappa, `κ < α = ${alpha} (E|X|^κ is infinite for κ ≥ α)`);
      return Math.exp(kappa * Math.LN2 + logGamma((1 + kappa) / 2) + logGamma(1 - kappa / alpha) - 0.5 * Math.log(Math.PI) - logGamma(1 - kappa / 2));
    },
    sf,
    lowerTail: sf,
    pdf: alpha === 2 ? (x) => Math.exp(-0.25 * x * x) / (2 * Math.sqrt(Math.PI)) : alpha === 1 ? (x) => 1 / (Math.PI * (1 + x * x)) : undefined,
    sampleMean: (s: Stream, B: number) => sample(s) * B ** (inv - 1),
  });
}
