import { expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { batchingConstant1, batchingConstant1Symmetric } from "./batching-constant-1.ts";

claimTest(batchingConstant1);
claimTest(batchingConstant1Symmetric);

test("seed/batching-constant-1 shrinks to a skewed two-point law with its (law, κ, B)", () => {
  const r = auditClaim(batchingConstant1, { seed: 1, budget: "quick" });
  expect(r).toHaveVerdict("violated");
  const ce = r.evidence.counterexample!.instance as { noise: { law: string; q: number }; kappa: number; B: number };
  expect(ce.noise.law).toBe("twoPoint");
  expect(ce.noise.q).toBeLessThan(0.5);
  expect(ce.kappa).toBeLessThan(2);
  expect(ce.B).toBeGreaterThanOrEqual(2);
});
