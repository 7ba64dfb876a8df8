/**
 * Rebuilds a noise law from its plain-data spec (the form instances carry and reports print).
 */
import { InputError } from "../core/errors.ts";
import { gaussian } from "./gaussian.ts";
import { studentT } from "./studentT.ts";
import type { NoiseLaw } from "./types.ts";

export type NoiseSpec = { readonly law: "gaussian" } | { readonly law: "studentT"; readonly nu: number };

export function noiseFromSpec(spec: NoiseSpec): NoiseLaw {
  switch (spec?.law) {
    case "gaussian":
      return gaussian();
    case "studentT":
      return studentT(spec.nu);
    default:
      throw new InputError("spec.law", (spec as { law?: unknown })?.law, "one of gaussian, studentT");
  }
}
