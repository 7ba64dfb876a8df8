/**
 * Student's t law with ν > 0 degrees of freedom.
 * E|X|^κ = ν^{κ/2} Γ((κ+1)/2) Γ((ν−κ)/2) / (√π Γ(ν/2)) for κ < ν (infinite otherwise);
 * P(X > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (review §5). Symmetric and unimodal.
 * Sampler: a ziggurat on the t density with an exact tail (tZiggurat.ts; tables built on the first
 * draw and cached per ν), ≈ 13–25 ns a draw for ν ≥ 1 against ≈ 100–140 ns for Bailey's polar
 * method (bench/noise.bench.ts, loaded 2-core machine). Bailey's method — (U, V) uniform in the unit
 * disc, W = U² + V², X = U·√(ν(W^{−2/ν} − 1)/W) exactly t_ν — remains for ν < 1/4, where the
 * ziggurat's tail start r (≈ 10^{11} at ν = 0.2, ≈ 10^{48} at ν = 0.05) leaves the range its
 * set-up resolves.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { betaInc } from "../core/special/incompleteBeta.ts";
import { logGamma } from "../core/special/logGamma.ts";
import type { Stream } from "../core/stream.ts";
import { requirePositive } from "../core/validate.ts";
import { completeLaw } from "./completeLaw.ts";
import { tZiggurat, type TZiggurat } from "./tZiggurat.ts";
import type { FullNoiseLaw } from "./types.ts";

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

export function studentT(nu: number): FullNoiseLaw {
  requirePositive("nu", nu);
  const half = nu / 2;
  let zig: TZiggurat | undefined;
  const logNorm = logGamma((nu + 1) / 2) - logGamma(half) - 0.5 * Math.log(nu * Math.PI);
  const sf = (t: number): number => {
    if (t < 0) return 1 - sf(-t);
    if (t === Infinity) return 0;
    // For t² ≫ ν the argument ν/(ν + t²) is computed without cancellation.
    return 0.5 * betaInc(nu / (nu + t * t), half, 0.5);
  };
  return completeLaw({
    name: "studentT",
    spec: { law: "studentT", nu },
    symmetric: true,
    unimodal: true,
    maxMomentOrder: nu,
    sample: nu >= ZIGGURAT_NU_MIN ? (stream: Stream) => (zig ??= tZiggurat(nu)).sample(stream) : (stream: Stream) => bailey(stream, nu),
    fill: nu >= ZIGGURAT_NU_MIN ? (stream: Stream, out: Float64Array) => (zig ??= tZiggurat(nu)).fill(stream, out) : undefined,
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      if (!(kappa < nu)) throw new UndefinedQuantityError("kappa", kappa, `κ < ν = ${nu} (E|X|^κ is infinite for κ ≥ ν)`);
      return Math.exp((kappa / 2) * Math.log(nu) + logGamma((kappa + 1) / 2) + logGamma((nu - kappa) / 2) - 0.5 * Math.log(Math.PI) - logGamma(half));
    },
    sf,
    lowerTail: sf,
    pdf: (x: number) => Math.exp(logNorm - ((nu + 1) / 2) * Math.log1p((x * x) / nu)),
  });
}
