/**
 * Student's t law with ν > 0 degrees of freedom.
 * E|X|^κ = ν^{κ/2} Γ((κ+1)/2) Γ((ν−κ)/2) / (√π Γ(ν/2)) for κ < ν (infinite otherwise);
 * P(X > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) and ½ − P(X > t) = ½ I_{t²/(ν+t²)}(½, ν/2) for t ≥ 0 (docs/seed-errata.md, background: noise laws),
 * both tails of one incomplete-beta evaluation with x = t²/(ν+t²) and y = ν/(ν+t²) each formed
 * without cancellation, so each keeps its relative accuracy (sf(1e-8) was exactly ½). Beyond the
 * range where x or y is a normal double the expansions take over, each exact to double precision
 * where used: ½ − P(X > t) = f(0)·t·(1 − (ν+1)t²/(6ν) + …) once (1 + 1/ν)t² < 1e-17, and
 * P(X > t) = f(0)ν^{(ν+1)/2}t^{−ν}/ν·(1 + O(ν(ν+1)/t²)) once t² > 1e17·ν(ν+1). Symmetric and unimodal.
 * Sampler: a ziggurat on the t density with an exact tail (tZiggurat.ts; tables built on the first
 * draw and cached per ν), ≈ 13–25 ns a draw for ν ≥ 1 against ≈ 100–140 ns for Bailey's polar
 * method (bench/noise.bench.ts, loaded 2-core machine). Bailey's method — (U, V) uniform in the unit
 * disc, W = U² + V², X = U·√(ν(W^{−2/ν} − 1)/W) exactly t_ν — remains for ν < 1/4, where the
 * ziggurat's tail start r (≈ 10^{11} at ν = 0.2, ≈ 10^{48} at ν = 0.05) leaves the range its
 * set-up resolves.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { betaIncTails } from "../core/special/incompleteBeta.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import { tZiggurat, type TZiggurat } from "./tZiggurat.ts";
import type { FullNoiseLaw } from "./types.ts";

/** Below (1 + 1/ν)t² = this, ½ − sf(t) = f(0)·t to double precision (the next term is (ν+1)t²/(6ν) relative). */
const ORIGIN_T2 = 1e-17;
/** Above t² = this·ν(ν+1), sf(t) is its leading power term to double precision (the next is ≤ ν(ν+1)/(2t²)). */
const FAR_T2 = 1e17;

/** Smallest ν sampled by the ziggurat (see the module comment). */
const ZIGGURAT_NU_MIN = 0.25;

function bailey(stream: Stream, nu: number): number {
  let u: number, w: number;
  do {
    u = stream.symmetric32();
    const v = stream.symmetric32();
    w = u * u + v * v;
  } while (w >= 1);
  return u * Math.sqrt((nu * Math.expm1((-2 / nu) * Math.log(w))) / w);
}

/** Student's t law with ν > 0 degrees of freedom (moments of order < ν). */
export function studentT(nu: number): FullNoiseLaw {
  requirePositive("nu", nu);
  const half = nu / 2;
  let zig: TZiggurat | undefined;
  const logNorm = logGamma((nu + 1) / 2) - logGamma(half) - 0.5 * Math.log(nu * Math.PI);
  const f0 = Math.exp(logNorm);
  const logFarConstant = logNorm + ((nu - 1) / 2) * Math.log(nu); // log(f(0)·ν^{(ν−1)/2})
  const farConstant = Math.exp(logFarConstant); // +∞ for ν ≳ 270
  /** [P(X > t), ½ − P(X > t)] for t ≥ 0, each to its own relative accuracy. */
  const tails = (t: number): [number, number] => {
    const t2 = t * t; // t = ∞ takes the far branch: t^{−ν} = 0, so [0, ½]
    // Stryker disable next-line EqualityOperator: at (1 + 1/ν)t² = 1e-17 exactly f(0)·t and the incomplete beta agree to a few ulps (the omitted term is 1e-17 relative)
    if ((1 + 1 / nu) * t2 < ORIGIN_T2) return [0.5 - f0 * t, f0 * t];
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: at t² = 1e17·ν(ν+1) both branches are accurate to a few ulps; a switch moved to 1e17·ν/(ν+1) leaves the far term's error ν(ν+1)²/(2(ν+2))·1e-17 ≤ 8e-15 wherever P(X > t) is a normal double (t ≥ 3e8 there needs ν < 40)
    if (t2 > FAR_T2 * nu * (nu + 1)) {
      // t^{−ν} by pow (≈ 1 ulp), not exp(−ν log t), whose argument up to ~700 would cost ~700 ulps. Where the
      // constant overflows (ν ≳ 270) t^{−ν} has underflowed (t > 3·10⁸·ν), and ∞·0 would be NaN: the log form gives 0.
      // Stryker disable next-line ConditionalExpression: the log form everywhere differs by < 745 ulps (< 2e-13 relative, inside TOL.special); the pow form is kept for its ≈ 1 ulp
      const far = farConstant < Infinity ? farConstant * t ** -nu : Math.exp(logFarConstant - nu * Math.log(t));
      return [far, 0.5 - far];
    }
    const { lower, upper } = betaIncTails(t2 / (nu + t2), 0.5, half, nu / (nu + t2));
    return [0.5 * upper, 0.5 * lower];
  };
  // Stryker disable next-line EqualityOperator: at t = 0 both branches give 1 − ½ = ½
  const sf = (t: number): number => (t < 0 ? 1 - tails(-t)[0] : tails(t)[0]);
  // Stryker disable next-line EqualityOperator: at t = 0 both branches give +0 (−(f(0)·(−0)) = f(0)·0)
  const halfMinusSf = (t: number): number => (t < 0 ? -tails(-t)[1] : tails(t)[1]);
  const useZiggurat = nu >= ZIGGURAT_NU_MIN;
  return completeLaw({
    name: "studentT",
    spec: { law: "studentT", nu },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: nu,
    sample: useZiggurat ? (stream: Stream) => (zig ??= tZiggurat(nu)).sample(stream) : (stream: Stream) => bailey(stream, nu),
    // Stryker disable next-line ConditionalExpression: without it completeLaw's loop calls sample, which draws the same numbers (the ziggurat's own fill only keeps the draw inlined, issue 10)
    fill: useZiggurat ? (stream: Stream, out: Float64Array) => (zig ??= tZiggurat(nu)).fill(stream, out) : undefined,
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < nu)) throw new UndefinedQuantityError("kappa", kappa, `κ < ν = ${nu} (E|X|^κ is infinite for κ ≥ ν)`);
      return Math.exp((kappa / 2) * Math.log(nu) + logGamma((kappa + 1) / 2) + logGamma((nu - kappa) / 2) - 0.5 * Math.log(Math.PI) - logGamma(half));
    },
    sf,
    lowerTail: sf,
    halfMinusSf,
    halfMinusLowerTail: halfMinusSf,
    pdf: (x: number) => Math.exp(logNorm - ((nu + 1) / 2) * Math.log1p((x * x) / nu)),
  });
}
