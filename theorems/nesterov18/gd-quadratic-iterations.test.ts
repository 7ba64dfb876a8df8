import { describe, expect, test } from "vitest";
import { auditClaim, evidenceOf } from "signcheck";
import { claimTest } from "signcheck/vitest";
import { gdQuadraticIterations, gdQuadraticIterationsSqrt } from "./gd-quadratic-iterations.ts";

describe("nesterov18/gd-quadratic-iterations", () => {
  claimTest(gdQuadraticIterations);
  claimTest(gdQuadraticIterationsSqrt);

  test.each([1, 2, 3])("nesterov18/gd-quadratic-iterations: O(κ) holds and O(√κ) is violated at root seed %i", (seed) => {
    const holds = auditClaim(gdQuadraticIterations, { seed, budget: "quick" });
    expect(holds).toHaveVerdict("holds");
    const slope = evidenceOf(holds, "scaling").worst!;
    expect(slope.upper).toBeLessThanOrEqual(slope.exponent + slope.margin);
    const violated = auditClaim(gdQuadraticIterationsSqrt, { seed, budget: "quick" });
    expect(violated).toHaveVerdict("violated");
    expect(evidenceOf(violated, "scaling").counterexample!.detail.lower).toBeGreaterThan(0.5);
  });
});
