/**
 * Each method's laws (issue 5, item 5), run against the real methods: they hold. The same law
 * functions (signcheck/laws) are run against planted broken variants in theorems/gating.test.ts.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  Stream,
  TOL,
  arb,
  chainOptimizer,
  compressors,
  efSignSgd,
  majorityVote,
  mSgd,
  mSignSgd,
  norm1,
  norm2,
  normalQuantile,
  sgd,
  signSgd,
  gradientOracle,
  transforms,
  type ChainState,
  type GradientOracle,
} from "signcheck";
import { batchMeanLaw, rescalingLaw, sameTrajectoryLaw, signStepLaw, virtualIterateLaw } from "signcheck/laws";

const gammaOnly = (gamma: number) => ({ gamma });
/** SignSGD composed from the transforms: not a method of the library (signSgd.ts is its one implementation), the check that the transforms compose to it. */
const signSgdChain = chainOptimizer<{ gamma: number }>("chain(sign, scaleBy)", (p) => [transforms.sign(), transforms.scaleBy(p.gamma)]);

describe("sign steps", () => {
  test.each([
    ["signSgd", signSgd, gammaOnly],
    ["chain(sign, scaleBy)", signSgdChain, gammaOnly],
    ["mSignSgd(β=0)", mSignSgd, (gamma: number) => ({ gamma, beta: 0 })],
    ["majorityVote(M=1)", majorityVote, (gamma: number) => ({ gamma, M: 1 })],
    ["majorityVote(M=4)", majorityVote, (gamma: number) => ({ gamma, M: 4 })],
  ] as const)("%s moves every coordinate by exactly γ (0 where the sign is 0), ‖Δx‖₂ ≤ √d·γ", (_n, opt, params) => {
    expect(signStepLaw(opt, params).failed).toBe(false);
  });

  test.each([
    ["signSgd", signSgd, gammaOnly],
    ["mSignSgd(β=0.7)", mSignSgd, (gamma: number) => ({ gamma, beta: 0.7 })],
    ["majorityVote(M=5)", majorityVote, (gamma: number) => ({ gamma, M: 5 })],
  ] as const)("%s: positive rescaling of the gradient does not change the trajectory", (_n, opt, params) => {
    expect(rescalingLaw(opt, params).failed).toBe(false);
  });

  test("majority vote with M = 1 is SignSGD, bit for bit", () => {
    expect(sameTrajectoryLaw(majorityVote, (gamma) => ({ gamma, M: 1 }), signSgd, gammaOnly).failed).toBe(false);
  });
  test("M-SignSGD with β = 0 is SignSGD, bit for bit", () => {
    expect(sameTrajectoryLaw(mSignSgd, (gamma) => ({ gamma, beta: 0 }), signSgd, gammaOnly).failed).toBe(false);
  });
  test("M-SGD with β = 0 is SGD, bit for bit", () => {
    expect(sameTrajectoryLaw(mSgd, (gamma) => ({ gamma, beta: 0 }), sgd, gammaOnly).failed).toBe(false);
  });
  test("chain(sign, scaleBy(γ)) is the hand-written SignSGD, bit for bit", () => {
    expect(sameTrajectoryLaw(signSgdChain, gammaOnly, signSgd, gammaOnly).failed).toBe(false);
  });
});

describe("error feedback", () => {
  const memory = (s: object) => compressors.errorMemory(s as ChainState);
  test("EF-SignSGD: the virtual iterate x − e follows SGD", () => {
    expect(virtualIterateLaw(efSignSgd, memory).failed).toBe(false);
  });

  test("errorMemory names the error memory: e¹ = γg − C(γg) after one step from e⁰ = 0; a state without EF is refused", () => {
    const constant: GradientOracle = { fn: undefined as never, dim: 2, batch: 1, calls: 0, sample: (_x, _s, out) => (out.set([3, -1]), out) };
    const state = efSignSgd.init(Float64Array.of(0, 0), { gamma: 0.5 }, new Stream("errorMemory"));
    expect(Array.from(memory(state))).toEqual([0, 0]);
    efSignSgd.step(state, constant);
    // p = γg = (1.5, −0.5); C(p) = (‖p‖₁/d)·sign(p) = (1, −1); e = p − C(p) = (0.5, 0.5).
    expect(Array.from(memory(state))).toEqual([0.5, 0.5]);
    expect(() => compressors.errorMemory(signSgd.init(Float64Array.of(0, 0), { gamma: 0.5 }, new Stream("errorMemory")))).toThrow(/state .*errorFeedback/);
  });

  // With sign(0) = 0 the identity needs every p_i ≠ 0; in general ‖C(p) − p‖² = ‖p‖² − (2 − nnz/d)·‖p‖₁²/d,
  // which is the stated form when nnz = d (checked on both kinds of p: zeros are drawn often).
  test("scaled sign: ‖C(p) − p‖² = ‖p‖² − ‖p‖₁²/d (p without zeros; nnz-corrected with zeros)", () => {
    fc.assert(
      // Entries below 1e-100 are flushed to 0 so that squares do not underflow (the identity is exact in reals).
      fc.property(
        arb
          .dimension({ min: 1, max: 30 })
          .chain((d) => arb.startingPoint(d, 100))
          .map((p) => p.map((v) => (Math.abs(v) < 1e-100 ? 0 : v))),
        (p) => {
          const C = compressors.scaledSign();
          const c = Float64Array.from(p);
          C.update(c, null, { x: p, k: 1, stream: new Stream("c") });
          let lhs = 0;
          for (let i = 0; i < p.length; i++) lhs += (c[i] - p[i]) ** 2;
          const n2 = norm2(p) ** 2;
          const nnz = p.filter((v) => v !== 0).length;
          const rhs = n2 - (2 - nnz / p.length) * (norm1(p) ** 2 / p.length);
          // Both sides are sums of d squares of size ≤ ‖p‖²: compare relative to ‖p‖₂².
          return Math.abs(lhs - rhs) <= TOL.exact.rtol * p.length * n2;
        },
      ),
    );
  });
});

describe("QSGD", () => {
  /** Family-wise level of the unbiasedness test (Bonferroni over the d coordinates of every case). */
  const ALPHA = 1e-3;
  test("is unbiased: every coordinate's mean over N draws is within its z-interval at family-wise level 1e-3", () => {
    const cases = [
      { v: [3, -1, 0.5, 0, 2], s: 1 },
      { v: [0.1, -0.2, 0.3, -0.4], s: 4 },
      { v: [10, 1e-3, -5, 7, -2, 0.25], s: 16 },
    ];
    const N = 20_000;
    const dTotal = cases.reduce((a, c) => a + c.v.length, 0);
    const z = normalQuantile(1 - ALPHA / (2 * dTotal));
    for (const { v, s } of cases) {
      const vec = Float64Array.from(v);
      const n = norm2(vec);
      const Q = compressors.qsgd(s);
      const sum = new Float64Array(v.length);
      const u = new Float64Array(v.length);
      const state = { x: vec, k: 1, stream: new Stream(`qsgd-${s}`) };
      for (let t = 0; t < N; t++) {
        u.set(vec);
        Q.update(u, null, state);
        for (let i = 0; i < v.length; i++) sum[i] += u[i];
      }
      for (let i = 0; i < v.length; i++) {
        // Q_i = (n/s)·(ℓ + Bernoulli(q)) with q = r − ℓ: Var = (n/s)²·q(1 − q).
        const r = (Math.abs(v[i]) / n) * s;
        const q = r - Math.floor(r);
        const sd = (n / s) * Math.sqrt(q * (1 - q));
        expect(Math.abs(sum[i] / N - v[i])).toBeLessThanOrEqual(z * (sd / Math.sqrt(N)) + TOL.exact.rtol * Math.abs(v[i]));
      }
    }
  });
});

describe("oracles", () => {
  test("a batch-B oracle returns ∇f plus the mean of its B draws, and counts B calls", () => {
    expect(batchMeanLaw(gradientOracle).failed).toBe(false);
  });
});
