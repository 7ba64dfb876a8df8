/**
 * The contract every noise law keeps: typed errors for bad parameters (naming the parameter and its
 * range), and signcheck/laws noiseLawContract (the suite a user runs on a law of their own: reproducible
 * draws, `fill` equal to repeated `sample` with the scales applied, declared facts consistent) over every
 * law of the catalogue.
 */
import { describe, expect, test } from "vitest";
import { InputError, UndefinedQuantityError, noiseFromSpec, streamFor, type NoiseSpec } from "signcheck";
import { noiseLawContract } from "signcheck/laws";
import { CATALOGUE, label } from "./catalogue.ts";

describe("bad parameters get typed errors naming the parameter", () => {
  const cases: [NoiseSpec, RegExp][] = [
    [{ law: "studentT", nu: 0 }, /^nu = 0 .*> 0/],
    [{ law: "studentT", nu: -1 }, /^nu/],
    [{ law: "studentT", nu: NaN }, /^nu/],
    [{ law: "symmetricStable", alpha: 0 }, /^alpha = 0 .*\(0, 2\]/],
    [{ law: "symmetricStable", alpha: 2.1 }, /^alpha = 2.1 .*\(0, 2\]/],
    [{ law: "symmetricLomax", alpha: -1 }, /^alpha/],
    [{ law: "symmetricPareto", alpha: Infinity }, /^alpha/],
    [{ law: "centredLomax", alpha: 1 }, /^alpha = 1 .*\(1, Infinity\)/],
    [{ law: "contaminated", p: 1.5, inlier: { law: "gaussian" }, outlier: { law: "laplace" } }, /^p = 1.5 .*\[0, 1\]/],
    [{ law: "contaminated", p: -0.1, inlier: { law: "gaussian" }, outlier: { law: "laplace" } }, /^p = -0.1/],
    [{ law: "twoPoint", q: 1 }, /^q = 1 .*\(0, 1\)/],
    [{ law: "lattice", probs: [0.5, 0.6] }, /^probs/],
    [{ law: "lattice", probs: [1, 0] }, /^probs\[0\]/],
    [{ law: "nope" } as unknown as NoiseSpec, /^spec.law/],
  ];
  for (const [spec, message] of cases) {
    test(label(spec), () => {
      expect(() => noiseFromSpec(spec)).toThrow(InputError);
      expect(() => noiseFromSpec(spec)).toThrow(message);
    });
  }
  test("κ outside (0, supremum) is refused by absMoment", () => {
    const t = noiseFromSpec({ law: "studentT", nu: 1.5 });
    expect(() => t.absMoment(1.5)).toThrow(UndefinedQuantityError);
    expect(() => t.absMoment(0)).toThrow(/kappa/);
    expect(() => t.absMoment(-1)).toThrow(/kappa/);
    expect(() => noiseFromSpec({ law: "symmetricStable", alpha: 1.2 }).absMoment(1.2)).toThrow(/κ < α = 1.2/);
  });
  test("the batch size B must be an integer ≥ 1", () => {
    const law = noiseFromSpec({ law: "gaussian" });
    const s = streamFor({ seed: 1, claim: "c", instance: "i", trial: 0 });
    expect(() => law.sampleMean(s, 0)).toThrow(/^B = 0/);
    expect(() => law.sampleMean(s, 1.5)).toThrow(/^B/);
  });
});

describe("every law keeps the contract", () => {
  for (const spec of CATALOGUE) noiseLawContract(noiseFromSpec(spec), { label: label(spec) });
});
