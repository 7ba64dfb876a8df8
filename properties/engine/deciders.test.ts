import { describe, expect, test } from "vitest";
import "signcheck/vitest";
import { auditClaim, defineClaim, evidenceOf, fc, type InequalityClaim } from "signcheck";
import { falseHighProbability, falseInequality, falseProbability } from "./falseClaims.ts";

const SEED = 7;

describe("the engine finds deliberately false claims violated", () => {
  // Shrinking stops at the smallest x that keeps half the excess of the counterexample it started from
  // (SHRINK_EXCESS_FRACTION): x = 4 (16 > 5), not the edge x = 2 (4 > 3), which would say little of the claim.
  test("inequality: shrunk to the smallest convincing counterexample x = 4", () => {
    const r = auditClaim(falseInequality, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect(r.evidence.counterexample?.instance).toEqual({ x: 4 });
    expect(r.evidence.counterexample?.detail).toMatchObject({ lhs: 16, rhs: 5 });
    expect(r.evidence.replay).toMatch(/^npx signcheck replay signcheck\/false-inequality --seed 7 --path [\d:]+ --budget quick$/);
    expect(r.match.ok).toBe(true);
  });

  test("probability (Monte Carlo): refuted and confirmed on fresh streams", () => {
    const r = auditClaim(falseProbability, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "probability");
    expect(e.confirmation?.decision).toBe("refuted");
    expect(e.counterexample?.detail.interval).toBeDefined();
    const lo = e.counterexample!.detail.interval.lo;
    expect(lo).toBeGreaterThan(0.3);
  });

  test("high-probability: refuted, shrunk toward k = 1 where the rate is largest", () => {
    const r = auditClaim(falseHighProbability, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect(r.evidence.counterexample?.instance).toEqual({ k: 1 });
    const e = evidenceOf(r, "high-probability");
    expect(e.worst?.observedQuantile).toBeGreaterThan(e.worst!.bound!);
  });
});

describe("errors in a claim's own code", () => {
  const throwing = defineClaim<InequalityClaim<{ x: number }>>({
    id: "signcheck/throws",
    kind: "inequality",
    title: "throws for x > 10",
    source: { paper: "signcheck", item: "engine self-check" },
    hypotheses: [],
    instances: fc.record({ x: fc.integer({ min: 0, max: 100 }) }),
    check: ({ x }) => {
      if (x > 10) throw new RangeError(`x = ${x} too large`);
      return { lhs: 0, rhs: 1 };
    },
  });

  test("are reported as `error` with the message and the (shrunk) input that raised it", () => {
    const r = auditClaim(throwing, { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/too large/);
    expect(r.error?.input).toEqual({ x: 11 });
    expect(r.match.ok).toBe(false);
  });

  test("NaN from a check is an error, not a verdict", () => {
    const nan = defineClaim<InequalityClaim<{ x: number }>>({ ...throwing, id: "signcheck/nan", check: () => ({ lhs: NaN, rhs: 1 }) });
    expect(auditClaim(nan, { seed: SEED, budget: "quick" }).verdict).toBe("error");
  });
});

describe("defineClaim rejects malformed claims with the field named", () => {
  const ok = { ...falseInequality } as InequalityClaim<{ x: number }>;
  test.each([
    [{ id: "no-slash" }, /must look like/],
    [{ id: "unknownpaper/x", source: { paper: "unknownpaper", item: "x" } }, /not in src\/references.ts/],
    [{ check: undefined }, /needs check/],
    [{ alpha: 0.7 }, /alpha/],
    [{ expected: { verdict: "true", reason: "x" } }, /expected.verdict/],
    [{ budgets: { quick: { instances: 0 } } }, /budget quick.instances/],
  ])("%o", (patch, message) => {
    expect(() => defineClaim({ ...ok, ...(patch as object) } as InequalityClaim<{ x: number }>)).toThrow(message);
  });

  test("a user's paper key is accepted with an inline pinned reference", () => {
    const reference = { authors: "A. User", year: 2026, title: "My notes", pinned: "example.org/notes@v1" };
    expect(() => defineClaim({ ...ok, id: "mine/amgm", source: { paper: "mine", item: "Lemma 2", reference } })).not.toThrow();
  });
});
