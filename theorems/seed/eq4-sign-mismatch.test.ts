import { describe, expect, test } from "vitest";
import { claimTest } from "signcheck/vitest";
import { clopperPearson, noiseFromSpec, streamFor } from "signcheck";
import { eq4SignMismatch, type SignMismatchInstance } from "./eq4-sign-mismatch.ts";

claimTest(eq4SignMismatch);

describe("seed/eq4-sign-mismatch: the exact flip probability is the event's probability", () => {
  const cases: SignMismatchInstance[] = [
    { g: 0.3, scale: 1, noise: { law: "gaussian" }, kappa: 2 },
    { g: -1, scale: 2, noise: { law: "studentT", nu: 1.5 }, kappa: 1.2 },
    { g: 5, scale: 1, noise: { law: "studentT", nu: 3 }, kappa: 2 },
  ];
  test.each(cases)("%o: exact rate inside the 1 − 1e-6 Clopper–Pearson interval of 20000 draws", (instance) => {
    const n = 20000;
    let k = 0;
    for (let t = 0; t < n; t++) if (eq4SignMismatch.event!(instance, streamFor({ seed: 1, claim: eq4SignMismatch.id, instance: "check", trial: t }))) k++;
    const ci = clopperPearson(k, n, 1e-6);
    const exact = eq4SignMismatch.exact!(instance);
    expect(exact).toBeGreaterThanOrEqual(ci.lo);
    expect(exact).toBeLessThanOrEqual(ci.hi);
    expect(exact).toBeLessThanOrEqual(eq4SignMismatch.bound(instance));
    expect(noiseFromSpec(instance.noise).symmetric).toBe(true);
  });
});
