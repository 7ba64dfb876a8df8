import { describe, expect, test } from "vitest";
import { auditClaim, claimTest } from "signcheck/vitest";
import { leq, TOL } from "signcheck";
import { proof41S22, proof41S22CitedLemma, type BatchInstance } from "./proof41-s22.ts";

describe("seed/proof41-s22", () => {
  claimTest(proof41S22);
  claimTest(proof41S22CitedLemma);

  test.each([1, 2, 3])("root seed %i: from the cited lemma the noise term overshoots ε/2 (by up to 2^{1/κ})", (seed) => {
    const r = auditClaim(proof41S22CitedLemma, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as BatchInstance;
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(leq(lhs / rhs, 2 ** (1 / ce.kappa), TOL.claim)).toBe(true);
  });
});
