import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S12, proof41S12Corrected, proof41S12L0Term, proof41S12L1Term, type CapStepInstance } from "./proof41-s12.ts";

describe("seed/proof41-s12", () => {
  claimTest(proof41S12);
  claimTest(proof41S12L1Term);
  claimTest(proof41S12L0Term);
  claimTest(proof41S12Corrected);

  test.each([1, 2, 3])("root seed %i: the L1-term counterexample sits at the cap (θ·e^{θ·a_max} > 1), the L0-term one at δ near 1", (seed) => {
    const l1 = auditClaim(proof41S12L1Term, { seed, budget: "quick" });
    expect(l1).toHaveVerdict("violated");
    const c1 = l1.evidence.counterexample!.instance as CapStepInstance;
    // at γ = θ·γ_max the L1 term is θ·e^{θ·a_max}·G/(48dℓ), a_max = 1/(48dℓ): above G/(48dℓ) only within a_max of the cap
    const aMax = 1 / (48 * c1.d * Math.log(1 / c1.delta));
    expect(c1.theta * Math.exp(c1.theta * aMax)).toBeGreaterThan(1);
    const l0 = auditClaim(proof41S12L0Term, { seed, budget: "quick" });
    expect(l0).toHaveVerdict("violated");
    const c0 = l0.evidence.counterexample!.instance as CapStepInstance;
    // e^{L1√dγ} > 2 needs 1/(48·d·ℓ) > ln 2 at the cap
    expect(1 / (48 * c0.d * Math.log(1 / c0.delta))).toBeGreaterThan(Math.LN2);
  });
});
