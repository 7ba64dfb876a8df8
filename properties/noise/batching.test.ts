/**
 * Batching: the O(1) mean of B draws has the law it claims (KS against the rescaled cdf: N(0, 1/B),
 * SαS with scale B^{1/α−1}), the exact batch moments agree with B-draw sampling (CLT interval, all
 * moments finite for the discrete laws) and with their closed forms at B = 1, and symmetric laws
 * obey the constant-1 form while the skewed two-point law breaks it (docs/seed-errata.md, E7).
 */
import { describe, expect, test } from "vitest";
import { TOL, batchAbsMoment, close, ksTest, noiseFromSpec, streamFor, type NoiseSpec } from "signcheck";
import { label } from "./catalogue.ts";

/** Significance level of each goodness-of-fit test and two-sided normal quantile of each CLT check. */
const GOF_LEVEL = 1e-3;
const Z = 4.5;

describe("O(1) batch means have the averaged law", () => {
  const cases: [NoiseSpec, (B: number) => number][] = [
    [{ law: "gaussian" }, (B) => 1 / Math.sqrt(B)],
    [{ law: "symmetricStable", alpha: 1.5 }, (B) => B ** (1 / 1.5 - 1)],
    [{ law: "symmetricStable", alpha: 1 }, () => 1],
  ];
  for (const [spec, scaleOf] of cases) {
    test(`${label(spec)}, B = 10⁶`, () => {
      const law = noiseFromSpec(spec);
      expect(law.exactBatchMean).toBe(true);
      const B = 1e6;
      const s = streamFor({ seed: 4, claim: "properties/noise/batch", instance: label(spec), trial: 0 });
      const xs = Float64Array.from({ length: 3000 }, () => law.sampleMean(s, B));
      const c = scaleOf(B);
      expect(ksTest(xs, (x) => law.cdf(x / c)).pValue).toBeGreaterThan(GOF_LEVEL);
    });
  }
  test("fillMean: O(d) for closed laws, scaled per coordinate, same numbers as sampleMean", () => {
    for (const spec of [{ law: "gaussian" }, { law: "laplace" }] as NoiseSpec[]) {
      const law = noiseFromSpec(spec);
      const key = { seed: 4, claim: "b", instance: label(spec), trial: 1 };
      const scales = [1, 2, 0.5];
      const out = law.fillMean(streamFor(key), new Float64Array(3), 9, scales);
      const s = streamFor(key);
      out.forEach((x, i) => expect(x).toBe(scales[i] * law.sampleMean(s, 9)));
    }
  });
  test("laws not closed under averaging draw B samples (and say so)", () => {
    const law = noiseFromSpec({ law: "studentT", nu: 3 });
    expect(law.exactBatchMean).toBe(false);
    const a = streamFor({ seed: 4, claim: "b", instance: "t", trial: 0 });
    const b = streamFor({ seed: 4, claim: "b", instance: "t", trial: 0 });
    let sum = 0;
    for (let j = 0; j < 5; j++) sum += law.sample(b);
    expect(law.sampleMean(a, 5)).toBe(sum / 5);
  });
});

describe("exact batch moments", () => {
  const specs: NoiseSpec[] = [
    { law: "twoPoint", q: 0.05 },
    { law: "twoPoint", q: 0.5 },
    { law: "lattice", probs: [0.6, 0.3, 0.1] },
  ];
  for (const spec of specs) {
    test(`${label(spec)}: B = 1 is E|X|^κ and sampling agrees at B = 7`, () => {
      const law = noiseFromSpec(spec);
      for (const kappa of [1.2, 1.7, 2]) expect(close(batchAbsMoment(spec, kappa, 1), law.absMoment(kappa), TOL.special)).toBe(true);
      const B = 7;
      const kappa = 1.3;
      const n = 50_000;
      const s = streamFor({ seed: 5, claim: "properties/noise/batch", instance: label(spec), trial: 0 });
      let m1 = 0;
      for (let i = 0; i < n; i++) m1 += Math.abs(law.sampleMean(s, B)) ** kappa;
      const m = batchAbsMoment(spec, kappa, B);
      const sd = Math.sqrt(batchAbsMoment(spec, 2 * kappa, B) - m * m);
      expect(Math.abs(m1 / n - m)).toBeLessThanOrEqual((Z * sd) / Math.sqrt(n));
    });
  }
  test("κ = 2 is the variance identity E X̄² = E X²/B for every exact law", () => {
    for (const spec of [...specs, { law: "gaussian" }, { law: "symmetricStable", alpha: 2 }] as NoiseSpec[]) {
      for (const B of [1, 3, 40]) expect(close(batchAbsMoment(spec, 2, B), noiseFromSpec(spec).absMoment(2) / B, TOL.special), label(spec)).toBe(true);
    }
  });
  test("SαS: the constant-1 ratio is B^{κ/α−1} < 1; the skewed two-point law exceeds 1", () => {
    const st: NoiseSpec = { law: "symmetricStable", alpha: 1.5 };
    const ratio = (spec: NoiseSpec, kappa: number, B: number) => batchAbsMoment(spec, kappa, B) / (B ** (1 - kappa) * noiseFromSpec(spec).absMoment(kappa));
    expect(close(ratio(st, 1.2, 8), 8 ** (1.2 / 1.5 - 1), TOL.special)).toBe(true);
    expect(ratio({ law: "twoPoint", q: 0.001 }, 1.3, 50)).toBeGreaterThan(1.1);
    expect(ratio({ law: "twoPoint", q: 0.5 }, 1.3, 50)).toBeLessThanOrEqual(1);
    expect(() => batchAbsMoment({ law: "studentT", nu: 3 }, 1.5, 4)).toThrow(/spec.law/);
  });
});
