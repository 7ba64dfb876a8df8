// The seed's and the completion's formulas (src/theory): one formula, two arithmetics; the stated
// relations between the bounds; the tuning's budgets; typed errors on bad input.
import { describe, expect, test } from "vitest";
import { test as ftest } from "@fast-check/vitest";
import {
  arb,
  completionStepCap,
  correctedMinibatchTuning,
  CORRECTED_BOUND_DELTA_MAX,
  fc,
  INTERVAL,
  iv,
  seedMinibatchTuning,
  seedMinibatchTuningIn,
  signSgdHpBound,
  signSgdHpBoundTerms,
  signSgdHpChainBound,
  signSgdHpCorrectedBound,
  signSgdStepCap,
  signSgdStepCapIn,
  TOL,
  leq,
  type SignSgdHpParams,
} from "signcheck";

const params: fc.Arbitrary<SignSgdHpParams> = fc.record({
  Delta1: arb.logUniform(1e-3, 1e3),
  T: arb.iterations({ min: 1, max: 1e5 }),
  gamma: arb.logUniform(1e-6, 1),
  L0: arb.logUniform(1e-3, 1e3),
  d: arb.dimension({ min: 1, max: 100 }),
  delta: arb.delta(),
  sigma1: arb.logUniform(1e-3, 1e3),
  grad1Norm1: arb.logUniform(1e-3, 1e3),
});

describe("theory/signSgdHpBound", () => {
  ftest.prop([params])("the float bound lies in the interval evaluation of the same formula", (p) => {
    const enclosure = signSgdHpBoundTerms(INTERVAL, {
      Delta1: iv(p.Delta1),
      T: iv(p.T),
      gamma: iv(p.gamma),
      L0: iv(p.L0),
      d: iv(p.d),
      ell: iv(p.delta).log().neg(),
      sigma1: iv(p.sigma1),
      grad1Norm1: iv(p.grad1Norm1),
    }).total;
    const v = signSgdHpBound(p);
    // The float evaluation rounds at every operation; the enclosure holds the exact value.
    expect(enclosure.lo <= v * (1 + TOL.claim.rtol) && v * (1 - TOL.claim.rtol) <= enclosure.hi).toBe(true);
  });

  ftest.prop([fc.record({ L1: arb.logUniform(1e-3, 1e3), d: arb.dimension({ min: 1, max: 1000 }), delta: arb.delta() })])(
    "the cap: float and interval agree, and L1·d·γ_max = 1/(48√d·log(1/δ))",
    ({ L1, d, delta }) => {
      const cap = signSgdStepCap(L1, d, delta);
      const enclosure = signSgdStepCapIn(INTERVAL, iv(L1), iv(d), iv(delta).log().neg());
      expect(enclosure.lo <= cap * (1 + TOL.exact.rtol) && cap * (1 - TOL.exact.rtol) <= enclosure.hi).toBe(true);
      expect(leq(L1 * d * cap, 1 / (48 * Math.sqrt(d) * Math.log(1 / delta)), TOL.claim)).toBe(true);
    },
  );
});

describe("theory/signSgdHpChainBound and signSgdHpCorrectedBound", () => {
  ftest.prop([params.map((p) => ({ ...p, delta: Math.min(p.delta, CORRECTED_BOUND_DELTA_MAX) }))])(
    "for δ ≤ e^{−1/8} the corrected bound is at least the chain's (its merges are valid there)",
    (p) => {
      expect(leq(signSgdHpChainBound(p), signSgdHpCorrectedBound(p), TOL.claim)).toBe(true);
    },
  );

  test("the chain's optimisation and noise terms are twice the printed ones (coefficient ⅛ against ¼)", () => {
    const base = { T: 10, gamma: 0.1, L0: 0, d: 1, delta: 0.5, grad1Norm1: 0 };
    expect(signSgdHpChainBound({ ...base, Delta1: 1, sigma1: 0 })).toBe(2 * signSgdHpBound({ ...base, Delta1: 1, sigma1: 0 }));
    expect(signSgdHpChainBound({ ...base, Delta1: 0, sigma1: 1 })).toBe(2 * signSgdHpBound({ ...base, Delta1: 0, sigma1: 1 }));
  });

  test("bad input is a typed error naming the parameter", () => {
    const p = { Delta1: 1, T: 10, gamma: 0.1, L0: 1, d: 2, delta: 0.5, sigma1: 1, grad1Norm1: 1 };
    expect(() => signSgdHpChainBound({ ...p, T: 0 })).toThrow(/T = 0 is not accepted/);
    expect(() => signSgdHpCorrectedBound({ ...p, delta: 0.95 })).toThrow(/delta = 0.95 is not accepted: expected δ ≤ e\^\{−1\/8\}/);
    expect(() => completionStepCap(0, 3)).toThrow(/L1 = 0 is not accepted/);
  });
});

describe("theory/seedMinibatchTuning", () => {
  const tuningParams = fc.record({
    L0: arb.logUniform(1e-2, 1e2),
    L1: arb.logUniform(1e-2, 1e2),
    d: arb.dimension({ min: 1, max: 100 }),
    Delta1: arb.logUniform(1e-2, 1e2),
    sigma1: arb.logUniform(1e-3, 1e2),
    kappa: fc.integer({ min: 100, max: 1000 }).map((j) => 1 + j / 1000),
    epsilon: arb.logUniform(1e-2, 1e2),
    delta: arb.delta({ min: 1e-3, max: 0.3 }),
  });

  ftest.prop([tuningParams])("the regime follows ε against 8L0/(L1√d); B is an integer ≥ 1; each regime meets its own first budget", (p) => {
    const t = seedMinibatchTuning(p);
    expect(t.regime).toBe(p.epsilon >= (8 * p.L0) / (p.L1 * Math.sqrt(p.d)) ? "L1" : "L0");
    expect(Number.isInteger(t.B) && t.B >= 1 && t.B >= t.Breal).toBe(true);
    const ell = Math.log(1 / p.delta);
    const first = (4 * p.Delta1) / (t.T * t.gamma);
    if (t.regime === "L1") expect(leq(first, p.epsilon / 2, TOL.claim)).toBe(true);
    else expect(leq(first + 80 * p.L0 * p.d * t.gamma * ell, p.epsilon / 2, TOL.claim)).toBe(true);
    // the same prescription in intervals contains the float one
    const I = seedMinibatchTuningIn(
      INTERVAL,
      {
        L0: iv(p.L0),
        L1: iv(p.L1),
        d: iv(p.d),
        Delta1: iv(p.Delta1),
        sigma1: iv(p.sigma1),
        kappa: iv(p.kappa),
        epsilon: iv(p.epsilon),
        c: iv(1),
        ell: iv(p.delta).log().neg(),
      },
      t.regime,
    );
    expect(I.T.contains(t.T) && I.B.contains(t.B)).toBe(true);
  });

  test("bad input is a typed error naming the parameter", () => {
    const p = { L0: 1, L1: 1, d: 4, Delta1: 1, sigma1: 1, kappa: 1.5, epsilon: 1, delta: 0.1 };
    expect(() => seedMinibatchTuning({ ...p, kappa: 1 })).toThrow(/kappa = 1 is not accepted/);
    expect(() => seedMinibatchTuning({ ...p, epsilon: 0 })).toThrow(/epsilon = 0 is not accepted/);
    expect(() => seedMinibatchTuning({ ...p, c: 0.5 })).toThrow(/c = 0.5 is not accepted/);
    expect(() => seedMinibatchTuning({ ...p, Delta1: 0, epsilon: 0.1 })).toThrow(/Delta1 = 0 is not accepted/);
  });
});

describe("theory/correctedMinibatchTuning", () => {
  const tuningParams = fc.record({
    L0: arb.logUniform(1e-2, 1e2),
    L1: arb.logUniform(1e-2, 1e2),
    d: arb.dimension({ min: 1, max: 100 }),
    Delta1: arb.logUniform(1e-2, 1e2),
    sigma1: fc.oneof(fc.constant(0), arb.logUniform(1e-3, 1e2)),
    kappa: fc.integer({ min: 100, max: 1000 }).map((j) => 1 + j / 1000),
    epsilon: arb.logUniform(1e-2, 1e2),
    grad1Norm1: arb.logUniform(1e-3, 1e3),
    delta: arb.delta({ min: 1e-3, max: CORRECTED_BOUND_DELTA_MAX }),
  });

  ftest.prop([tuningParams])(
    "each regime: the corrected bound at the prescription, with the batched noise 2‖σ⃗‖₁B^{1/κ−1}, is ≤ ε; γ stays under the cap; B is an integer ≥ 1",
    (p) => {
      const t = correctedMinibatchTuning(p);
      expect(t.regime).toBe(p.epsilon >= (40 * p.L0) / (3 * p.L1 * Math.sqrt(p.d)) ? "L1" : "L0");
      expect(Number.isInteger(t.B) && t.B >= 1 && t.B >= t.Breal).toBe(true);
      expect(leq(t.gamma, signSgdStepCap(p.L1, p.d, p.delta), TOL.claim)).toBe(true);
      // The batching lemma with constant 2: ‖σ⃗_B‖₁ ≤ 2‖σ⃗‖₁B^{1/κ−1}; the bound's four terms, each ≤ ε/4 (E8 corrected).
      const sigmaB = 2 * p.sigma1 * t.B ** (1 / p.kappa - 1);
      const bound = signSgdHpCorrectedBound({
        Delta1: p.Delta1,
        T: t.T,
        gamma: t.gamma,
        L0: p.L0,
        d: p.d,
        delta: p.delta,
        sigma1: sigmaB,
        grad1Norm1: p.grad1Norm1,
      });
      expect(leq(bound, p.epsilon, TOL.claim), `bound ${bound} > ε ${p.epsilon}`).toBe(true);
    },
  );

  test("the seed's prescription, under the same corrected bound, overruns ε (E8), where the corrected one does not", () => {
    const p = { L0: 1, L1: 1, d: 4, Delta1: 1, sigma1: 0.1, kappa: 1.5, epsilon: 1, delta: 0.1, grad1Norm1: 1 };
    const seedT = seedMinibatchTuning(p);
    const corr = correctedMinibatchTuning(p);
    const at = (t: { T: number; gamma: number; B: number }) =>
      signSgdHpCorrectedBound({
        Delta1: p.Delta1,
        T: t.T,
        gamma: t.gamma,
        L0: p.L0,
        d: p.d,
        delta: p.delta,
        sigma1: 2 * p.sigma1 * t.B ** (1 / p.kappa - 1),
        grad1Norm1: p.grad1Norm1,
      });
    expect(at(seedT)).toBeGreaterThan(p.epsilon);
    expect(at(corr)).toBeLessThanOrEqual(p.epsilon);
  });

  test("bad input is a typed error naming the parameter", () => {
    const p = { L0: 1, L1: 1, d: 4, Delta1: 1, sigma1: 1, kappa: 1.5, epsilon: 1, delta: 0.1, grad1Norm1: 1 };
    expect(() => correctedMinibatchTuning({ ...p, kappa: 1 })).toThrow(/kappa = 1 is not accepted/);
    expect(() => correctedMinibatchTuning({ ...p, delta: 0.95 })).toThrow(/delta = 0.95 is not accepted/);
    expect(() => correctedMinibatchTuning({ ...p, grad1Norm1: -1 })).toThrow(/grad1Norm1 = -1 is not accepted/);
  });
});
