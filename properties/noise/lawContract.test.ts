/**
 * The contract every noise law keeps: typed errors for bad parameters (naming the parameter and its
 * range), reproducible draws (same stream key → same numbers, whatever else ran before), `fill`
 * equal to repeated `sample` with the scales applied, and the declared facts consistent with the
 * family (symmetric ⇒ mirrored tails, atoms ⇒ not unimodal, moment order = where absMoment throws).
 */
import { describe, expect, test } from "vitest";
import { InputError, UndefinedQuantityError, noiseFromSpec, streamFor, type NoiseSpec } from "signcheck";
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
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    test(`${label(spec)}: reproducible, fill = sample·scale, facts consistent`, () => {
      const key = { seed: 7, claim: "contract", instance: label(spec), trial: 3 };
      const a = law.fill(streamFor(key), new Float64Array(257));
      // Another stream used in between must not matter: each key has its own generator.
      noiseFromSpec({ law: "laplace" }).fill(streamFor({ ...key, trial: 4 }), new Float64Array(99));
      const b = law.fill(streamFor(key), new Float64Array(257));
      expect(b).toEqual(a);
      // The vector fill draws the numbers of successive `sample` calls (the oracles rely on it).
      const one = streamFor(key);
      a.forEach((x) => expect(law.sample(one)).toBe(x));
      const s = streamFor(key);
      const scales = Array.from({ length: 257 }, (_, i) => 0.5 + i);
      const c = law.fill(s, new Float64Array(257), scales);
      c.forEach((x, i) => expect(x).toBe(a[i] * scales[i]));
      expect(a.every(Number.isFinite)).toBe(true);
      const other = law.fill(streamFor({ ...key, trial: 5 }), new Float64Array(257));
      expect(other).not.toEqual(a);
      if (law.hasAtoms) expect(law.unimodal).toBe(false);
      if (law.maxMomentOrder < Infinity) {
        expect(() => law.absMoment(law.maxMomentOrder)).toThrow(UndefinedQuantityError);
        expect(law.absMoment(law.maxMomentOrder * 0.99)).toBeGreaterThan(0);
      }
    });
  }
});
