/**
 * Bad claims get errors, not verdicts (issue 8, item 7): infinite sides on both ends, events that are
 * not booleans, statistics that diverge where the claim does not say a divergence is a failure,
 * statistics outside their declared range; a claim past its time limit is inconclusive with the
 * reason while the rest of the audit goes on; unknown budget keys, bad seeds and unknown budget
 * names are typed errors.
 */
import { describe, expect, test } from "vitest";
import {
  AUDIT_SEED,
  ClaimDefinitionError,
  InputError,
  auditClaim,
  auditClaims,
  defineClaim,
  evidenceOf,
  fc,
  headline,
  type ExpectationClaim,
  type HighProbabilityClaim,
  type InequalityClaim,
  type ProbabilityClaim,
} from "signcheck/internal";
import { claimTest, testSeedFrom } from "signcheck/vitest";

const source = { paper: "signcheck", item: "engine self-check" } as const;
const quick = { seed: 3, budget: "quick" } as const;

function inequality(id: string, check: (x: number) => { lhs: number; rhs: number }): InequalityClaim<number> {
  return defineClaim<InequalityClaim<number>>({ id, kind: "inequality", title: id, source, hypotheses: [], instances: fc.integer({ min: 0, max: 10 }), check });
}

describe("infinite sides", () => {
  test.each([
    ["+∞ ≤ +∞", Infinity, Infinity],
    ["−∞ ≤ −∞", -Infinity, -Infinity],
  ])("%s is an error naming the instance, not a verdict", (_label, lhs, rhs) => {
    const r = auditClaim(
      inequality("signcheck/inf-both", () => ({ lhs, rhs })),
      quick,
    );
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/infinite/);
    expect(r.error).toHaveProperty("input");
  });

  test("+∞ against a finite bound is a violation; −∞ against a finite bound holds", () => {
    expect(
      auditClaim(
        inequality("signcheck/inf-lhs", () => ({ lhs: Infinity, rhs: 1 })),
        quick,
      ).verdict,
    ).toBe("violated");
    expect(
      auditClaim(
        inequality("signcheck/minus-inf-lhs", () => ({ lhs: -Infinity, rhs: 1 })),
        quick,
      ).verdict,
    ).toBe("holds");
  });
});

describe("events and statistics", () => {
  const event = (value: unknown) =>
    defineClaim<ProbabilityClaim<number>>({
      id: "signcheck/bad-event",
      kind: "probability",
      title: "bad event",
      source,
      hypotheses: [],
      instances: fc.integer({ min: 0, max: 10 }),
      bound: () => 0.5,
      event: () => value as boolean,
    });

  test.each([[NaN], [1], ["yes"], [undefined]])("an event returning %s is an error", (value) => {
    const r = auditClaim(event(value), quick);
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/event returned/);
  });

  const diverging = (declared?: boolean) =>
    defineClaim<HighProbabilityClaim<number>>({
      id: "signcheck/diverging",
      kind: "high-probability",
      title: "diverging statistic",
      source,
      hypotheses: [],
      instances: fc.integer({ min: 0, max: 10 }),
      delta: () => 0.1,
      bound: () => 1,
      statistic: (x, s) => (x >= 5 && s.next() < 0.5 ? Infinity : 0),
      ...(declared !== undefined && { divergedCountsAsFailure: declared }),
    });

  test("a statistic of ±∞ is an error unless the claim declares that a divergence is a failure", () => {
    const r = auditClaim(diverging(), quick);
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/divergedCountsAsFailure/);
    expect(r.error?.input).toBeGreaterThanOrEqual(5);
    const declared = auditClaim(diverging(true), quick);
    expect(declared).toHaveVerdict("violated");
    expect(evidenceOf(declared, "high-probability").diverged).toBeGreaterThan(0);
  });

  test("an expectation statistic outside its declared range is an error", () => {
    const claim = defineClaim<ExpectationClaim<number>>({
      id: "signcheck/out-of-range",
      kind: "expectation",
      title: "declared range is false",
      source,
      hypotheses: [],
      instances: fc.integer({ min: 0, max: 10 }),
      bound: () => 1,
      range: () => ({ lo: 0, hi: 1 }),
      statistic: (_x, s) => 2 * s.next(),
    });
    const r = auditClaim(claim, quick);
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/outside its declared range/);
  });
});

describe("time limits", () => {
  const slow = defineClaim<InequalityClaim<number>>({
    id: "signcheck/slow",
    kind: "inequality",
    title: "each check takes 20 ms",
    source,
    hypotheses: [],
    instances: fc.integer({ min: 0, max: 1000 }),
    check: () => {
      const end = performance.now() + 20;
      while (performance.now() < end);
      return { lhs: 0, rhs: 1 };
    },
    budgets: { quick: { timeLimitSeconds: 0.2 } },
  });

  test("a claim past its time limit is inconclusive with the reason, and the audit goes on", () => {
    const other = inequality("signcheck/fast", () => ({ lhs: 0, rhs: 1 }));
    const audit = auditClaims([slow, other], quick);
    const [r, next] = audit.claims;
    expect(r.verdict).toBe("inconclusive");
    expect(headline(r)).toMatch(/time limit of 0.2 s/);
    expect(r.evidence.timedOut?.limitSeconds).toBe(0.2);
    expect(next.verdict).toBe("holds");
  });

  test("the limit can be overridden per audit", () => {
    const r = auditClaim(
      inequality("signcheck/fast", () => ({ lhs: 0, rhs: 1 })),
      { ...quick, timeLimitSeconds: 1e-9 },
    );
    expect(r.verdict).toBe("inconclusive");
    expect(r.evidence.budgetDetail.timeLimitSeconds).toBe(1e-9);
  });
});

describe("typed errors for bad options", () => {
  const ok = inequality("signcheck/ok", () => ({ lhs: 0, rhs: 1 }));

  test.each([
    [{ budgets: { quick: { instancez: 5 } } }, /budgets.quick.instancez is not a budget field/],
    [{ budgets: { fast: { instances: 5 } } }, /budgets.fast is not a budget level/],
    [{ budgets: { quick: { timeLimitSeconds: 0 } } }, /timeLimitSeconds = 0/],
    [{ parameters: [{ name: "x", scale: "log", range: [0, 1], read: (x: number) => x }] }, /a log range needs lo > 0/],
    [{ parameters: [{ name: "x", scale: "sideways", range: [1, 2], read: (x: number) => x }] }, /scale "sideways"/],
  ])("defineClaim rejects %o", (patch, message) => {
    expect(() => defineClaim({ ...ok, ...(patch as object) })).toThrow(ClaimDefinitionError);
    expect(() => defineClaim({ ...ok, ...(patch as object) })).toThrow(message);
  });

  test.each([[1.5], [-1], [NaN], [2 ** 60]])("auditClaim rejects the seed %s", (seed) => {
    expect(() => auditClaim(ok, { seed, budget: "quick" })).toThrow(InputError);
  });

  test("auditClaim and claimTest reject an unknown budget name", () => {
    expect(() => auditClaim(ok, { seed: 1, budget: "huge" as "quick" })).toThrow(/budget = "huge" is not accepted: expected one of quick, standard, thorough/);
    expect(() => claimTest(ok, { budget: "huge" as "quick" })).toThrow(InputError);
    expect(() => claimTest(ok, { seed: -2 })).toThrow(InputError);
  });

  test("SIGNCHECK_TEST_SEED must be a non-negative integer", () => {
    expect(testSeedFrom(undefined)).toBe(AUDIT_SEED);
    expect(testSeedFrom("17")).toBe(17);
    for (const bad of ["1.5", "-3", "abc", "1e3"]) expect(() => testSeedFrom(bad), bad).toThrow(/SIGNCHECK_TEST_SEED/);
  });
});
