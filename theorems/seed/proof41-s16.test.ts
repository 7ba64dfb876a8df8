import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { proof41S16, proof41S16AsGe, identity3Sides } from "./proof41-s16.ts";
import type { GradientNoiseInstance } from "./proof41Noise.ts";

describe("seed/proof41-s16", () => {
  claimTest(proof41S16);
  claimTest(proof41S16AsGe);

  test.each([1, 2, 3])("root seed %i: the counterexample is noise with atoms and a gradient on one, the gap exactly Σ|∇f_i|P(g_i = 0) > 0", (seed) => {
    const r = auditClaim(proof41S16, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const raw = r.evidence.counterexample!.instance as GradientNoiseInstance & { v: number[] };
    const ce = { ...raw, v: Float64Array.from(raw.v) };
    expect(["twoPoint", "lattice"]).toContain(ce.noise.law);
    const { expectation, printed } = identity3Sides(ce);
    expect(expectation.cmp(printed)).toBe(1);
  });
});
