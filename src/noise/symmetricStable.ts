/**
 * The symmetric α-stable law SαS(α) with characteristic function E e^{itX} = e^{−|t|^α}, α ∈ (0, 2]
 * (α = 2: N(0, 2); α = 1: Cauchy). E|X|^κ = 2^κ Γ((1+κ)/2) Γ(1−κ/α)/(√π Γ(1−κ/2)) for κ < α
 * (docs/seed-errata.md, background: noise laws). Symmetric and unimodal; closed under averaging: the mean of B draws is SαS with
 * scale B^{1/α−1}, drawn in O(1).
 * Sampler: Chambers–Mallows–Stuck (1976) with β = 0: V uniform on (−π/2, π/2), W ~ Exp(1),
 * X = sin(αV)/cos(V)^{1/α} · (cos((1−α)V)/W)^{(1−α)/α}.
 * Tail: no closed form except α ∈ {1, 2}; computed from Zolotarev's integral (Nolan 1997, Thm 1,
 * β = 0): with ζ = t^{α/(α−1)} and V(θ) = (cos θ/sin αθ)^{α/(α−1)} cos((α−1)θ)/cos θ on (0, π/2),
 *   P(X > t) = (1/π)∫ e^{−ζV(θ)} dθ (α > 1),   P(X > t) = (1/π)∫ (1 − e^{−ζV(θ)}) dθ (α < 1),
 * and, since (1/π)∫_0^{π/2} dθ = ½, the centred tail ½ − P(X > t) is the integral of the other
 * integrand — each a positive integrand, so each tail keeps its relative accuracy (½ − P(X > 1e-4)
 * at α = 1.1 is 3.07e-5; as ½ − sf it came out 0 over a band reaching t ≈ 2e-3 at α = 1.01).
 * Adaptive Gauss–Kronrod in θ on (0, π/4] and in φ = π/2 − θ on (0, π/4] (so both ends keep full float
 * resolution), on breakpoints geometric toward each end: the mass sits at θ ≲ t/α for small t and at
 * φ ≲ t^{−α} for large t. Below the t where the next term of ½ − P(X > t) = f(0)t − Γ(3/α)t³/(6πα) + …
 * falls under 1e-17 relative, f(0)·t = Γ(1 + 1/α)t/π is exact to double precision and is used.
 * Near α = 1 the exponent α/(α−1) is large: the arbitraries keep |α − 1| ≥ 0.01 unless α = 1 exactly.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { erf, normalSf } from "../core/special/erf.ts";
import { integratePieces } from "../core/special/integrate.ts";
import { EPS } from "../core/tolerance.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requireInRange, requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw } from "./types.ts";

const HALF_PI = Math.PI / 2;
const QUARTER_PI = Math.PI / 4;
/** Relative size of the first omitted term below which f(0)·t stands for ½ − P(X > t). */
const ORIGIN_TERM = 1e-17;
/**
 * Breakpoint levels per half below the scale of the layer (or below π/4 when the layer lies outside the
 * half): the adaptive rule resolves the smooth power-law approach to the end inside the last piece.
 */
const EXTRA_LEVELS = 12;
/** Relative accuracy asked of each quadrature where the integrand is computed to a few EPS. */
const ZOLOTAREV_RTOL = 1e-14;
/** The integrand's relative round-off in units of EPS·|log ζ| (the sum log ζ + log V cancels to O(1)). */
const ZOLOTAREV_NOISE_ULPS = 4;
/** Deepest breakpoint level: 2^{−1070} is near the least double. */
const MAX_LEVEL = 1070;

/**
 * P(X > t) (centred = false) or ½ − P(X > t) (centred = true) for t > 0, α ∉ {1, 2}, from one of
 * Zolotarev's two complementary integrands. Each half of (0, π/2) is integrated in its own variable
 * with breakpoints (π/4)·2^{−k}: toward θ = 0 down to (t/α)·2^{−12} (the layer of small t), toward
 * φ = 0 down to t^{−α}·2^{−12} (the layer of large t).
 */
function zolotarevTail(alpha: number, t: number, centred: boolean): number {
  const e = alpha / (alpha - 1);
  const logZeta = e * Math.log(t);
  // log V with cos θ = sin φ, from whichever of θ, φ is the accurate variable. For α > 1 near θ = π/2,
  // αθ approaches π and (α − 1)θ approaches π/2 as α → 2: sin αθ = sin((2 − α)π/2 + αφ) and
  // cos (α − 1)θ = sin((2 − α)π/2 + (α − 1)φ) keep their relative accuracy there (2 − α is exact).
  const gap = (2 - alpha) * HALF_PI;
  // Stryker disable next-line EqualityOperator: α = 1 is the Cauchy law, in closed form: zolotarevTail never sees it
  const aboveOne = alpha > 1;
  const logV = (theta: number, phi: number, nearHalfPi: boolean): number => {
    const c = Math.log(Math.sin(phi)); // log cos θ
    const right = nearHalfPi && aboveOne;
    const sinAlpha = right ? Math.sin(gap + alpha * phi) : Math.sin(alpha * theta);
    const cosBeta = right ? Math.sin(gap + (alpha - 1) * phi) : Math.cos((alpha - 1) * theta);
    return e * (c - Math.log(sinAlpha)) + Math.log(cosBeta) - c;
  };
  const decay = (g: number) => Math.exp(-g); // e^{−ζV}
  const rise = (g: number) => -Math.expm1(-g); // 1 − e^{−ζV}
  const h = aboveOne === centred ? rise : decay;
  const levels = (scale: number) => Math.min(MAX_LEVEL, EXTRA_LEVELS + Math.max(0, Math.ceil(Math.log2(QUARTER_PI / scale))));
  const grid = (K: number): number[] => {
    const pts = [0];
    for (let k = K; k >= 0; k--) pts.push(QUARTER_PI * 2 ** -k);
    return pts;
  };
  // Stryker disable next-line ArithmeticOperator: the layer scale only places breakpoints for the adaptive rule; t·α for t/α moves the deepest one by ≤ log₂(1/α²) levels, and the tails came out identical to the last bit (α ∈ {0.3 … 1.99999999}, t ∈ {1e-8 … 1e100})
  const left = grid(levels(t / alpha)); // θ ∈ (0, π/4]
  const right = grid(levels(t ** -alpha)); // φ ∈ (0, π/4]
  {
    const inTheta = (theta: number) => {
      // Stryker disable next-line ArithmeticOperator: sin(π/2 + θ) = sin(π/2 − θ) = cos θ; the tails agree to 5e-16 relative (α ∈ {0.3 … 1.99999999}, t ∈ {1e-8 … 1e100})
      const phi = HALF_PI - theta;
      return h(Math.exp(logZeta + logV(theta, phi, false)));
    };
    const inPhi = (phi: number) => h(Math.exp(logZeta + logV(HALF_PI - phi, phi, true)));
    // One absolute tolerance for both halves, from a midpoint estimate of the whole integral: a half
    // whose integrand underflows toward e^{−600} (where exp's own relative error is 600·EPS) is then
    // not asked for a relative accuracy that round-off cannot give.
    let scale = 0;
    for (const [f, pts] of [
      [inTheta, left],
      [inPhi, right],
    ] as const)
      for (let i = 1; i < pts.length; i++) {
        // Stryker disable next-line ArithmeticOperator: the midpoint estimate only sets atol = 1e-2·rtol·scale/n; on the geometric grid pts[i] + pts[i−1] ≤ 3(pts[i] − pts[i−1]), so atol grows at most 3-fold, to 3e-2·rtol of the integral
        const width = pts[i] - pts[i - 1];
        scale += Math.abs(f(0.5 * (pts[i - 1] + pts[i]))) * width;
      }
    // ζV = exp(log ζ + log V) with |log ζ| up to ~2500 carries a relative error ≈ |log ζ|·EPS, which the
    // integrand inherits: no rule can resolve it below that, so the tolerance follows it.
    const rtol = Math.max(ZOLOTAREV_RTOL, ZOLOTAREV_NOISE_ULPS * EPS * Math.abs(logZeta));
    const atol = (rtol * 1e-2 * scale) / (left.length + right.length);
    // Stryker disable next-line ObjectLiteral: integratePieces' defaults (rtol 1e-13, atol 0) move the tails by ≤ 5e-15 relative (α ∈ {0.3 … 1.99999999}, t ∈ {1e-8 … 1e100}), below ZOLOTAREV_RTOL
    return (integratePieces(inTheta, left, { rtol, atol }) + integratePieces(inPhi, right, { rtol, atol })) / Math.PI;
  }
}

/** The symmetric α-stable law, 0 < α ≤ 2 (α = 2 a Gaussian, α = 1 a Cauchy). */
export function symmetricStable(alpha: number): FullNoiseLaw {
  requireInRange("alpha", alpha, 0, 2, { loOpen: true });
  const inv = 1 / alpha;
  const expo = (1 - alpha) / alpha;
  // ½ − P(X > t) = f(0)t(1 − Γ(3/α)t²/(6Γ(1/α)) + …): f(0)t alone below tOrigin.
  const f0 = Math.exp(logGamma(1 + inv)) / Math.PI;
  // Stryker disable next-line ArithmeticOperator: ORIGIN_TERM/6 puts the switch 6 times lower, handing (tOrigin/6, tOrigin) to the quadrature, which holds the series there to 1e-15
  const sixTerm = ORIGIN_TERM * 6;
  const tOrigin = Math.sqrt(sixTerm * Math.exp(logGamma(inv) - logGamma(3 * inv)));
  /**
   * [P(X > t), ½ − P(X > t)] for t ≥ 0. Of Zolotarev's two integrands, the one whose integral is the
   * smaller (≤ ¼) is integrated and the other tail is ½ minus it: the small tail is a bump that the
   * adaptive rule resolves, while its complement, "1 minus a bump", can hide the bump between nodes
   * (α = 1.99999999, t = 14: ½ − P(X > t) came out ½ against P(X > t) = 2.7e-11). The side tried first
   * is the one usually small (the centred tail below t = 1).
   */
  const tailsPos: (t: number) => [number, number] =
    alpha === 2
      ? (t) => [normalSf(t / Math.SQRT2), 0.5 * erf(t / 2)] // N(0, 2): P(0 < X ≤ t) = ½ erf(t/2)
      : alpha === 1
        ? (t) => [Math.atan2(1, t) / Math.PI, Math.atan(t) / Math.PI] // Cauchy: both without cancellation
        : (t) => {
            if (t === Infinity) return [0, 0.5];
            // Stryker disable next-line EqualityOperator: at t = tOrigin exactly both branches are accurate to the 1e-17 of the omitted term
            if (t < tOrigin) return [0.5 - f0 * t, f0 * t];
            // Stryker disable next-line ConditionalExpression,EqualityOperator: only which integral is tried first: the one ≤ ¼ is kept either way, from the same call (both ≤ ¼ only at P(X > t) = ¼ exactly)
            const centredFirst = t < 1;
            const first = zolotarevTail(alpha, t, centredFirst);
            // Stryker disable next-line EqualityOperator,ConditionalExpression: at first = ¼ exactly both integrals are ¼ to their 1e-14 accuracy, and either is kept; keeping the first always moved sf and ½ − sf by ≤ 3.7e-16 relative (α ∈ [0.05, 1.99], t ∈ [1e-6, 1e6]): the first integral is the small side wherever the other would lose digits
            const keepFirst = first <= 0.25;
            const small = keepFirst ? first : zolotarevTail(alpha, t, !centredFirst);
            const smallIsCentred = keepFirst ? centredFirst : !centredFirst;
            return smallIsCentred ? [0.5 - small, small] : [small, 0.5 - small];
          };
  // Stryker disable next-line EqualityOperator: at t = 0 both branches give ½ (1 − ½ from tailsPos(−0))
  const sf = (t: number): number => (t < 0 ? 1 - tailsPos(-t)[0] : tailsPos(t)[0]);
  // Stryker disable next-line EqualityOperator: at t = 0 both branches give +0 (−(−0) from tailsPos(−0))
  const halfMinusSf = (t: number): number => (t < 0 ? -tailsPos(-t)[1] : tailsPos(t)[1]);
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
    halfMinusSf,
    halfMinusLowerTail: halfMinusSf,
    pdf: alpha === 2 ? (x) => Math.exp(-0.25 * x * x) / (2 * Math.sqrt(Math.PI)) : alpha === 1 ? (x) => 1 / (Math.PI * (1 + x * x)) : undefined,
    sampleMean: (s: Stream, B: number) => sample(s) * B ** (inv - 1),
  });
}
