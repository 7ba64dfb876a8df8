// The tests of the seed's §4.1 proof steps, S1 … S25 (one describe block per step, titled by its
// claim id): each claim's expected verdict at the quick budget, and what its counterexample must look
// like. One file for all steps: the claims are cheap, and a test file per step would pay the package's
// import once per step.
import { describe, expect, test } from "vitest";
import { exactNorm1, exactNorm2Squared, Rational, leq, TOL } from "signcheck";
import { claimTest, auditClaim, TEST_SEED } from "signcheck/vitest";
import type { AdaptiveMdsInstance } from "./adaptiveMds.ts";
import { proof41S1 } from "./proof41-s1.ts";
import { proof41S10 } from "./proof41-s10.ts";
import { proof41S11, proof41S11Constant, type StepLengthInstance } from "./proof41-s11.ts";
import { proof41S12, proof41S12Corrected, proof41S12L0Term, proof41S12L1Term, type CapStepInstance } from "./proof41-s12.ts";
import { proof41S13 } from "./proof41-s13.ts";
import { proof41S14 } from "./proof41-s14.ts";
import { proof41S15, proof41S15PostHocLambda } from "./proof41-s15.ts";
import { proof41S16, proof41S16AsGe, identity3Sides } from "./proof41-s16.ts";
import { proof41S17 } from "./proof41-s17.ts";
import { proof41S18 } from "./proof41-s18.ts";
import { proof41S19, proof41S19Corrected, proof41S19MergesValid } from "./proof41-s19.ts";
import { proof41S2, proof41S2AsLe } from "./proof41-s2.ts";
import { proof41S20, type PlugInInstance } from "./proof41-s20.ts";
import { proof41S21 } from "./proof41-s21.ts";
import { proof41S22, proof41S22CitedLemma, type BatchInstance } from "./proof41-s22.ts";
import { proof41S23, proof41S23FirstTerm } from "./proof41-s23.ts";
import { proof41S24 } from "./proof41-s24.ts";
import { proof41S25, type Regime2Instance } from "./proof41-s25.ts";
import { proof41S3 } from "./proof41-s3.ts";
import { proof41S4 } from "./proof41-s4.ts";
import { mdsClaim, proof41S5 } from "./proof41-s5.ts";
import { proof41S6 } from "./proof41-s6.ts";
import { proof41S7, proof41S7MdsClass } from "./proof41-s7.ts";
import { proof41S8 } from "./proof41-s8.ts";
import { proof41S9 } from "./proof41-s9.ts";
import type { GradientNoiseInstance } from "./proof41Noise.ts";

describe("seed/proof41-s1", () => {
  claimTest(proof41S1);
});

describe("seed/proof41-s2", () => {
  claimTest(proof41S2);
  claimTest(proof41S2AsLe);

  test('the counterexample of the "=" has a zero coordinate in g (the step leaves it alone)', () => {
    const r = auditClaim(proof41S2, { seed: TEST_SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as { g: number[] };
    expect(ce.g.some((v) => v === 0)).toBe(true);
  });
});

describe("seed/proof41-s3", () => {
  claimTest(proof41S3);

  test.each([1, 2, 3])("is violated from root seed %i, on a vector whose magnitudes differ (checked exactly)", (seed) => {
    const r = auditClaim(proof41S3, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const v = Float64Array.from((r.evidence.counterexample!.instance as { v: number[] }).v);
    // exactly: d·‖v‖₂² > ‖v‖₁² (the squared comparison of d‖v‖₂ and √d‖v‖₁, divided by d)
    const n1 = exactNorm1(v);
    expect(Rational.int(v.length).mul(exactNorm2Squared(v)).cmp(n1.mul(n1))).toBe(1);
  });

  test("equal magnitudes are the equality case, not a violation", () => {
    const v = Float64Array.of(0.3, -0.3, 0.3);
    const { lhs, rhs } = proof41S3.check({ v });
    expect(lhs).toBeLessThanOrEqual(rhs);
  });
});

describe("seed/proof41-s4", () => {
  claimTest(proof41S4);
});

describe("seed/proof41-s5", () => {
  claimTest(proof41S5);

  test("the test has power: ψ_k shifted by 1 (a drift of 1 per step) is refuted", () => {
    expect(auditClaim(mdsClaim(1), { seed: TEST_SEED, budget: "quick" })).toHaveVerdict("violated");
  });
});

describe("seed/proof41-s6", () => {
  claimTest(proof41S6);
});

describe("seed/proof41-s7", () => {
  claimTest(proof41S7);
  claimTest(proof41S7MdsClass);
});

describe("seed/proof41-s8", () => {
  claimTest(proof41S8);
});

describe("seed/proof41-s9", () => {
  claimTest(proof41S9);
});

describe("seed/proof41-s10", () => {
  claimTest(proof41S10);
});

describe("seed/proof41-s11", () => {
  claimTest(proof41S11);
  claimTest(proof41S11Constant);

  test("the counterexample has decreasing stepsizes", () => {
    const r = auditClaim(proof41S11, { seed: TEST_SEED, budget: "quick" });
    const ce = r.evidence.counterexample!.instance as StepLengthInstance;
    expect(ce.gamma).toBeLessThan(ce.gammaPrev);
  });
});

describe("seed/proof41-s12", () => {
  claimTest(proof41S12);
  claimTest(proof41S12L1Term);
  claimTest(proof41S12L0Term);
  claimTest(proof41S12Corrected);

  test.each([1, 2, 3])("root seed %i: the L1-term counterexample sits at the cap (θ·e^{θ·a_max} > 1), the L0-term one at δ near 1", (seed) => {
    const l1 = auditClaim(proof41S12L1Term, { seed, budget: "quick" });
    expect(l1).toHaveVerdict("violated");
    const c1 = l1.evidence.counterexample!.instance as CapStepInstance;
    // at γ = θ·γ_max the L1 term is θ·e^{θ·a_max}·G/(48dℓ), a_max = 1/(48dℓ): above G/(48dℓ) only within a_max of the cap
    const aMax = 1 / (48 * c1.d * -Math.log(c1.delta));
    expect(c1.theta * Math.exp(c1.theta * aMax)).toBeGreaterThan(1);
    const l0 = auditClaim(proof41S12L0Term, { seed, budget: "quick" });
    expect(l0).toHaveVerdict("violated");
    const c0 = l0.evidence.counterexample!.instance as CapStepInstance;
    // e^{L1√dγ} > 2 needs 1/(48·d·ℓ) > ln 2 at the cap
    expect(1 / (48 * c0.d * -Math.log(c0.delta))).toBeGreaterThan(Math.LN2);
  });
});

describe("seed/proof41-s13", () => {
  claimTest(proof41S13);
});

describe("seed/proof41-s14", () => {
  claimTest(proof41S14);
});

describe("seed/proof41-s15", () => {
  claimTest(proof41S15);
  claimTest(proof41S15PostHocLambda);

  test.each([1, 2, 3])("root seed %i: the post-hoc counterexample uses adaptive scales (growth or freezing)", (seed) => {
    const r = auditClaim(proof41S15PostHocLambda, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const ce = r.evidence.counterexample!.instance as AdaptiveMdsInstance;
    expect(ce.growth > 1 || ce.rho < 1).toBe(true);
  });
});

describe("seed/proof41-s16", () => {
  claimTest(proof41S16);
  claimTest(proof41S16AsGe);

  test.each([1, 2, 3])("root seed %i: the counterexample is noise with atoms and a gradient on one, the gap exactly Σ|∇f_i|P(g_i = 0) > 0", (seed) => {
    const r = auditClaim(proof41S16, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const raw = r.evidence.counterexample!.instance as GradientNoiseInstance & { v: number[] };
    const ce = { ...raw, v: Float64Array.from(raw.v) };
    expect(["twoPoint", "lattice"]).toContain(ce.noise.law);
    const { expectation, printed } = identity3Sides(ce);
    expect(expectation.cmp(printed)).toBe(1);
  });
});

describe("seed/proof41-s17", () => {
  claimTest(proof41S17);
});

describe("seed/proof41-s18", () => {
  claimTest(proof41S18);
});

describe("seed/proof41-s19", () => {
  claimTest(proof41S19);
  claimTest(proof41S19MergesValid);
  claimTest(proof41S19Corrected);

  test.each([1, 2, 3])("root seed %i: where the merges are valid, violated by a factor of at most 2 (the coefficient ⅛ against ¼)", (seed) => {
    const r = auditClaim(proof41S19MergesValid, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.worstCounterexample!.detail as { lhs: number; rhs: number };
    expect(lhs / rhs).toBeGreaterThan(1);
    expect(lhs / rhs).toBeLessThanOrEqual(2);
  });

  test.each([1, 2, 3])("root seed %i: violated over every δ (with δ near 1 the ℓ-free terms of the chain dominate: E3 as well)", (seed) => {
    const r = auditClaim(proof41S19, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs / rhs).toBeGreaterThan(1);
  });
});

describe("seed/proof41-s20", () => {
  claimTest(proof41S20);

  test.each([1, 2, 3])("root seed %i: the counterexample has log(1/δ) < 1/(12√d)", (seed) => {
    const r = auditClaim(proof41S20, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { d, delta } = r.evidence.counterexample!.instance as PlugInInstance;
    expect(-Math.log(delta)).toBeLessThan(1 / (12 * Math.sqrt(d)));
  });
});

describe("seed/proof41-s21", () => {
  claimTest(proof41S21);
});

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

describe("seed/proof41-s23", () => {
  claimTest(proof41S23);
  claimTest(proof41S23FirstTerm);

  test.each([1, 2, 3])("root seed %i: the bound at the prescription exceeds ε", (seed) => {
    const r = auditClaim(proof41S23, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const { lhs, rhs } = r.evidence.counterexample!.detail as { lhs: number; rhs: number };
    expect(lhs).toBeGreaterThan(rhs);
  });
});

describe("seed/proof41-s24", () => {
  claimTest(proof41S24);
});

describe("seed/proof41-s25", () => {
  claimTest(proof41S25);

  test.each([1, 2, 3])("root seed %i: the counterexample lies above 5/6 of the threshold", (seed) => {
    const r = auditClaim(proof41S25, { seed, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect((r.evidence.counterexample!.instance as Regime2Instance).r).toBeGreaterThan(5 / 6);
  });
});
