/**
 * fast-check arbitraries for noise laws with a moment order κ they satisfy: a law spec and κ with
 * E|X|^κ < ∞, κ ∈ (1, 2] as Assumption 3 requires by default. `noiseLaw(class)` draws from every
 * family of src/noise within a class (given κ, symmetric or not, unimodal or not, with or without
 * atoms, or a list of families such as Gaussian and Student-t), `noiseVector` adds
 * per-coordinate scales and the exact σ⃗.
 */
import fc from "fast-check";
import { InputError } from "../core/errors.ts";
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

/** A tail parameter in (κ, κ + spread], log-uniform in its distance to κ (shrinks toward κ + spread, the lightest). */
const above = (kappa: number, spread: number, floor = 0) =>
  fc.integer({ min: 0, max: 1000 }).map((k) => Math.max(kappa, floor) + spread * 10 ** (-3 * (k / 1000)));

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
  { law: "studentT", symmetric: true, unimodal: true, atoms: false, exactBatch: false, kappaMax: Infinity, make: (k, s) => above(k, s).map((nu) => ({ law: "studentT", nu })) },
  { law: "symmetricLomax", symmetric: true, unimodal: true, atoms: false, exactBatch: false, kappaMax: Infinity, make: (k, s) => above(k, s).map((alpha) => ({ law: "symmetricLomax", alpha })) },
  { law: "symmetricPareto", symmetric: true, unimodal: false, atoms: false, exactBatch: false, kappaMax: Infinity, make: (k, s) => above(k, s).map((alpha) => ({ law: "symmetricPareto", alpha })) },
  {
    // α ∈ (κ, 1.99] or α = 2 exactly; the band 0.99 < α < 1.01 (where Zolotarev's exponent α/(α−1)
    // is large, see symmetricStable) is replaced by the Cauchy law α = 1 when κ < 1, else by α = 1.01.
    law: "symmetricStable", symmetric: true, unimodal: true, atoms: false, exactBatch: true, kappaMax: 2,
    make: (k) =>
      k >= 1.99
        ? fc.constant({ law: "symmetricStable", alpha: 2 })
        : fc.integer({ min: 1, max: 1000 }).map((j) => {
            const a = k + (1.99 - k) * (j / 1000);
            return { law: "symmetricStable", alpha: j === 1000 ? 2 : Math.abs(a - 1) < 0.01 ? (k < 1 ? 1 : 1.01) : a };
          }),
  },
  {
    law: "contaminated", symmetric: true, unimodal: true, atoms: false, exactBatch: false, kappaMax: Infinity,
    make: (k, s) =>
      fc.record({
        p: fc.integer({ min: 1, max: 500 }).map((j) => j / 1000),
        outlier: fc.oneof(above(k, s).map((nu) => ({ law: "studentT", nu }) as NoiseSpec), above(k, s).map((alpha) => ({ law: "symmetricLomax", alpha }) as NoiseSpec)),
      }).map(({ p, outlier }) => ({ law: "contaminated", p, inlier: { law: "gaussian" }, outlier })),
  },
  { law: "centredLomax", symmetric: false, unimodal: false, atoms: false, exactBatch: false, kappaMax: Infinity, make: (k, s) => above(k, s, 1).map((alpha) => ({ law: "centredLomax", alpha })) },
  {
    // q log-uniform in [1e-3, ½]; q = ½ (Rademacher) is the symmetric member.
    law: "twoPoint", symmetric: "sometimes", unimodal: false, atoms: true, exactBatch: true, kappaMax: Infinity,
    make: (_k, _s, sym) => (sym === true ? fc.constant({ law: "twoPoint", q: 0.5 }) : fc.integer({ min: 0, max: 1000 }).map((j) => ({ law: "twoPoint", q: j === 1000 && sym !== false ? 0.5 : 1e-3 * 500 ** (j / 1000) * (j === 1000 ? 0.999 : 1) }))),
  },
  { law: "lattice", symmetric: true, unimodal: false, atoms: true, exactBatch: true, kappaMax: Infinity, make: () => probsArb.map((probs) => ({ law: "lattice", probs })) },
];

function kappaArb(k: NoiseClass["kappa"]): fc.Arbitrary<number> {
  if (typeof k === "number") return fc.constant(k);
  const { min, max } = k ?? { min: 1, max: 2 };
  // κ on a grid of (min, max] (max itself, κ = 2 bounded variance, included); shrinks toward min.
  return fc.integer({ min: 1, max: 1000 }).map((j) => (j === 1000 ? max : min + ((max - min) * j) / 1000));
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

export function noiseVector(d: number, cls: NoiseClass = {}): fc.Arbitrary<NoiseVector> {
  return fc
    .tuple(noiseLaw(cls), fc.array(fc.integer({ min: -1000, max: 1000 }).map((j) => 10 ** (2 * (j / 1000))), { minLength: d, maxLength: d }))
    .map(([{ noise, kappa }, scales]) => {
      const sigma = Array.from(sigmaVector(noiseFromSpec(noise), scales, kappa));
      return { noise, kappa, scales, sigma };
    });
}
