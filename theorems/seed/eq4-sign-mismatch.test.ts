import { describe, expect, test } from "vitest";
import { claimTest } from "signcheck/vitest";
import { TOL, clopperPearson, close, streamFor } from "signcheck";
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
  });
});

test("seed/eq4-sign-mismatch counts g + noise = 0 as a flip on laws with atoms", () => {
  // Lattice P(X = 0) = ½, P(X = ±1) = ¼: with g = scale, the flip event is X ≤ −1, probability ¼.
  const i = { g: 0.5, scale: 0.5, noise: { law: "lattice", probs: [0.5, 0.5] } as const, kappa: 1.5 };
  expect(close(eq4SignMismatch.exact!(i), 0.25, TOL.exact)).toBe(true);
  // Two-point {1 − q, −q}: g = q·scale sits on the atom −q (probability 1 − q).
  const j = { g: 0.1 * 2, scale: 2, noise: { law: "twoPoint", q: 0.1 } as const, kappa: 1.2 };
  expect(close(eq4SignMismatch.exact!(j), 0.9, TOL.exact)).toBe(true);
});
