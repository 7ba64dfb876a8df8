import { describe, expect, test } from "vitest";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { mdsClaim, proof41S5 } from "./proof41-s5.ts";

describe("seed/proof41-s5", () => {
  claimTest(proof41S5);

  test("the test has power: ψ_k shifted by 1 (a drift of 1 per step) is refuted", () => {
    expect(auditClaim(mdsClaim(1), { seed: TEST_SEED, budget: "quick" })).toHaveVerdict("violated");
  });
});
