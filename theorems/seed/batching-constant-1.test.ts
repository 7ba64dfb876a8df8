import { expect, test } from "vitest";
import { TOL, leq } from "signcheck";
import { auditClaim, claimTest } from "signcheck/vitest";
import { batchingConstant1, batchingConstant1Symmetric } from "./batching-constant-1.ts";
import { batchSize, batchingSides, type BatchingInstance } from "./batchingInstances.ts";

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

test("the violation is not an artefact of identical scalar summands: two different skewed vectors in R² break constant 1, their Rademacher counterparts do not", () => {
  const batch = (q1: number, q2: number): BatchingInstance => ({
    kappa: 1.685,
    d: 2,
    groups: [
      { noise: { law: "twoPoint", q: q1 }, scales: [2, 1], count: 1 },
      { noise: { law: "twoPoint", q: q2 }, scales: [1, 1], count: 1 },
    ],
  });
  const skewed = batchingSides(batch(0.01, 0.02), 1);
  expect(leq(skewed.lhs, skewed.rhs, TOL.claim)).toBe(false);
  const symmetric = batchingSides(batch(0.5, 0.5), 1);
  expect(leq(symmetric.lhs, symmetric.rhs, TOL.claim)).toBe(true);
});
