/**
 * Moment formulas agree with sampled moments where the sampled mean has a CLT interval, i.e. where
 * E|X|^{2κ} < ∞: |mean_n |X|^κ − E|X|^κ| ≤ z·sd/√n with sd² = E|X|^{2κ} − (E|X|^κ)² exact. z = 4.5
 * makes a false failure of one comparison ≈ 7e-6 (normal tails), over the ≈ 40 comparisons ≤ 3e-4.
 * Also: σ⃗ is per-coordinate, exact, and validated.
 */
import { describe, expect, test } from "vitest";
import { DimensionError, InputError, TOL, close, noiseFromSpec, sigmaKappa, sigmaVector, streamFor } from "signcheck";
import { CATALOGUE, label } from "./catalogue.ts";

/** Two-sided normal quantile of each CLT comparison (see the module comment). */
const Z = 4.5;
const N = 100_000;

describe("sampled κ-moments agree with the formulas", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    const kappas = [1, 1.2, 1.5, 2].filter((k) => 2 * k < law.maxMomentOrder);
    if (kappas.length === 0) continue;
    test(`${label(spec)}: κ ∈ {${kappas.join(", ")}}`, () => {
      const xs = law.fill(streamFor({ seed: 2, claim: "properties/noise", instance: label(spec), trial: 0 }), new Float64Array(N));
      for (const kappa of kappas) {
        let s = 0;
        for (const x of xs) s += Math.abs(x) ** kappa;
        const m = law.absMoment(kappa);
        const sd = Math.sqrt(Math.max(0, law.absMoment(2 * kappa) - m * m));
        expect(Math.abs(s / N - m), `κ = ${kappa}: sample ${s / N} vs ${m}, sd ${sd}`).toBeLessThanOrEqual((Z * sd) / Math.sqrt(N) + TOL.sum.rtol * m);
      }
    });
  }
});

describe("σ⃗ of Assumption 3", () => {
  test("σ_i = scale_i·(E|X|^κ)^{1/κ}, coordinate by coordinate", () => {
    const law = noiseFromSpec({ law: "studentT", nu: 3 });
    const scales = [0.5, 1, 7];
    const sigma = sigmaVector(law, scales, 1.5);
    scales.forEach((s, i) => expect(close(sigma[i], sigmaKappa(law, s, 1.5), TOL.exact)).toBe(true));
    expect(close(sigma[2] / sigma[0], 14, TOL.exact)).toBe(true);
  });
  test("bad parameters get typed errors naming the parameter", () => {
    const law = noiseFromSpec({ law: "studentT", nu: 3 });
    expect(() => sigmaVector(law, [1, NaN], 1.5)).toThrow(/scales\[1\]/);
    expect(() => sigmaVector(law, [1, Infinity], 1.5)).toThrow(InputError);
    expect(() => sigmaKappa(law, 1, 3)).toThrow(/kappa/);
    expect(() => sigmaKappa(law, 1, 0)).toThrow(/kappa/);
    const s = streamFor({ seed: 1, claim: "x", instance: "y", trial: 0 });
    expect(() => law.fill(s, new Float64Array(3), [1, 2])).toThrow(DimensionError);
    expect(() => law.fill(s, new Float64Array(2), [1, NaN])).toThrow(/^scales\[1\] = NaN/);
    expect(() => law.fillMean(s, new Float64Array(2), 4, [Infinity, 1])).toThrow(/^scales\[0\] = Infinity/);
    expect(() => law.fill(s, new Float64Array(2), [1, -1])).toThrow(/^scales\[1\]/);
  });
});
