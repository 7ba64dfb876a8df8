import { expect, test } from "vitest";
import { claimTest } from "signcheck/vitest";
import { TOL, close } from "signcheck";
import { eq4SignMismatch } from "./eq4-sign-mismatch.ts";

claimTest(eq4SignMismatch);

test("seed/eq4-sign-mismatch counts g + noise = 0 as a flip on laws with atoms", () => {
  // Lattice P(X = 0) = ½, P(X = ±1) = ¼: with g = scale, the flip event is X ≤ −1, probability ¼.
  const i = { g: 0.5, scale: 0.5, noise: { law: "lattice", probs: [0.5, 0.5] } as const, kappa: 1.5 };
  expect(close(eq4SignMismatch.exact!(i), 0.25, TOL.exact)).toBe(true);
  // Two-point {1 − q, −q}: g = q·scale sits on the atom −q (probability 1 − q).
  const j = { g: 0.1 * 2, scale: 2, noise: { law: "twoPoint", q: 0.1 } as const, kappa: 1.2 };
  expect(close(eq4SignMismatch.exact!(j), 0.9, TOL.exact)).toBe(true);
});
