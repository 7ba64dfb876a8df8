import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { signUpdateStepLemma, signUpdateStepLemmaCorrected, signUpdateStepLemmaSignedA, type SignUpdateInstance } from "./sign-update-step-lemma.ts";

describe("seedfinal/sign-update-step-lemma", () => {
  claimTest(signUpdateStepLemma);
  claimTest(signUpdateStepLemmaSignedA);
  claimTest(signUpdateStepLemmaCorrected);

  test.each([1, 2, 3])("root seed %i: the counterexample with a_i ≥ 0 has some a_i < 1 (‖A∇f‖ < ‖∇f‖)", (seed) => {
    const r = auditClaim(signUpdateStepLemma, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as SignUpdateInstance & { a: number[] };
    expect(ce.a.some((v) => v < 1)).toBe(true);
  });
});
