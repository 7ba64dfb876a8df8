/**
 * noiseFromSpec pinned: NOISE_LAWS lists exactly the families it builds, each name building its own
 * family (the spec read back), and a missing or unknown law is refused as spec.law. Every law is built
 * inside the test that checks it (see pinnedLaws.test.ts).
 */
import { expect, test } from "vitest";
import { NOISE_LAWS, noiseFromSpec, type NoiseSpec } from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

test("NOISE_LAWS names the ten families, and each name builds its family", () => {
  expect([...NOISE_LAWS]).toEqual([
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
  ]);
  const specs: NoiseSpec[] = [
    { law: "gaussian" },
    { law: "laplace" },
    { law: "studentT", nu: 3 },
    { law: "symmetricLomax", alpha: 2 },
    { law: "symmetricPareto", alpha: 2 },
    { law: "symmetricStable", alpha: 1.5 },
    { law: "contaminated", p: 0.25, inlier: { law: "gaussian" }, outlier: { law: "laplace" } },
    { law: "centredLomax", alpha: 3 },
    { law: "twoPoint", q: 0.25 },
    { law: "lattice", probs: [0.5, 0.5] },
  ];
  for (const [i, spec] of specs.entries()) {
    const law = noiseFromSpec(spec);
    expect(law.name).toBe(NOISE_LAWS[i]);
    expect(law.spec).toEqual(spec);
  }
  // The contaminated law is built from its two specs: E X² = ¾·1 + ¼·2.
  expect(noiseFromSpec(specs[6]).absMoment(2)).toBeCloseTo(1.25, 12);
});

test("a missing, empty or unknown spec is refused as spec.law, with the law it got", () => {
  expectInputError(() => noiseFromSpec(undefined as unknown as NoiseSpec), "spec.law");
  expectInputError(() => noiseFromSpec(null as unknown as NoiseSpec), "spec.law");
  expectInputError(() => noiseFromSpec({} as unknown as NoiseSpec), "spec.law");
  expectInputError(() => noiseFromSpec({ law: "cauchy" } as unknown as NoiseSpec), "spec.law", "cauchy");
  expectInputError(() => noiseFromSpec({ law: "" } as unknown as NoiseSpec), "spec.law", "");
});
