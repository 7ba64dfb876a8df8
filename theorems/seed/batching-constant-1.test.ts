import { expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { batchingConstant1, batchingConstant1Symmetric } from "./batching-constant-1.ts";
import { batchSize, type BatchingInstance } from "./batchingInstances.ts";

claimTest(batchingConstant1);
claimTest(batchingConstant1Symmetric);

test("seed/batching-constant-1 shrinks to a skewed two-point batch with its (law, κ, B)", () => {
  const r = auditClaim(batchingConstant1, { seed: 1, budget: "quick" });
  expect(r).toHaveVerdict("violated");
  const ce = r.evidence.counterexample!.instance as BatchingInstance;
  for (const g of ce.groups) {
    expect(g.noise.law).toBe("twoPoint");
    expect((g.noise as { q: number }).q).toBeLessThan(0.5);
  }
  expect(ce.kappa).toBeLessThan(2);
  expect(batchSize(ce)).toBeGreaterThanOrEqual(2);
});
