// The holding claims of the seed audit have power: each, with its bound made slightly stronger than
// true — the right side rhs replaced by rhs − (1 − c)·|rhs| for a factor c just below its tightness —
// is found violated at the quick budget, from the whole hypothesis class. c is 0.99 where the claim is
// attained (an identity or an equality case the generator reaches), and just below the known constant
// where it is loose by design (S18: ½; S21: 5/12; the completion's ½-form of its 1/(4L1d) step).
import { describe, expect, test } from "vitest";
import { auditClaim, defineClaim, type InequalityClaim } from "signcheck";
import "signcheck/vitest";
import { proof41S1 } from "./proof41-s1.ts";
import { proof41S2AsLe } from "./proof41-s2.ts";
import { proof41S4 } from "./proof41-s4.ts";
import { proof41S6 } from "./proof41-s6.ts";
import { proof41S8 } from "./proof41-s8.ts";
import { proof41S9 } from "./proof41-s9.ts";
import { proof41S10 } from "./proof41-s10.ts";
import { proof41S11Constant } from "./proof41-s11.ts";
import { proof41S12Corrected } from "./proof41-s12.ts";
import { proof41S13 } from "./proof41-s13.ts";
import { proof41S14 } from "./proof41-s14.ts";
import { proof41S16AsGe } from "./proof41-s16.ts";
import { proof41S17 } from "./proof41-s17.ts";
import { proof41S18 } from "./proof41-s18.ts";
import { proof41S19Corrected } from "./proof41-s19.ts";
import { proof41S21 } from "./proof41-s21.ts";
import { proof41S22 } from "./proof41-s22.ts";
import { proof41S23FirstTerm } from "./proof41-s23.ts";
import { proof41S24 } from "./proof41-s24.ts";
import { batchingConstant1Symmetric } from "./batching-constant-1.ts";
import { quarterCapAsUsed } from "../seedfinal/quarter-cap.ts";
import { signUpdateStepLemmaCorrected } from "../seedfinal/sign-update-step-lemma.ts";

function tightened<I>(claim: InequalityClaim<I>, c: number, instances?: number): InequalityClaim<I> {
  return defineClaim<InequalityClaim<I>>({
    ...claim,
    ...(instances ? { budgets: { ...claim.budgets, quick: { ...claim.budgets?.quick, instances } } } : {}),
    id: `${claim.id}-tightened`,
    title: `${claim.title} — right side × ${c} (a false variant)`,
    check: (i) => {
      const { lhs, rhs } = claim.check(i);
      return { lhs, rhs: rhs - (1 - c) * Math.abs(rhs) };
    },
    expected: { verdict: "violated", reason: `the claim is attained (or tight to ${c}) on its hypothesis class` },
  });
}

/** [claim, factor c, quick instances (when the tight region is thin, the search needs more draws)]. */
const cases: [InequalityClaim<any>, number, number?][] = [
  [proof41S1, 0.95],
  [proof41S2AsLe, 0.99],
  [proof41S4, 0.99],
  [proof41S6, 0.99],
  [proof41S8, 0.99],
  [proof41S9, 0.99],
  [proof41S10, 0.95],
  [proof41S11Constant, 0.99],
  [proof41S12Corrected, 0.99],
  [proof41S13, 0.99],
  [proof41S14, 0.99],
  [proof41S16AsGe, 0.99],
  [proof41S17, 0.99],
  [proof41S18, 0.49],
  [proof41S19Corrected, 0.99],
  [proof41S21, 0.41],
  [proof41S22, 0.99],
  [proof41S23FirstTerm, 0.99],
  // Tight only where both ceilings are nearly exact: large X = 384Δ₁L1ℓd^{3/2}/ε and a large batch.
  [proof41S24, 0.95, 3000],
  [batchingConstant1Symmetric, 0.99],
  [quarterCapAsUsed, 0.64],
  [signUpdateStepLemmaCorrected, 0.95],
];

describe("tightened variants of the seed audit's holding claims", () => {
  test.each(cases.map(([c, f, n]) => [c.id, f, c, n] as const))("%s with its right side × %f is violated", (_, factor, claim, instances) => {
    expect(auditClaim(tightened(claim, factor, instances), { seed: 1, budget: "quick" })).toHaveVerdict("violated");
  });
});
