/**
 * fast-check arbitraries for noise laws with a moment order κ they satisfy: a law spec and κ with
 * E|X|^κ < ∞, κ ∈ (1, 2] as Assumption 3 requires by default. `noiseLaw(class)` draws from every
 * family of src/noise within a class (given κ, symmetric or not, unimodal or not, with or without
 * atoms, or a list of families such as Gaussian and Student-t), `noiseVector` adds
 * per-coordinate scales and the exact σ⃗. Every numeric parameter is drawn from a declared range
 * (`noiseLawParameters(class)`: log-uniform, boundary values included, core/parameterRange.ts) — a tail
 * parameter as its distance above κ, relative to the class's spread, so that tails barely heavy
 * enough for κ are drawn as often as light ones — and `noiseParameterValues` reads them back for coverage.
 */
import fc from "fast-check";
import { InputError } from "../core/errors.ts";
import { rangeArbitrary, type ParameterRange } from "../core/parameterRange.ts";
import { noiseFromSpec, type NoiseSpec } from "./noiseFromSpec.ts";
import { sigmaVector } from "./sigmaKappa.ts";

/** A law spec with a moment order κ it satisfies (E|X|^κ < ∞). */
export interface NoiseWithKappa {
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

/** The class a generated law must belong to; an omitted field is unconstrained. */
export interface NoiseClass {
  /** κ fixed, or drawn from [min, max] (default (1, 2], Assumption 3). */
  readonly kappa?: number | { readonly min: number; readonly max: number };
  readonly symmetric?: boolean;
  /** Unimodal with a density (Gauss's inequality applies). */
  readonly unimodal?: boolean;
  /** With atoms (lattice, two-point) or without. */
  readonly atoms?: boolean;
  /** Only laws whose mean of B draws has an exact moment (batchAbsMoment). */
  readonly exactBatch?: boolean;
  /** Largest tail parameter (ν, α) above κ: the laws' moment orders lie in (κ, κ + spread]. */
  readonly spread?: number;
  /** Restrict to these families. */
  readonly laws?: readonly NoiseSpec["law"][];
}

interface Family {
  readonly law: NoiseSpec["law"];
  readonly symmetric: boolean | "sometimes";
  readonly unimodal: boolean;
  readonly atoms: boolean;
  readonly exactBatch: boolean;
  /** Largest κ for which the family has a member with E|X|^κ < ∞. */
  readonly kappaMax: number;
  readonly make: (kappa: number, spread: number, symmetric: boolean | undefined) => fc.Arbitrary<NoiseSpec>;
}

const logRange = (name: string, min: number, max: number, note: string): ParameterRange => ({
  name,
  min,
  max,
  scale: "log",
  signs: "positive",
  zero: false,
  note,
});

/** Distance of a tail parameter above κ, relative to its span: [1e-3, 1] (1: the lightest tail of the class). */
const DISTANCE = (family: string, symbol: string, base: string, span: string) =>
  logRange(`${family}: (${symbol} − ${base})/${span}`, 1e-3, 1, `${symbol} ∈ (${base}, ${base} + ${span}]: E|X|^κ < ∞ down to 1e-3 of the span above ${base}`);
const P = {
  studentT: DISTANCE("studentT", "ν", "κ", "spread"),
  symmetricLomax: DISTANCE("symmetricLomax", "α", "κ", "spread"),
  symmetricPareto: DISTANCE("symmetricPareto", "α", "κ", "spread"),
  centredLomax: DISTANCE("centredLomax", "α", "max(κ, 1)", "spread"),
  symmetricStable: DISTANCE("symmetricStable", "α", "κ", "(2 − κ)"),
  contaminatedP: logRange("contaminated.p", 1e-3, 0.5, "the outlier fraction, from rare outliers to half the draws"),
  twoPointQ: logRange("twoPoint.q", 1e-3, 0.5, "the mass of the far atom 1 − q; q = ½ is the symmetric (Rademacher) member"),
  scale: logRange("noiseVector.scales[i]", 1e-2, 1e2, "per-coordinate noise scales over four decades"),
} as const;

/** A tail parameter in (base, base + span], log-uniform in its distance to base (shrinks toward base + span, the lightest). */
const above = (r: ParameterRange, base: number, span: number) => rangeArbitrary(r, "max").map((u) => base + span * u);

const probsArb = fc.integer({ min: 1, max: 3 }).chain((K) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: K + 1, maxLength: K + 1 }).map((w) => {
    const ws = w.map((x, k) => (k === K ? x + 1 : x)); // the outermost atom has mass: K is the support's radius
    const tot = ws.reduce((a, b) => a + b, 0);
    return ws.map((x) => x / tot);
  }),
);

const FAMILIES: readonly Family[] = [
  { law: "gaussian", symmetric: true, unimodal: true, atoms: false, exactBatch: true, kappaMax: Infinity, make: () => fc.constant({ law: "gaussian" }) },
  { law: "laplace", symmetric: true, unimodal: true, atoms: false, exactBatch: false, kappaMax: Infinity, make: () => fc.constant({ law: "laplace" }) },
  {
    law: "studentT",
    symmetric: true,
    unimodal: true,
    atoms: false,
    exactBatch: false,
    kappaMax: Infinity,
    make: (k, s) => above(P.studentT, k, s).map((nu) => ({ law: "studentT", nu })),
  },
  {
    law: "symmetricLomax",
    symmetric: true,
    unimodal: true,
    atoms: false,
    exactBatch: false,
    kappaMax: Infinity,
    make: (k, s) => above(P.symmetricLomax, k, s).map((alpha) => ({ law: "symmetricLomax", alpha })),
  },
  {
    law: "symmetricPareto",
    symmetric: true,
    unimodal: false,
    atoms: false,
    exactBatch: false,
    kappaMax: Infinity,
    make: (k, s) => above(P.symmetricPareto, k, s).map((alpha) => ({ law: "symmetricPareto", alpha })),
  },
  {
    // α ∈ (κ, 2], log-uniform in its distance above κ (α = 2 the lightest, drawn as a boundary); the band
    // 0.99 < α < 1.01 (where Zolotarev's exponent α/(α−1) is large, see symmetricStable) is replaced by the
    // Cauchy law α = 1 when κ < 1, else by α = 1.01; κ = 2 leaves only α = 2.
    law: "symmetricStable",
    symmetric: true,
    unimodal: true,
    atoms: false,
    exactBatch: true,
    kappaMax: 2,
    make: (k) =>
      k >= 2
        ? fc.constant({ law: "symmetricStable", alpha: 2 })
        : above(P.symmetricStable, k, 2 - k).map((a) => ({ law: "symmetricStable", alpha: a >= 2 ? 2 : Math.abs(a - 1) < 0.01 ? (k < 1 ? 1 : 1.01) : a })),
  },
  {
    law: "contaminated",
    symmetric: true,
    unimodal: true,
    atoms: false,
    exactBatch: false,
    kappaMax: Infinity,
    make: (k, s) =>
      fc
        .record({
          p: rangeArbitrary(P.contaminatedP),
          outlier: fc.oneof(
            above(P.studentT, k, s).map((nu) => ({ law: "studentT", nu }) as NoiseSpec),
            above(P.symmetricLomax, k, s).map((alpha) => ({ law: "symmetricLomax", alpha }) as NoiseSpec),
          ),
        })
        .map(({ p, outlier }) => ({ law: "contaminated", p, inlier: { law: "gaussian" }, outlier })),
  },
  {
    law: "centredLomax",
    symmetric: false,
    unimodal: false,
    atoms: false,
    exactBatch: false,
    kappaMax: Infinity,
    make: (k, s) => above(P.centredLomax, Math.max(k, 1), s).map((alpha) => ({ law: "centredLomax", alpha })),
  },
  {
    // q log-uniform in [1e-3, ½]; q = ½ (Rademacher) is the symmetric member, moved to 0.4995 when the class is asymmetric.
    law: "twoPoint",
    symmetric: "sometimes",
    unimodal: false,
    atoms: true,
    exactBatch: true,
    kappaMax: Infinity,
    make: (_k, _s, sym) =>
      sym === true
        ? fc.constant({ law: "twoPoint", q: 0.5 })
        : rangeArbitrary(P.twoPointQ).map((q) => ({ law: "twoPoint", q: q === 0.5 && sym === false ? 0.4995 : q })),
  },
  {
    law: "lattice",
    symmetric: true,
    unimodal: false,
    atoms: true,
    exactBatch: true,
    kappaMax: Infinity,
    make: () => probsArb.map((probs) => ({ law: "lattice", probs })),
  },
];

/** κ ∈ (min, max], uniform (an interval of moment orders, not of magnitudes); the open end is approached to 1e-3 of the width. */
function kappaRange(k: NoiseClass["kappa"]): ParameterRange | undefined {
  if (typeof k === "number") return undefined;
  const { min, max } = k ?? { min: 1, max: 2 };
  return {
    name: "κ",
    min: min + (max - min) * 1e-3,
    max,
    scale: "linear",
    signs: "positive",
    zero: false,
    note: `moment order κ ∈ (${min}, ${max}]; κ = ${max} is drawn as a boundary`,
  };
}

function kappaArb(k: NoiseClass["kappa"]): fc.Arbitrary<number> {
  const r = kappaRange(k);
  // κ = max (e.g. 2, bounded variance) and the lower end are boundary values; shrinks toward min.
  return r === undefined ? fc.constant(k as number) : rangeArbitrary(r);
}

/**
 * The declared ranges of the numeric parameters noiseLaw/noiseVector draw for a class (for coverage):
 * κ (when drawn), each family's tail parameter as its relative distance above its base, the
 * contamination fraction, the two-point mass and the per-coordinate scales.
 */
export function noiseLawParameters(cls: NoiseClass = {}): ParameterRange[] {
  const fams = new Set(noiseFamilies(cls));
  const out: ParameterRange[] = [];
  const kr = kappaRange(cls.kappa);
  if (kr) out.push(kr);
  for (const law of ["studentT", "symmetricLomax", "symmetricPareto", "centredLomax", "symmetricStable"] as const) if (fams.has(law)) out.push(P[law]);
  if (fams.has("contaminated")) out.push(P.contaminatedP, P.studentT, P.symmetricLomax);
  if (fams.has("twoPoint") && cls.symmetric !== true) out.push(P.twoPointQ);
  out.push(P.scale);
  return [...new Map(out.map((r) => [r.name, r])).values()];
}

/** The values of the declared parameters in a drawn law (and its scales), keyed by range name; the inverse of the draws. */
export function noiseParameterValues(drawn: NoiseWithKappa & { readonly scales?: readonly number[] }, cls: NoiseClass = {}): Record<string, number[]> {
  const spread = cls.spread ?? 6;
  const { noise, kappa } = drawn;
  const out: Record<string, number[]> = {};
  const push = (r: ParameterRange, v: number): void => void (out[r.name] ??= []).push(v);
  if (kappaRange(cls.kappa)) push(kappaRange(cls.kappa)!, kappa);
  const tail = (spec: NoiseSpec): void => {
    if (spec.law === "studentT") push(P.studentT, (spec.nu - kappa) / spread);
    else if (spec.law === "symmetricLomax") push(P.symmetricLomax, (spec.alpha - kappa) / spread);
    else if (spec.law === "symmetricPareto") push(P.symmetricPareto, (spec.alpha - kappa) / spread);
    else if (spec.law === "centredLomax") push(P.centredLomax, (spec.alpha - Math.max(kappa, 1)) / spread);
    else if (spec.law === "symmetricStable" && kappa < 2) push(P.symmetricStable, (spec.alpha - kappa) / (2 - kappa));
    else if (spec.law === "twoPoint" && cls.symmetric !== true) push(P.twoPointQ, spec.q);
    else if (spec.law === "contaminated") {
      push(P.contaminatedP, spec.p);
      tail(spec.outlier);
    }
  };
  tail(noise);
  for (const s of drawn.scales ?? []) push(P.scale, s);
  return out;
}

/** The families admitted by a class (for coverage and for tests). */
export function noiseFamilies(cls: NoiseClass = {}): NoiseSpec["law"][] {
  return FAMILIES.filter(
    (f) =>
      (cls.laws === undefined || cls.laws.includes(f.law)) &&
      (cls.symmetric === undefined || f.symmetric === "sometimes" || f.symmetric === cls.symmetric) &&
      (cls.unimodal === undefined || f.unimodal === cls.unimodal) &&
      (cls.atoms === undefined || f.atoms === cls.atoms) &&
      (cls.exactBatch === undefined || !cls.exactBatch || f.exactBatch),
  ).map((f) => f.law);
}

/**
 * A random law of the class with a κ it satisfies (E|X|^κ < ∞): {noise, kappa}. Shrinks toward the
 * first admitted family (Gaussian when admitted), κ near its lower end and the lightest tail parameter.
 */
export function noiseLaw(cls: NoiseClass = {}): fc.Arbitrary<NoiseWithKappa> {
  const spread = cls.spread ?? 6;
  const fams = FAMILIES.filter((f) => noiseFamilies(cls).includes(f.law));
  if (fams.length === 0) throw new InputError("cls", cls, "a noise class with at least one family");
  return kappaArb(cls.kappa).chain((kappa) => {
    const ok = fams.filter((f) => kappa < f.kappaMax || (f.law === "symmetricStable" && kappa <= 2));
    if (ok.length === 0) throw new InputError("kappa", kappa, `a κ that some family of the class admits`);
    return fc.oneof(...ok.map((f) => f.make(kappa, spread, cls.symmetric))).map((noise) => ({ noise, kappa }));
  });
}

/** A law of the class with per-coordinate scales (log-uniform in [1e-2, 1e2]) and its exact σ⃗ for κ. */
export interface NoiseVector extends NoiseWithKappa {
  readonly scales: number[];
  readonly sigma: number[];
}

/** A fast-check arbitrary of noise vectors of dimension d: a law and its per-coordinate scales. */
export function noiseVector(d: number, cls: NoiseClass = {}): fc.Arbitrary<NoiseVector> {
  return fc.tuple(noiseLaw(cls), fc.array(rangeArbitrary(P.scale), { minLength: d, maxLength: d })).map(([{ noise, kappa }, scales]) => {
    const sigma = Array.from(sigmaVector(noiseFromSpec(noise), scales, kappa));
    return { noise, kappa, scales, sigma };
  });
}
