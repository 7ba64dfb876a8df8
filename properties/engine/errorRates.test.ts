/**
 * The engine's stated error rates, measured across many root seeds on cheap Bernoulli claims
 * (each instance a coin with known failure rate p, claim "rate ≤ δ", α = 0.05):
 * - at p = δ exactly and below it, `violated` comes no more often than α allows;
 * - just above δ, `holds` comes no more often than α allows;
 * - well above δ, the violation is found at least as often as the design's exact power says.
 * and, for the expectation, scaling and tuning kinds, true claims at their boundary (mean = bound,
 * slope = exponent, miss rate = δ) are found violated no more often than α allows, and clearly false ones
 * are found violated most of the time.
 * Each count is compared with a binomial bound at level 0.001, so a pass is not luck of the seeds;
 * the seeds are fixed, so the test is deterministic.
 */
import { describe, expect, test } from "vitest";
import {
  VERDICT_SHARE,
  auditClaim,
  binomialSf,
  evidenceOf,
  maxTests,
  refutationProbability,
  sequentialDesign,
  type ClaimResult,
  type Outcome,
} from "signcheck/internal";
import { bernoulliClaim, bernoulliMeanClaim, coinTuningClaim, powerCostClaim } from "./falseClaims.ts";

const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);
const ALPHA = 0.05;
const BUDGET = { instances: 4, trials: 400, shrinks: 4, minTrials: 10 };

function audits(pTrue: number, delta: number): ClaimResult[] {
  const claim = bernoulliClaim(pTrue, delta, BUDGET, ALPHA);
  return SEEDS.map((seed) => auditClaim(claim, { seed, budget: "quick" }));
}

function verdicts(pTrue: number, delta: number): Record<Outcome, number> {
  const counts = { holds: 0, violated: 0, inconclusive: 0, "not-applicable": 0, error: 0 };
  for (const r of audits(pTrue, delta)) counts[r.verdict]++;
  return counts;
}

/** Largest count c with P(Bin(n, rate) ≥ c) > 0.001: more than this is evidence against the stated rate. */
function maxPlausible(n: number, rate: number): number {
  let c = 0;
  while (c <= n && binomialSf(c + 1, n, rate) > 0.001) c++;
  return c;
}

/** Smallest count c with P(Bin(n, rate) ≤ c) > 0.001. */
function minPlausible(n: number, rate: number): number {
  let c = n;
  while (c >= 0 && 1 - binomialSf(c, n, rate) > 0.001) c--;
  return c;
}

describe("engine error rates across 200 root seeds", () => {
  test("per instance, the false refutation rate at p = δ is the design's exact rate at α/(instances + shrinks)", () => {
    const results = audits(0.1, 0.1);
    // No movable parameter, so no search: α's verdict share over instances, shrinks and two confirmations.
    const perTest = (VERDICT_SHARE * ALPHA) / maxTests({ ...BUDGET, climbStarts: 0, climbSteps: 0 });
    for (const r of results) {
      expect(r.evidence.alphaPerTest).toBe(perTest);
      expect(r.evidence.tests).toBeLessThanOrEqual(BUDGET.instances + BUDGET.shrinks + 2);
    }
    // Count refutations over the searched instances (the first test of each claim is never a shrink candidate).
    const tested = results.reduce((a, r) => a + r.evidence.instances, 0);
    const refuted = results.reduce((a, r) => a + evidenceOf(r, "probability").refuted, 0);
    const exact = refutationProbability(sequentialDesign(0.1, perTest, BUDGET.trials, BUDGET.minTrials), 0.1).refute;
    expect(exact).toBeLessThanOrEqual(perTest);
    // The engine's refutations are those of the exact design (the split of α over the looks is checked exactly
    // in sequentialRateTest.test.ts; the Bonferroni share is the alphaPerTest asserted above).
    expect(refuted, `${refuted} of ${tested}`).toBeLessThanOrEqual(maxPlausible(tested, exact));
  });

  test("rate exactly at δ: violated at most α of the time", () => {
    const c = verdicts(0.1, 0.1);
    expect(c.violated, JSON.stringify(c)).toBeLessThanOrEqual(maxPlausible(SEEDS.length, ALPHA));
  });

  test("rate below δ: violated at most α of the time, and usually holds", () => {
    const c = verdicts(0.02, 0.1);
    expect(c.violated, JSON.stringify(c)).toBeLessThanOrEqual(maxPlausible(SEEDS.length, ALPHA));
    expect(c.holds).toBeGreaterThan(SEEDS.length / 2);
  });

  test("rate just above δ: holds at most α of the time", () => {
    const c = verdicts(0.12, 0.1);
    expect(c.holds, JSON.stringify(c)).toBeLessThanOrEqual(maxPlausible(SEEDS.length, ALPHA));
  });

  test("rate well above δ: violated at least at the design's stated power", () => {
    const pTrue = 0.25;
    const c = verdicts(pTrue, 0.1);
    // A violation needs one refuted instance and a refutation on fresh streams: power ≥ π², π the exact
    // per-instance refutation probability of the sequential design at the per-test α.
    const design = sequentialDesign(0.1, (VERDICT_SHARE * ALPHA) / maxTests({ ...BUDGET, climbStarts: 0, climbSteps: 0 }), BUDGET.trials, BUDGET.minTrials);
    const pi = refutationProbability(design, pTrue).refute;
    expect(pi).toBeGreaterThan(0.9);
    expect(c.violated, JSON.stringify(c)).toBeGreaterThanOrEqual(minPlausible(SEEDS.length, pi * pi));
  });
});

describe("error rates of the expectation, scaling and tuning kinds across 80 root seeds", () => {
  const seeds = SEEDS.slice(0, 80);
  const count = (claim: Parameters<typeof auditClaim>[0]) => {
    const counts = { holds: 0, violated: 0, inconclusive: 0, "not-applicable": 0, error: 0 };
    for (const seed of seeds) counts[auditClaim(claim, { seed, budget: "quick" }).verdict]++;
    return counts;
  };

  test.each([
    ["expectation: mean exactly at the bound", bernoulliMeanClaim(0.3, 0.3, ALPHA)],
    ["scaling: slope exactly the claimed exponent", powerCostClaim(1, 1, ALPHA)],
    ["tuning: miss rate exactly δ", coinTuningClaim(0.1, 0.1, ALPHA)],
  ])("%s: violated at most α of the time", (_label, claim) => {
    const c = count(claim);
    expect(c.violated, JSON.stringify(c)).toBeLessThanOrEqual(maxPlausible(seeds.length, ALPHA));
    expect(c.error, JSON.stringify(c)).toBe(0);
  });

  test.each([
    ["expectation: mean 0.5 against a bound 0.3", bernoulliMeanClaim(0.5, 0.3, ALPHA)],
    ["scaling: slope 1.5 claimed 1", powerCostClaim(1.5, 1, ALPHA)],
    ["tuning: miss rate 0.3 against δ = 0.1", coinTuningClaim(0.3, 0.1, ALPHA)],
  ])("%s: violated in most seeds", (_label, claim) => {
    const c = count(claim);
    expect(c.violated, JSON.stringify(c)).toBeGreaterThan(0.9 * seeds.length);
  });

  test("a true mean well inside its bound holds (the empirical-Bernstein certificate has power)", () => {
    const c = count(bernoulliMeanClaim(0.1, 0.3, ALPHA));
    expect(c.holds, JSON.stringify(c)).toBeGreaterThan(0.9 * seeds.length);
  });
});
