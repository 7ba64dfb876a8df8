import { describe, expect, test } from "vitest";
import { auditClaim, auditClaims, evidenceOf, type ClaimResult } from "signcheck";
import { falseHighProbability, falseInequality, falseProbability, bernoulliClaim } from "./falseClaims.ts";

const strip = (r: ClaimResult) => ({ ...r, durationMs: 0 });

describe("results do not depend on the order of execution", () => {
  test("auditing claims in another order gives identical results per claim", () => {
    const claims = [falseInequality, falseProbability, falseHighProbability];
    const a = auditClaims(claims, { seed: 11, budget: "quick" }).claims.map(strip);
    const b = auditClaims([...claims].reverse(), { seed: 11, budget: "quick" })
      .claims.map(strip)
      .reverse();
    expect(b).toEqual(a);
  });

  test("a counterexample replays alone, from its seed and path, with the same numbers", () => {
    for (const claim of [falseInequality, falseProbability, falseHighProbability]) {
      const r = auditClaim(claim, { seed: 12, budget: "quick" });
      const cx = r.evidence.counterexample!;
      const again = auditClaim(claim, { seed: 12, budget: "quick", path: cx.path });
      expect(again.verdict).toBe("violated");
      expect(again.evidence.counterexample!.instance).toEqual(cx.instance);
      expect(again.evidence.counterexample!.detail).toEqual(cx.detail);
    }
  });

  test("a different root seed draws different instances", () => {
    const c = bernoulliClaim(0.5, 0.1, { instances: 3, trials: 50, shrinks: 0 });
    const a = evidenceOf(auditClaim(c, { seed: 1, budget: "quick" }), "probability").worst?.instanceHash;
    const b = evidenceOf(auditClaim(c, { seed: 2, budget: "quick" }), "probability").worst?.instanceHash;
    expect(a).not.toBe(b);
  });
});
