// The matcher form: `import "signcheck/vitest"` (here, or once in a vitest setup file) registers toHaveVerdict and toMatchExpectation.
import "signcheck/vitest";
import { auditClaim } from "signcheck";
import { expect, test } from "vitest";
import { signStepDescent } from "./my-claims.ts";

test("one sign step obeys the (L0,L1) descent inequality at the quick budget", () => {
  expect(auditClaim(signStepDescent, { seed: 1, budget: "quick" })).toHaveVerdict("holds");
});
