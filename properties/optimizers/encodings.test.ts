/**
 * The small pieces the methods are built from, pinned by value: word and counter sizes of the packed signs at
 * their boundaries (31/32/33, 2^j − 1/2^j workers), pack/unpack at an offset, the bit formulas with 64-bit
 * floats, schedules validated when built and when called, and each building block's typed error naming its
 * parameter (the registry's contract checks the methods' init; these are the transforms and compressors on
 * their own). The fused Monte-Carlo loop reports +∞ for a run that overflows.
 */
import { describe, expect, test } from "vitest";
import {
  DimensionError,
  Stream,
  ceilLog2,
  compressedSgd,
  compressors,
  efSignSgd,
  counterBits,
  denseBits,
  invSqrt,
  majorityUnpacked,
  majorityVote,
  packSigns,
  prescribed,
  qsgdBits,
  requireFloatBits,
  sgd,
  signMessageBits,
  signSgd,
  sparseBits,
  toSchedule,
  transforms,
  majorityPacked,
  unpackSigns,
  wordsFor,
  coshSum,
  requirePositive,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";
import { scriptedOracle } from "./scriptedOracle.ts";

describe("packed signs", () => {
  test("words and counter bits at their boundaries", () => {
    expect([0, 1, 31, 32, 33, 64, 65, 100].map(wordsFor)).toEqual([0, 1, 1, 1, 2, 2, 3, 4]);
    expect([1, 2, 3, 4, 7, 8, 255, 256].map(counterBits)).toEqual([1, 2, 2, 3, 3, 4, 8, 9]);
    expectInputError(() => wordsFor(-1), "d");
    expectInputError(() => counterBits(0), "M");
  });

  test("pack at an offset writes only its own words, reports zeros, and unpacks at the same offset", () => {
    const v = Float64Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? 0 : i % 2 ? 1 : -1));
    const pos = new Uint32Array(5).fill(0xdeadbeef);
    const neg = new Uint32Array(5).fill(0xdeadbeef);
    expect(packSigns(v, pos, neg, 2)).toBe(true);
    expect([pos[0], pos[1], pos[4], neg[0], neg[1], neg[4]]).toEqual(new Array(6).fill(0xdeadbeef));
    expect(Array.from(unpackSigns(pos, neg, new Float64Array(40), 2))).toEqual(Array.from(v));
    expect(packSigns(Float64Array.of(1, -2, 3), new Uint32Array(1), new Uint32Array(1))).toBe(false);
    // The last partial word holds only the d − 32 remaining coordinates: bits beyond d stay 0.
    const p2 = new Uint32Array(2);
    packSigns(new Float64Array(33).fill(1), p2, new Uint32Array(2));
    expect([p2[0], p2[1]]).toEqual([0xffffffff, 1]);
  });

  test("the unpacked reference refuses a message of the wrong length", () => {
    let thrown: unknown;
    try {
      majorityUnpacked([Float64Array.of(1, 1), Float64Array.of(1)], new Float64Array(2));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DimensionError);
    expect((thrown as DimensionError).parameter).toBe("signs[m]");
  });

  test("the packed vote reads only the M·W message words and writes only W vote words, whatever lies beyond", () => {
    // M = 3 messages of W = 2 words (d = 40), in buffers with a fourth, all-positive message after them, and
    // vote buffers one word longer than W: the vote is the three messages' and the extra words are left alone.
    const d = 40;
    const M = 3;
    const W = wordsFor(d);
    const msgs = [0, 1, 2].map((m) => Float64Array.from({ length: d }, (_, i) => ((i + m) % 3 === 0 ? -1 : (i * m) % 4 === 1 ? 0 : 1)));
    const pos = new Uint32Array((M + 1) * W).fill(0xffffffff);
    const neg = new Uint32Array((M + 1) * W);
    msgs.forEach((v, m) => packSigns(v, pos, neg, m * W));
    const outPos = new Uint32Array(W + 1).fill(0xabcd);
    const outNeg = new Uint32Array(W + 1).fill(0xabcd);
    majorityPacked(pos, neg, M, W, new Uint32Array(2 * counterBits(M) * W), outPos, outNeg);
    expect(Array.from(unpackSigns(outPos, outNeg, new Float64Array(d)))).toEqual(Array.from(majorityUnpacked(msgs, new Float64Array(d))));
    expect([outPos[W], outNeg[W]]).toEqual([0xabcd, 0xabcd]);
  });
});

describe("bit formulas", () => {
  test("dense, sign, QSGD and sparse messages with 32- and 64-bit floats", () => {
    expect([denseBits(10), denseBits(10, 64)]).toEqual([320, 640]);
    expect([signMessageBits(7, false), signMessageBits(7, true)]).toEqual([7, 14]);
    expect([qsgdBits(10, 3), qsgdBits(10, 4, 64)]).toEqual([32 + 10 * 3, 64 + 10 * 4]);
    expect([sparseBits(1000, 0), sparseBits(1000, 10, 64), sparseBits(1, 1)]).toEqual([0, 10 * (64 + 10), 32]);
    expect([ceilLog2(2 ** 31), ceilLog2(2 ** 31 - 1), ceilLog2(2 ** 30 + 1)]).toEqual([31, 31, 31]);
    expect(requireFloatBits(64)).toBe(64);
  });

  test("bad sizes are typed errors naming the parameter", () => {
    expectInputError(() => ceilLog2(0), "n");
    expectInputError(() => ceilLog2(2 ** 31 + 1), "n");
    expectInputError(() => qsgdBits(10, 0), "s");
    expectInputError(() => sparseBits(10, 11), "k");
    expectInputError(() => sparseBits(10, -1), "k");
    expectInputError(() => requireFloatBits(16), "floatBits");
  });
});

describe("schedules", () => {
  test("numbers are checked when the schedule is built, functions are passed through, anything else is refused", () => {
    expect(toSchedule("gamma", 0.5, requirePositive)(7)).toBe(0.5);
    const f = (k: number) => 1 / k;
    expect(toSchedule("gamma", f, requirePositive)).toBe(f);
    expectInputError(() => toSchedule("gamma", -1, requirePositive), "gamma");
    expectInputError(() => toSchedule("beta", "0.5" as unknown as number, requirePositive), "beta");
    expect(prescribed(() => f, {})).toBe(f);
    expect(invSqrt(2)(16)).toBe(0.5);
    expectInputError(() => invSqrt(-1), "gamma1");
  });

  test("a schedule value out of range is refused at the step that meets it, naming γ(k) or β(k)", () => {
    const oracle = scriptedOracle(coshSum(2), [[1, -1]]);
    // γ₃ = +∞, 0 (γ > 0, not ≥ 0: a step of size 0 would silently stop the run) and < 0, in each method's own check.
    for (const gamma3 of [Infinity, 0, -0.1]) {
      const bad = (k: number) => (k < 3 ? 0.1 : gamma3);
      for (const opt of [signSgd, sgd, majorityVote] as const) {
        const state = (opt as typeof sgd).init(Float64Array.of(1, 1), { gamma: bad, M: 2 } as never, new Stream("s"));
        opt.step(state as never, oracle);
        opt.step(state as never, oracle);
        expectInputError(() => opt.step(state as never, oracle), "gamma(3)", gamma3);
      }
    }
    const m = transforms.momentum((k) => (k === 1 ? 0.5 : -0.5));
    const u = Float64Array.of(1, 2);
    const buf = m.init(2);
    m.update(u, buf, { x: u, k: 1, stream: new Stream("m") });
    expectInputError(() => m.update(u, buf, { x: u, k: 2, stream: new Stream("m") }), "beta(2)");
  });
});

describe("building blocks", () => {
  test("each transformation and compressor names itself (the name a chain's user sees), error feedback after its compressor", () => {
    const names = [
      transforms.sign(),
      transforms.scaleBy(1),
      transforms.momentum(0.5),
      transforms.normalize(),
      transforms.clip(1),
      transforms.l0l1Step(1, 1),
      compressors.scaledSign(),
      compressors.qsgd(3),
      compressors.topK(2),
      compressors.randomK(2),
      compressors.randomK(2, { unbiased: true }),
      compressors.errorFeedback(compressors.topK(1)),
    ].map((t) => t.name);
    expect(names).toEqual([
      "sign",
      "scaleBy",
      "momentum",
      "normalize",
      "clip",
      "l0l1Step",
      "scaledSign",
      "qsgd(3)",
      "topK(2)",
      "randomK(2)",
      "randomK(2, unbiased)",
      "errorFeedback(topK(1))",
    ]);
  });

  test("errorMemory refuses a state without error feedback, naming `state`: a chain without it, and a state that is no chain", () => {
    const x0 = Float64Array.of(1, -1);
    expectInputError(() => compressors.errorMemory(signSgd.init(x0, { gamma: 1 }, new Stream("e"))), "state");
    expectInputError(() => compressors.errorMemory(compressedSgd.init(x0, { gamma: 1, compressor: { kind: "topK", k: 1 } }, new Stream("e"))), "state");
    expectInputError(() => compressors.errorMemory(majorityVote.init(x0, { gamma: 1, M: 3 }, new Stream("e"))), "state");
    const ef = compressedSgd.init(x0, { gamma: 1, compressor: { kind: "topK", k: 1 }, errorFeedback: true }, new Stream("e"));
    expect(Array.from(compressors.errorMemory(ef))).toEqual([0, 0]);
  });

  test("EF-SignSGD sends its scale in the float width asked for", () => {
    const fn = coshSum(3);
    for (const floatBits of [32, 64] as const) {
      const state = efSignSgd.init(Float64Array.of(1, -2, 0.5), { gamma: 0.1, floatBits }, new Stream("f"));
      efSignSgd.step(state, scriptedOracle(fn, [[1, -1, 2]]));
      expect(state.bitsUp).toBe(floatBits + 3); // the scale ‖p‖₁/d, then one sign per coordinate (no zero)
    }
  });
});

describe("building blocks refuse bad parameters", () => {
  test("transforms and compressors name their parameter", () => {
    expectInputError(() => transforms.clip(0), "lambda");
    expectInputError(() => transforms.l0l1Step(0, 1), "L0");
    expectInputError(() => transforms.l0l1Step(1, -1), "L1");
    expectInputError(() => transforms.momentum(1), "beta");
    expectInputError(() => transforms.momentum(-0.1), "beta");
    expect(() => transforms.momentum(0)).not.toThrow();
    expectInputError(() => transforms.scaleBy(0), "gamma");
    expectInputError(() => compressors.qsgd(0), "s");
    expectInputError(() => compressors.topK(0), "k");
    expectInputError(() => compressors.topK(3).init(2), "k");
    expectInputError(() => compressors.randomK(0), "k");
    expectInputError(() => compressors.randomK(3).init(2), "k");
    for (const make of [
      () => compressors.scaledSign({ floatBits: 16 as 32 }),
      () => compressors.qsgd(2, { floatBits: 16 as 32 }),
      () => compressors.topK(1, { floatBits: 16 as 32 }),
      () => compressors.randomK(1, { floatBits: 16 as 32 }),
    ]) {
      expectInputError(make, "floatBits");
    }
    expectInputError(() => compressedSgd.init(Float64Array.of(1), { gamma: 1, compressor: { kind: "bottomK" } as never }, new Stream("c")), "compressor.kind");
    expectInputError(() => compressedSgd.init(Float64Array.of(1), { gamma: 1 } as never, new Stream("c")), "compressor.kind");
    expect(compressors.topK(2).init(2)).toHaveLength(2);
    expect(compressors.randomK(2).init(2).perm).toHaveLength(2);
  });

  test("majority vote refuses a worker list of the wrong length", () => {
    expectInputError(
      () => majorityVote.init(Float64Array.of(1), { gamma: 1, M: 2, workers: [scriptedOracle(coshSum(1), [[1]])] }, new Stream("w")),
      "workers.length",
    );
  });
});
