/**
 * Majority vote replayed by hand, step after step: with a scripted oracle the test knows every worker's
 * g_m, applies the adversaries itself (invert: −g_m; random: ±1 from the state's stream, U < ½ → −1; wrong:
 * −∇f(x^k)), votes sign(Σ sign) with ties at 0, and compares iterates, votes and bit counts with the method.
 * What it protects: adversaries that are really applied (an inverting adversary made honest, one adversary
 * too many or too few), the packed path beyond one 32-bit word (d > 32: word count and the last partial
 * word) and the bit-sliced counters cleared between steps (a stale count shows up from the second step on),
 * and the true gradient looked at only by the omniscient adversary.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Stream, affineMap, coshSum, gaussian, gradientOracle, majorityVote, type AdversaryModel } from "signcheck";
import { scriptedOracle } from "./scriptedOracle.ts";

const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
const messageBits = (s: ArrayLike<number>) => (Array.from(s).some((v) => sgn(v) === 0) ? 2 * s.length : s.length);

interface Case {
  d: number;
  M: number;
  model?: AdversaryModel;
  alpha: number;
  T: number;
  x0: number[];
  script: number[][];
  seed: number;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    d: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(32, 33, 63, 64, 65), fc.integer({ min: 66, max: 130 })),
    M: fc.integer({ min: 1, max: 9 }),
    model: fc.constantFrom<AdversaryModel | undefined>(undefined, "invert", "random", "wrong"),
    alpha: fc.constantFrom(0, 0.2, 0.34, 0.5, 0.75, 1),
    T: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat(),
  })
  .chain(
    (c) =>
      fc.record({
        ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, fc.constant(v)])),
        x0: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: c.d, maxLength: c.d }),
        // Small integers and exact zeros: ties and zero votes are common.
        script: fc.array(fc.array(fc.constantFrom(-2, -0.5, 0, 0.5, 2), { minLength: c.d, maxLength: c.d }), { minLength: c.M * c.T, maxLength: c.M * c.T }),
      }) as fc.Arbitrary<Case>,
  );

/** The method's trajectory, replayed by hand. */
function replay({ d, M, model, alpha, T, x0, script, seed }: Case, gamma: number) {
  const fn = coshSum(d);
  const A = model ? Math.floor(alpha * M) : 0;
  const coinsStream = new Stream(`mv-${seed}`);
  const x = Float64Array.from(x0);
  const steps: { x: number[]; vote: number[]; up: number; down: number }[] = [];
  let up = 0;
  let down = 0;
  let call = 0;
  for (let k = 0; k < T; k++) {
    const total = new Float64Array(d);
    const trueGrad = fn.gradient(x);
    for (let m = 0; m < M; m++) {
      let s = Float64Array.from(script[call++]);
      if (m < A) {
        if (model === "invert") s = s.map((v) => -v);
        else if (model === "random") s = coinsStream.fillUniform(new Float64Array(d)).map((u) => (u < 0.5 ? -1 : 1));
        else s = trueGrad.map((v) => -v);
      }
      up += messageBits(s);
      for (let i = 0; i < d; i++) total[i] += sgn(s[i]);
    }
    const vote = Array.from(total, sgn);
    for (let i = 0; i < d; i++) x[i] -= gamma * vote[i];
    down += messageBits(vote);
    steps.push({ x: Array.from(x), vote, up, down });
  }
  // Only random adversaries draw from the stream (the scripted oracle draws nothing): the draw that comes next.
  return { steps, nextDraw: coinsStream.next() };
}

describe("majority vote, replayed by hand", () => {
  test("iterates, votes and bit counts equal the replay: every adversary model, d across word boundaries, several steps", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const gamma = 0.125;
        const oracle = scriptedOracle(coshSum(c.d), c.script);
        const state = majorityVote.init(
          Float64Array.from(c.x0),
          { gamma, M: c.M, adversary: c.model ? { model: c.model, alpha: c.alpha } : undefined },
          new Stream(`mv-${c.seed}`),
        );
        const { steps: want, nextDraw } = replay(c, gamma);
        for (let k = 0; k < c.T; k++) {
          majorityVote.step(state, oracle);
          expect(Array.from(state.g), `vote at step ${k + 1}`).toEqual(want[k].vote);
          expect(Array.from(state.x), `x at step ${k + 1}`).toEqual(want[k].x);
          expect([state.bitsUp, state.bitsDown], `bits at step ${k + 1}`).toEqual([want[k].up, want[k].down]);
        }
        expect(state.stream.next(), "the stream is drawn from exactly as the replay does").toBe(nextDraw);
        expect(state.k).toBe(c.T + 1);
        expect(state.adversaries).toBe(c.model ? Math.floor(c.alpha * c.M) : 0);
      }),
      { numRuns: 200 },
    );
  });

  test("inverting adversaries that hold the majority turn every step uphill (the vote is −sign of the honest vote)", () => {
    const d = 40;
    const g = Array.from({ length: d }, (_, i) => (i % 3 === 0 ? -1 : 1) * (1 + i));
    const oracle = scriptedOracle(coshSum(d), [g]);
    const honest = majorityVote.init(new Float64Array(d), { gamma: 1, M: 5 }, new Stream("inv"));
    const hostile = majorityVote.init(new Float64Array(d), { gamma: 1, M: 5, adversary: { model: "invert", alpha: 0.6 } }, new Stream("inv"));
    majorityVote.step(honest, oracle);
    majorityVote.step(hostile, oracle);
    expect(Array.from(honest.g)).toEqual(g.map(sgn));
    expect(Array.from(hostile.g)).toEqual(g.map((v) => -sgn(v)));
    expect(hostile.adversaries).toBe(3);
  });

  test("d = 100 over four words: a vote that changes coordinate by coordinate between steps is never stale", () => {
    // Step 1 votes +1 everywhere with 7 workers (counters reach 7 = 0b111); step 2 votes −1 everywhere. Counters
    // left from step 1 would make step 2 a tie or +1 somewhere.
    const d = 100;
    const plus = new Array(d).fill(1);
    const minus = new Array(d).fill(-1);
    const oracle = scriptedOracle(coshSum(d), [...new Array(7).fill(plus), ...new Array(7).fill(minus)]);
    const state = majorityVote.init(new Float64Array(d), { gamma: 1, M: 7 }, new Stream("stale"));
    majorityVote.step(state, oracle);
    expect(Array.from(state.g)).toEqual(plus);
    majorityVote.step(state, oracle);
    expect(Array.from(state.g)).toEqual(minus);
    expect(Array.from(state.x)).toEqual(new Array(d).fill(0));
  });

  test("workers whose oracles hold another function never receive the step's ∇f: the step is the same with or without it", () => {
    // The step's f is Σcosh; the workers sample Σcosh(x − c) through gradient oracles without noise, which use a
    // ∇f passed to them instead of their own gradient. A runTrajectory-style step passes ∇f(x) of Σcosh.
    const d = 3;
    const x0 = Float64Array.of(0.5, -1, 2);
    const fn = coshSum(d);
    const other = affineMap(
      coshSum(d),
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      [-3, 3, 0],
    );
    const make = () =>
      majorityVote.init(x0, { gamma: 0.1, M: 3, workers: [0, 1, 2].map(() => gradientOracle({ fn: other, noise: gaussian(), scale: 0 })) }, new Stream("hint"));
    const own = gradientOracle({ fn, noise: gaussian(), scale: 0 });
    const withHint = make();
    const without = make();
    majorityVote.step(withHint, own, fn.gradient(x0));
    majorityVote.step(without, own);
    expect(Array.from(withHint.g)).toEqual(Array.from(without.g));
    expect(Array.from(without.g)).toEqual([-1, 1, 1]); // sign(sinh(x − c)) of the workers' function, not sign(sinh x) = (1, −1, 1)
  });

  test("only the omniscient ('wrong') adversary evaluates the true gradient, once per step; honest and blind runs never do", () => {
    const d = 6;
    const runs: [AdversaryModel | undefined, number, number][] = [
      [undefined, 0, 0],
      ["invert", 0.5, 0],
      ["random", 0.5, 0],
      ["wrong", 0, 0],
      ["wrong", 0.1, 0],
      ["wrong", 0.5, 3],
    ];
    for (const [model, alpha, want] of runs) {
      const oracle = scriptedOracle(coshSum(d), [[1, -1, 2, -2, 0.5, 3]]);
      const state = majorityVote.init(
        Float64Array.of(1, 2, 3, -1, -2, 0.5),
        { gamma: 0.1, M: 4, adversary: model ? { model, alpha } : undefined },
        new Stream("grad"),
      );
      for (let k = 0; k < 3; k++) majorityVote.step(state, oracle);
      expect(oracle.gradientCalls(), `${model} α = ${alpha}`).toBe(want);
    }
  });
});
