/**
 * Rebuilds a function of the library from its plain-data spec (the `spec` field every function
 * carries), so that claims can draw functions as serialisable instances and reports can print them.
 * `FunctionSpec` is the union of the families and combinators of `src/functions/`.
 */
import { InputError } from "../core/errors.ts";
import { affineMap, plusBoundedGradient, scaled, separableSum } from "./combinators.ts";
import { coshSum } from "./coshSum.ts";
import { doubleWell } from "./doubleWell.ts";
import { expAffine } from "./expAffine.ts";
import { logCoshSum } from "./logCoshSum.ts";
import { logisticSample } from "./logisticSample.ts";
import { logSumExp } from "./logSumExp.ts";
import { polynomial1d } from "./polynomial1d.ts";
import { powerNorm } from "./powerNorm.ts";
import { softmaxCrossEntropy } from "./softmaxCrossEntropy.ts";
import type { SmoothFunction } from "./types.ts";

/** A test function as plain data: family name and parameters. */
export type FunctionSpec =
  | { readonly family: "exp"; readonly a: readonly number[] }
  | { readonly family: "logistic"; readonly a: readonly number[]; readonly y: number }
  | { readonly family: "powerNorm"; readonly p: number; readonly d: number }
  | { readonly family: "coshSum"; readonly d: number }
  | { readonly family: "doubleWell"; readonly d: number }
  | { readonly family: "logCoshSum"; readonly d: number }
  | { readonly family: "logSumExp"; readonly d: number }
  | { readonly family: "polynomial1d"; readonly coefficients: readonly number[]; readonly L1: number }
  | { readonly family: "softmaxCE"; readonly a: readonly number[]; readonly y: number; readonly K: number }
  | { readonly family: "scaled"; readonly c: number; readonly inner: FunctionSpec }
  | { readonly family: "affine"; readonly M: readonly (readonly number[])[]; readonly b?: readonly number[]; readonly inner: FunctionSpec }
  | { readonly family: "sum"; readonly blocks: readonly FunctionSpec[] }
  | { readonly family: "plusBoundedGradient"; readonly f: FunctionSpec; readonly g: { readonly family: "logCoshSum"; readonly d: number } };

/** The function a JSON spec describes (what the random-function arbitrary and replay commands carry). */
export function functionFromSpec(spec: FunctionSpec): SmoothFunction {
  switch (spec?.family) {
    case "exp":
      return expAffine(spec.a);
    case "logistic":
      return logisticSample(spec.a, spec.y);
    case "powerNorm":
      return powerNorm(spec.p, spec.d);
    case "coshSum":
      return coshSum(spec.d);
    case "doubleWell":
      return doubleWell(spec.d);
    case "logCoshSum":
      return logCoshSum(spec.d);
    case "logSumExp":
      return logSumExp(spec.d);
    case "polynomial1d":
      return polynomial1d(spec.coefficients, spec.L1);
    case "softmaxCE":
      return softmaxCrossEntropy(spec.a, spec.y, spec.K);
    case "scaled":
      return scaled(spec.c, functionFromSpec(spec.inner));
    case "affine":
      return affineMap(functionFromSpec(spec.inner), spec.M, spec.b);
    case "sum":
      return separableSum(spec.blocks.map(functionFromSpec));
    case "plusBoundedGradient": {
      const g = logCoshSum(spec.g.d);
      return plusBoundedGradient(functionFromSpec(spec.f), g, g.gradientBound);
    }
    default:
      throw new InputError(
        "spec.family",
        (spec as { family?: unknown })?.family,
        "one of exp, logistic, powerNorm, coshSum, doubleWell, logCoshSum, logSumExp, polynomial1d, softmaxCE, scaled, affine, sum, plusBoundedGradient",
      );
  }
}

/** Dimension of the function a spec describes, without building it. */
export function specDim(spec: FunctionSpec): number {
  switch (spec.family) {
    case "exp":
    case "logistic":
      return spec.a.length;
    case "polynomial1d":
      return 1;
    case "softmaxCE":
      return spec.a.length * spec.K;
    case "powerNorm":
    case "coshSum":
    case "doubleWell":
    case "logCoshSum":
    case "logSumExp":
      return spec.d;
    case "scaled":
      return specDim(spec.inner);
    case "affine":
      return spec.M[0]?.length ?? 0;
    case "sum":
      return spec.blocks.reduce((s, b) => s + specDim(b), 0);
    case "plusBoundedGradient":
      return specDim(spec.f);
  }
}
