/**
 * Communication: sign vectors really packed into 32-bit words (round trip), majority vote on packed
 * words equal bit for bit to the unpacked reference, and every method's bit counts equal to the
 * formulas of communication.ts (d per sign message, 2d with a zero, M·d uplink for majority vote, 32d
 * for SGD, 32 + d for the scaled sign, 32 + d(1 + ⌈log₂(s+1)⌉) for QSGD, k(32 + ⌈log₂ d⌉) for top-k).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  OPTIMIZERS,
  Stream,
  ceilLog2,
  coshSum,
  gaussian,
  gradientOracle,
  majorityPacked,
  majorityUnpacked,
  majorityVote,
  packSigns,
  qsgdBits,
  runTrajectory,
  signMessageBits,
  signSgd,
  sparseBits,
  unpackSigns,
  wordsFor,
  counterBits,
  workerOracles,
  totalCalls,
} from "signcheck/internal";

const signVec = (d: number) => fc.array(fc.constantFrom(-1, 0, 1), { minLength: d, maxLength: d }).map((a) => Float64Array.from(a));

describe("packed signs", () => {
  test("pack then unpack is the identity on {−1, 0, 1}^d, and reports zeros", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }).chain(signVec), (s) => {
        const W = wordsFor(s.length);
        const pos = new Uint32Array(W + 2);
        const neg = new Uint32Array(W + 2);
        const hasZero = packSigns(s, pos, neg, 1);
        const back = unpackSigns(pos, neg, new Float64Array(s.length), 1);
        return back.every((v, i) => Object.is(v, s[i])) && hasZero === s.includes(0);
      }),
    );
  });

  test("majority vote on packed words equals the unpacked reference bit for bit", () => {
    fc.assert(
      fc.property(
        fc
          .record({ d: fc.integer({ min: 1, max: 130 }), M: fc.integer({ min: 1, max: 40 }) })
          .chain(({ d, M }) => fc.array(signVec(d), { minLength: M, maxLength: M })),
        (signs) => {
          const d = signs[0].length;
          const M = signs.length;
          const W = wordsFor(d);
          const pos = new Uint32Array(M * W);
          const neg = new Uint32Array(M * W);
          signs.forEach((s, m) => packSigns(s, pos, neg, m * W));
          const vp = new Uint32Array(W);
          const vn = new Uint32Array(W);
          majorityPacked(pos, neg, M, W, new Uint32Array(2 * counterBits(M) * W), vp, vn);
          const packed = unpackSigns(vp, vn, new Float64Array(d));
          const plain = majorityUnpacked(signs, new Float64Array(d));
          const ref = new Uint32Array(W);
          const refN = new Uint32Array(W);
          packSigns(plain, ref, refN);
          return packed.every((v, i) => Object.is(v, plain[i])) && vp.every((w, i) => w === ref[i]) && vn.every((w, i) => w === refN[i]);
        },
      ),
    );
  });
});

describe("bit counts match the formulas", () => {
  const d = 10;
  const T = 7;
  const x0 = Float64Array.from({ length: d }, (_, i) => 0.3 * (i + 1));
  // Gaussian noise is continuous: no coordinate of g is 0 (a.s.), so sign messages are d bits.
  const oracle = (batch = 1) => gradientOracle({ fn: coshSum(d), noise: gaussian(), scale: 1, batch });
  const expected: Record<string, { up: number; down: number }> = {
    signSgd: { up: d, down: d },
    "minibatchSignSgd(B=4)": { up: d, down: d },
    mSignSgd: { up: d, down: d },
    mSgd: { up: 32 * d, down: 32 * d },
    "majorityVote(M=1)": { up: d, down: d },
    "majorityVote(M=5)": { up: 5 * d, down: d },
    efSignSgd: { up: 32 + d, down: 32 + d },
    sgd: { up: 32 * d, down: 32 * d },
    normalizedSgd: { up: 32 * d, down: 32 * d },
    clippedSgd: { up: 32 * d, down: 32 * d },
    l0l1Gd: { up: 32 * d, down: 32 * d },
    scaledSignSgd: { up: 32 + d, down: 32 + d },
    "qsgd(s=4)": { up: 32 + d * (1 + 3), down: 32 + d * (1 + 3) },
    "topK(k=2)": { up: 2 * (32 + 4), down: 2 * (32 + 4) },
    "randomK(k=2)": { up: 2 * (32 + 4), down: 2 * (32 + 4) },
  };
  test.each(OPTIMIZERS.filter((e) => !e.name.includes("α=")).map((e) => [e.name, e] as const))("%s", (name, e) => {
    const want = expected[name.replace("+EF", "")];
    expect(want, `no formula listed for ${name}`).toBeDefined();
    const stats = runTrajectory(e.optimizer, e.optimizer.init(x0, e.params(d), new Stream("bits")), oracle(e.batch), T);
    expect({ up: stats.bitsUp, down: stats.bitsDown }).toEqual({ up: T * want.up, down: T * want.down });
    const M = (e.params(d) as { M?: number }).M ?? 1;
    expect(stats.bitsUpPerWorkerPerIteration).toBe(want.up / M);
    expect(stats.oracleCalls).toBe(T * (e.batch ?? 1) * M);
  });

  test("formulas: ⌈log₂⌉ exactly, QSGD and sparse encodings, a sign message with a zero costs 2d", () => {
    expect([1, 2, 3, 4, 5, 8, 9, 1024, 1025].map(ceilLog2)).toEqual([0, 1, 2, 2, 3, 3, 4, 10, 11]);
    expect(qsgdBits(100, 1)).toBe(32 + 100 * 2);
    expect(qsgdBits(100, 255, 64)).toBe(64 + 100 * 9);
    expect(sparseBits(1000, 10)).toBe(10 * (32 + 10));
    expect([signMessageBits(33, false), signMessageBits(33, true)]).toEqual([33, 66]);
    // SignSGD whose gradient has an exact zero (x_i = 0 with no noise there) pays the second plane.
    const fn = coshSum(3);
    const o = gradientOracle({ fn, noise: gaussian(), scale: Float64Array.of(1, 0, 1) });
    const s = runTrajectory(signSgd, signSgd.init(Float64Array.of(1, 0, 1), { gamma: 1e-3 }, new Stream("z")), o, 1);
    expect(s.bitsUp).toBe(6);
  });

  test("M independent worker oracles: each serves one draw per step and counts its own calls", () => {
    const workers = workerOracles({ fn: coshSum(d), noise: gaussian(), scale: 1 }, 4);
    const state = majorityVote.init(x0, { gamma: 1e-2, M: 4, workers }, new Stream("w"));
    const stats = runTrajectory(majorityVote, state, oracle(), T);
    expect(workers.map((w) => w.calls)).toEqual([T, T, T, T]);
    expect(totalCalls(workers)).toBe(4 * T);
    expect(stats.oracleCalls).toBe(0); // the step's own oracle was not used
  });
});
