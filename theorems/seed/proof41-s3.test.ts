import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { exactNorm1, exactNorm2Squared, Rational } from "signcheck";
import { proof41S3 } from "./proof41-s3.ts";

describe("seed/proof41-s3", () => {
  claimTest(proof41S3);

  test.each([1, 2, 3])("is violated from root seed %i, on a vector whose magnitudes differ (checked exactly)", (seed) => {
    const r = auditClaim(proof41S3, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const v = Float64Array.from((r.evidence.counterexample!.instance as { v: number[] }).v);
    // exactly: d·‖v‖₂² > ‖v‖₁² (the squared comparison of d‖v‖₂ and √d‖v‖₁, divided by d)
    const n1 = exactNorm1(v);
    expect(Rational.int(v.length).mul(exactNorm2Squared(v)).cmp(n1.mul(n1))).toBe(1);
  });

  test("equal magnitudes are the equality case, not a violation", () => {
    const v = Float64Array.of(0.3, -0.3, 0.3);
    const { lhs, rhs } = proof41S3.check({ v });
    expect(lhs).toBeLessThanOrEqual(rhs);
  });
});
