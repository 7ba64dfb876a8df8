/**
 * Rebuilds a noise law from its plain-data spec (the form instances carry and reports print).
 * Every law is at scale 1; per-coordinate scales travel beside the spec (see sigmaKappa).
 */
import { InputError } from "../core/errors.ts";
import { centredLomax } from "./centredLomax.ts";
import { contaminated } from "./contaminated.ts";
import { lattice, twoPoint } from "./discreteLaw.ts";
import { gaussian } from "./gaussian.ts";
import { laplace } from "./laplace.ts";
import { studentT } from "./studentT.ts";
import { symmetricLomax } from "./symmetricLomax.ts";
import { symmetricPareto } from "./symmetricPareto.ts";
import { symmetricStable } from "./symmetricStable.ts";
import type { FullNoiseLaw } from "./types.ts";

/** A noise law as plain data: law name and parameters. */
export type NoiseSpec =
  | { readonly law: "gaussian" }
  | { readonly law: "laplace" }
  | { readonly law: "studentT"; readonly nu: number }
  | { readonly law: "symmetricLomax"; readonly alpha: number }
  | { readonly law: "symmetricPareto"; readonly alpha: number }
  | { readonly law: "symmetricStable"; readonly alpha: number }
  | { readonly law: "contaminated"; readonly p: number; readonly inlier: NoiseSpec; readonly outlier: NoiseSpec }
  | { readonly law: "centredLomax"; readonly alpha: number }
  | { readonly law: "twoPoint"; readonly q: number }
  | { readonly law: "lattice"; readonly probs: readonly number[] };

/** The law names `noiseFromSpec` accepts. */
export const NOISE_LAWS = [
  "gaussian",
  "laplace",
  "studentT",
  "symmetricLomax",
  "symmetricPareto",
  "symmetricStable",
  "contaminated",
  "centredLomax",
  "twoPoint",
  "lattice",
] as const;

/** The noise law a JSON spec describes; bad parameters throw InputError naming them. */
export function noiseFromSpec(spec: NoiseSpec): FullNoiseLaw {
  switch (spec?.law) {
    case "gaussian":
      return gaussian();
    case "laplace":
      return laplace();
    case "studentT":
      return studentT(spec.nu);
    case "symmetricLomax":
      return symmetricLomax(spec.alpha);
    case "symmetricPareto":
      return symmetricPareto(spec.alpha);
    case "symmetricStable":
      return symmetricStable(spec.alpha);
    case "contaminated":
      return contaminated(spec.p, noiseFromSpec(spec.inlier), noiseFromSpec(spec.outlier));
    case "centredLomax":
      return centredLomax(spec.alpha);
    case "twoPoint":
      return twoPoint(spec.q);
    case "lattice":
      return lattice(spec.probs);
    default:
      throw new InputError("spec.law", (spec as { law?: unknown })?.law, `one of ${NOISE_LAWS.join(", ")}`);
  }
}
