import { describe, expect, test } from "vitest";
import { auditClaim, evidenceOf } from "signcheck";
import { claimTest } from "signcheck/vitest";
import { signDescentExpectation, signDescentExpectationEighth } from "./sign-descent-expectation.ts";

describe("bernstein18/sign-descent-expectation", () => {
  claimTest(signDescentExpectation);
  claimTest(signDescentExpectationEighth);

  test.each([1, 2, 3])("bernstein18/sign-descent-expectation: the true claim holds and the false twin is violated at root seed %i", (seed) => {
    const holds = auditClaim(signDescentExpectation, { seed, budget: "quick" });
    expect(holds).toHaveVerdict("holds");
    expect(evidenceOf(holds, "expectation").worst?.estimator).toMatch(/empirical Bernstein on \[0, /);
    const violated = auditClaim(signDescentExpectationEighth, { seed, budget: "quick" });
    expect(violated).toHaveVerdict("violated");
    // Refuted through truncated means: the false twin declares no upper end.
    expect(evidenceOf(violated, "expectation").counterexample?.detail.estimator).toMatch(/truncated at M = /);
  });
});
