import { describe, expect, test } from "vitest";
import { auditClaim, claimTest, TEST_SEED } from "signcheck/vitest";
import { proof41S2, proof41S2AsLe } from "./proof41-s2.ts";
import type { SignStepInstance } from "./proof41.ts";

describe("seed/proof41-s2", () => {
  claimTest(proof41S2);
  claimTest(proof41S2AsLe);

  test("the counterexample of the \"=\" has a zero coordinate in g (the step leaves it alone)", () => {
    const r = auditClaim(proof41S2, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as { g: number[] };
    expect(ce.g.some((v) => v === 0)).toBe(true);
  });
});
