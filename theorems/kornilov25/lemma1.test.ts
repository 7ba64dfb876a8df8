import { describe, expect, test } from "vitest";
import { claimTest, TEST_SEED } from "signcheck/vitest";
import { auditClaim, scaleBound } from "signcheck";
import { kornilovLemma1, kornilovLemma1AsSummarised } from "./lemma1.ts";

describe("kornilov25/lemma1", () => {
  claimTest(kornilovLemma1);
  claimTest(kornilovLemma1AsSummarised);

  test("kornilov25/lemma1: a slightly stronger order, O(T^{−0.65}), is caught", () => {
    const stronger = scaleBound(kornilovLemma1, 1.3);
    expect(auditClaim(stronger, { seed: TEST_SEED, budget: "quick" }).verdict).toBe("violated");
  });
});
