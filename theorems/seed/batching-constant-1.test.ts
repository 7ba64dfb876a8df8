import { describe, expect, test } from "vitest";
import { TOL, leq } from "signcheck";
import { auditClaim, claimTest } from "signcheck/vitest";
import { batchingConstant1, batchingConstant1NonIdentical, batchingConstant1Symmetric } from "./batching-constant-1.ts";
import { batchSize, batchingSides, type BatchingInstance } from "./batchingInstances.ts";

describe("seed/batching-constant-1", () => {
  claimTest(batchingConstant1);
  claimTest(batchingConstant1NonIdentical);
  claimTest(batchingConstant1Symmetric);

  test.each([1, 2, 3])("root seed %i: the i.i.d. counterexample is a skewed two-point law, κ < 2, B ≥ 2 (found by the search)", (seed) => {
    const r = auditClaim(batchingConstant1, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as BatchingInstance;
    expect(ce.groups).toHaveLength(1);
    expect(ce.d).toBe(1);
    expect(ce.groups[0].noise.law).toBe("twoPoint");
    expect((ce.groups[0].noise as { q: number }).q).toBeLessThan(0.5);
    expect(ce.kappa).toBeLessThan(2);
    expect(batchSize(ce)).toBeGreaterThanOrEqual(2);
  });

  test("seed/batching-constant-1-non-identical: two different skewed vectors in R² break constant 1, their Rademacher counterparts do not", () => {
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
});
