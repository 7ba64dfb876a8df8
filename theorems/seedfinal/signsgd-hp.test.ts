import { describe, expect, test } from "vitest";
import { claimTest, TEST_SEED } from "signcheck/vitest";
import { auditClaim, completionStepCap, signSgdStepCap } from "signcheck";
import { gammaOf, signSgdHp, signSgdHpDeltaNear1, type SignSgdHpInstance } from "./signsgd-hp.ts";

claimTest(signSgdHp);
claimTest(signSgdHpDeltaNear1);

describe("seedfinal/signsgd-hp-delta-near-1: the counterexample", () => {
  const result = auditClaim(signSgdHpDeltaNear1, { seed: TEST_SEED, budget: "quick" });

  test("is deterministic SignGD (σ = 0) at δ near 1 with a statistic far above the bound", () => {
    expect(result.verdict).toBe("violated");
    const d = result.evidence.counterexample!.detail as { observedQuantile: number; bound: number };
    expect(d.observedQuantile).toBeGreaterThan(d.bound);
    expect((result.evidence.counterexample!.instance as { delta: number }).delta).toBeGreaterThan(Math.exp(-1));
  });

  test.each([1, 2, 3])("root seed %i: a counterexample inside both stepsize conditions of the completed proof (γ ≤ γ_max and γ ≤ 1/(4L1d))", (seed) => {
    const r = auditClaim(signSgdHpDeltaNear1, { seed, budget: "quick" });
    expect(r.verdict).toBe("violated");
    const raw = r.evidence.counterexample!.instance as SignSgdHpInstance & { x1: number[] };
    const ce = { ...raw, x1: Float64Array.from(raw.x1) };
    const gamma = gammaOf(ce);
    expect(gamma).toBeLessThanOrEqual(signSgdStepCap(1, ce.d, ce.delta));
    expect(gamma).toBeLessThanOrEqual(completionStepCap(1, ce.d));
    expect(ce.delta).toBeGreaterThan(Math.exp(-1));
  });

  test("replays exactly from its seed and path", () => {
    const cx = result.evidence.counterexample!;
    const again = auditClaim(signSgdHpDeltaNear1, { seed: TEST_SEED, budget: "quick", path: cx.path });
    expect(again.verdict).toBe("violated");
    expect(again.evidence.counterexample!.instance).toEqual(cx.instance);
    expect(again.evidence.counterexample!.detail).toEqual(cx.detail);
  });
});
