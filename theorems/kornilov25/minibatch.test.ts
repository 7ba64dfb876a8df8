import { describe, expect, test } from "vitest";
import { claimTest, TEST_SEED } from "signcheck/vitest";
import { auditClaim, scaleBound } from "signcheck";
import { kornilovMinibatch } from "./minibatch.ts";

describe("kornilov25/minibatch", () => {
  claimTest(kornilovMinibatch);

  test("kornilov25/minibatch: a slightly smaller exponent (× 0.9) is caught", () => {
    const stronger = scaleBound(kornilovMinibatch, 0.9);
    expect(auditClaim(stronger, { seed: TEST_SEED, budget: "quick" }).verdict).toBe("violated");
  });
});
