import { describe, expect, test } from "vitest";
import { TEST_SEED, auditClaim, claimTest } from "signcheck/vitest";
import { headline } from "signcheck";
import {
  adversariesAlwaysWrong,
  adversariesAlwaysWrongBelowThreshold,
  adversariesBlind,
  adversariesBlindMajority,
  adversariesInvertingPastHalf,
  adversariesSimulated,
  alwaysWrongThreshold,
  honestError,
  toleranceThreshold,
  voteErrorExact,
  type AdversaryInstance,
} from "./adversaries.ts";

describe("bernstein19/adversaries-blind", () => {
  claimTest(adversariesBlind);
});

describe("bernstein19/adversaries-blind-majority", () => {
  claimTest(adversariesBlindMajority);
});

describe("bernstein19/adversaries-always-wrong-below-threshold", () => {
  claimTest(adversariesAlwaysWrongBelowThreshold);
});

describe("bernstein19/adversaries-simulated", () => {
  claimTest(adversariesSimulated);
});

/** The violated tolerance claims break only beyond their threshold: the shrunk counterexample lies past it. */
describe.each([
  { claim: adversariesInvertingPastHalf, threshold: "½" },
  { claim: adversariesAlwaysWrong, threshold: "α*" },
])("$claim.id", ({ claim, threshold }) => {
  claimTest(claim);

  test(`${claim.id}: the shrunk counterexample has α > ${threshold}`, () => {
    const r = auditClaim(claim, { seed: TEST_SEED, budget: "quick" });
    const i = r.evidence.counterexample?.instance as AdversaryInstance | undefined;
    expect(i, headline(r)).toBeDefined();
    const star = toleranceThreshold(i!.model, i!.S);
    expect({ alpha: i!.alpha, beyond: i!.alpha > star }, `threshold ${star}`).toEqual({ alpha: i!.alpha, beyond: true });
  });
});

test("bernstein19/adversaries-always-wrong: the vote error crosses ½ at α* = (½ − p)/(1 − p), computed exactly", () => {
  for (const S of [0.2, 0.5, 1]) {
    const p = honestError(S);
    const star = alwaysWrongThreshold(p);
    const M = 2001;
    // 10% either side of α*: the mean wrong fraction is ½ ∓ 0.1·α*(1 − p), many standard deviations from ½ at M = 2001.
    const below = voteErrorExact({ S, M, alpha: 0.9 * star, model: "wrong" });
    const above = voteErrorExact({ S, M, alpha: Math.min(0.49, 1.1 * star), model: "wrong" });
    const inverting = voteErrorExact({ S, M, alpha: Math.min(0.49, 1.1 * star), model: "invert" });
    expect({ S, below: below < 0.5, above: above > 0.5, inverting: inverting < 0.5 }).toEqual({ S, below: true, above: true, inverting: true });
  }
});
