import { describe, expect, test } from "vitest";
import { claimTest } from "signcheck/vitest";
import { clopperPearson, streamFor } from "signcheck";
import {
  adversariesAlwaysWrong, adversariesBlind, alwaysWrongThreshold, honestError, voteErrorExact, voteWrongBySimulation, type AdversaryInstance,
} from "./adversaries.ts";

describe("bernstein19/adversaries-blind", () => {
  claimTest(adversariesBlind);
});

describe("bernstein19/adversaries-always-wrong", () => {
  claimTest(adversariesAlwaysWrong);

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
});

describe("bernstein19/adversaries: the majorityVote optimizer realises the exact law", () => {
  test.each<AdversaryInstance>([
    { S: 0.5, M: 25, alpha: 0.2, model: "invert" },
    { S: 0.3, M: 9, alpha: 0.4, model: "random" },
    { S: 0.5, M: 25, alpha: 0.3, model: "wrong" },
    { S: 1, M: 4, alpha: 0, model: "invert" },
  ])("bernstein19/adversaries: simulated vote error ∈ 99.9% Clopper–Pearson interval around the exact value (%o)", (i) => {
    const N = 4000;
    let wrong = 0;
    for (let t = 0; t < N; t++) if (voteWrongBySimulation(i, streamFor({ seed: 1, claim: "bernstein19/adversaries", instance: JSON.stringify(i), trial: t }))) wrong++;
    const ci = clopperPearson(wrong, N, 1e-3);
    const exact = voteErrorExact(i);
    expect(ci.lo <= exact && exact <= ci.hi, `${wrong}/${N} vs exact ${exact}, interval [${ci.lo}, ${ci.hi}]`).toBe(true);
  });
});
