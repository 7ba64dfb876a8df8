import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S15, proof41S15PostHocLambda } from "./proof41-s15.ts";
import type { AdaptiveMdsInstance } from "./adaptiveMds.ts";

describe("seed/proof41-s15", () => {
  claimTest(proof41S15);
  claimTest(proof41S15PostHocLambda);

  test.each([1, 2, 3])("root seed %i: the post-hoc counterexample uses adaptive scales (growth or freezing)", (seed) => {
    const r = auditClaim(proof41S15PostHocLambda, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as AdaptiveMdsInstance;
    expect(ce.growth > 1 || ce.rho < 1).toBe(true);
  });
});
