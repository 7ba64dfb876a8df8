import { describe, expect, test } from "vitest";
import { auditClaim, evidenceOf } from "signcheck";
import { claimTest } from "signcheck/vitest";
import { sgdQuadraticTuning, sgdQuadraticTuningNoiseless } from "./sgd-quadratic-tuning.ts";

describe("laurent00/sgd-quadratic-tuning", () => {
  claimTest(sgdQuadraticTuning);
  claimTest(sgdQuadraticTuningNoiseless);

  test.each([1, 2, 3])("laurent00/sgd-quadratic-tuning: the χ² tuning holds and the noiseless one is violated at root seed %i", (seed) => {
    const holds = auditClaim(sgdQuadraticTuning, { seed, budget: "quick" });
    expect(holds).toHaveVerdict("holds");
    const e = evidenceOf(holds, "tuning");
    // The grid ran, and the prescription is certified, so it is priced against the cheapest certified point (≥ 1).
    expect(e.grid?.length).toBeGreaterThan(0);
    for (const p of e.price ?? []) expect(p.price).toBeGreaterThanOrEqual(1);
    expect(auditClaim(sgdQuadraticTuningNoiseless, { seed, budget: "quick" })).toHaveVerdict("violated");
  });
});
