import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S20, type PlugInInstance } from "./proof41-s20.ts";

describe("seed/proof41-s20", () => {
  claimTest(proof41S20);

  test.each([1, 2, 3])("root seed %i: the counterexample has log(1/δ) < 1/(12√d)", (seed) => {
    const r = auditClaim(proof41S20, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { d, delta } = r.evidence.counterexample!.instance as PlugInInstance;
    expect(Math.log(1 / delta)).toBeLessThan(1 / (12 * Math.sqrt(d)));
  });
});
