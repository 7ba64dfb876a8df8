/**
 * The arbitraries generate laws inside the requested class, with κ below the law's moment order and
 * the exact σ⃗; laws with atoms are among the generated laws by default.
 */
import { expect, test } from "vitest";
import fc from "fast-check";
import { TOL, close, noiseFamilies, noiseFromSpec, noiseLaw, noiseVector, sigmaKappa, type NoiseClass } from "signcheck";

const classes: NoiseClass[] = [
  {},
  { symmetric: true },
  { symmetric: false },
  { unimodal: true, symmetric: true },
  { atoms: true },
  { kappa: 1.5 },
  { kappa: 2, symmetric: true, unimodal: true },
  { exactBatch: true },
  { kappa: { min: 0.3, max: 1 } },
];

test.each(classes.map((c) => [JSON.stringify(c), c]))("noiseLaw(%s) stays inside its class", (_, cls) => {
  fc.assert(
    fc.property(noiseLaw(cls as NoiseClass), ({ noise, kappa }) => {
      const c = cls as NoiseClass;
      const law = noiseFromSpec(noise);
      expect(kappa).toBeLessThan(law.maxMomentOrder);
      const range = typeof c.kappa === "object" ? c.kappa : { min: 1, max: 2 };
      expect(kappa > range.min && kappa <= range.max).toBe(true);
      expect(Number.isFinite(law.absMoment(kappa))).toBe(true);
      if (typeof c.kappa === "number") expect(kappa).toBe(c.kappa);
      if (c.symmetric !== undefined) expect(law.symmetric).toBe(c.symmetric);
      if (c.unimodal !== undefined) expect(law.unimodal).toBe(c.unimodal);
      if (c.atoms !== undefined) expect(law.hasAtoms).toBe(c.atoms);
    }),
    { numRuns: 200 },
  );
});

test("the default class reaches every family, atoms included", () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(noiseLaw(), ({ noise }) => void seen.add(noise.law)),
    { numRuns: 500 },
  );
  expect([...seen].sort()).toEqual(noiseFamilies().sort());
  expect(seen.has("lattice") && seen.has("twoPoint")).toBe(true);
});

test("noiseVector carries per-coordinate scales and the exact σ⃗", () => {
  fc.assert(
    fc.property(noiseVector(5), ({ noise, kappa, scales, sigma }) => {
      const law = noiseFromSpec(noise);
      scales.forEach((s, i) => expect(close(sigma[i], sigmaKappa(law, s, kappa), TOL.exact)).toBe(true));
    }),
    { numRuns: 100 },
  );
});
