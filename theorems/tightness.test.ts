/**
 * Reported tightness means what it says (issue 8, item 4): for built-in claims that hold, the variant
 * whose bound is multiplied by a factor just below the reported tightness (×0.95) is found violated at
 * the standard budget from three other root seeds. Cheap claims (inequalities and exact rates), chosen
 * so that the file stays affordable; the worst-case search is what lets every seed reach the sup.
 */
import { describe, expect, test } from "vitest";
import { AUDIT_SEED, auditClaim, scaleBound } from "signcheck";
import "signcheck/vitest";
import { gaussSignBound } from "./bernstein19/gauss-sign-bound.ts";
import { assumption3Forms } from "./seed/assumption3-forms.ts";
import { eq4SignMismatch } from "./seed/eq4-sign-mismatch.ts";
import { lemma1Eq1Sharp } from "./seed/lemma1-eq1-sharp.ts";
import { lemma1Eq2Sharp } from "./seed/lemma1-eq2-sharp.ts";

/** Just below the reported tightness. */
const FACTOR = 0.95;
const SEEDS = [1, 2, 3];

describe("a bound multiplied by just less than its reported tightness is violated", () => {
  test.each([lemma1Eq1Sharp, lemma1Eq2Sharp, assumption3Forms, eq4SignMismatch, gaussSignBound].map((c) => [c.id, c] as const))(
    "%s",
    (_id, claim) => {
      const r = auditClaim(claim, { seed: AUDIT_SEED, budget: "standard" });
      expect(r).toHaveVerdict("holds");
      const t = r.evidence.tightness!;
      expect(t.unit).toBe("factor");
      const variant = scaleBound(claim, FACTOR * t.value);
      for (const seed of SEEDS) expect(auditClaim(variant, { seed, budget: "standard" }), `seed ${seed}, tightness ${t.value}`).toHaveVerdict("violated");
    },
    300_000,
  );
});
