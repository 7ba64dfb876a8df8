/**
 * runTrajectory's statistics against a replay by hand, on set-ups where every term is visible: f* ≠ 0 (a
 * quadratic with f* = −7, and Σcosh with f* = d), counters that do not start at 0 (a state that has already
 * stepped and sent bits, an oracle that has already been called), M > 1 workers, a minimum gap reached in the
 * middle of the run and one reached at the final iterate, exact zeros in g and ∇f for the sign-mismatch count,
 * and the three ways a run diverges (a non-finite iterate, a non-finite gradient at a finite point, a
 * non-finite value with a finite gradient) before, during and after the last step.
 */
import { describe, expect, test } from "vitest";
import {
  InputError,
  Stream,
  TOL,
  close,
  coshSum,
  majorityVote,
  norm1,
  norm2,
  runTrajectory,
  sgd,
  signSgd,
  type Optimizer,
  type OptimizerState,
  type SmoothFunction,
  type Vector,
} from "signcheck";
import { expectInputError } from "../expectInputError.ts";
import { scriptedOracle } from "./scriptedOracle.ts";

/** Every statistic that is computed only on request. */
const ALL = { gap: true, norm2: true, mismatches: true } as const;

const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);

/** f(x) = ½‖x − c‖² + fStar: ∇f = x − c, inf f = fStar at x = c. */
function shiftedQuadratic(c: readonly number[], fStar: number, overrides: Partial<SmoothFunction> = {}): SmoothFunction {
  return {
    name: "shiftedQuadratic",
    dim: c.length,
    spec: { family: "shiftedQuadratic", c, fStar },
    value: (x) => 0.5 * x.reduce((s, v, i) => s + (v - c[i]) ** 2, 0) + fStar,
    gradient: (x: Vector, out: Vector = new Float64Array(c.length)) => {
      // As the library's functions do: a non-finite point is refused (runTrajectory reads that as divergence).
      for (let i = 0; i < c.length; i++) if (!Number.isFinite(x[i])) throw new InputError(`x[${i}]`, x[i], "a finite number");
      for (let i = 0; i < c.length; i++) out[i] = x[i] - c[i];
      return out;
    },
    hessianNorm: () => 1,
    fStar,
    fStarAttained: true,
    convex: true,
    smoothness: { L0: 1, L1: 0, proof: "∇²f = I" },
    ...overrides,
  };
}

/** The statistics of T sign steps of size γ, replayed: g^k from the script, ∇f and f from fn. */
function replaySign(fn: SmoothFunction, x0: number[], script: number[][], gamma: number, T: number) {
  const x = Float64Array.from(x0);
  let s1 = 0;
  let s2 = 0;
  let minGap = Infinity;
  let mismatches = 0;
  let bits = 0;
  const gaps: number[] = [];
  const norms1: number[] = [];
  for (let k = 1; k <= T; k++) {
    const grad = fn.gradient(x);
    const gap = fn.value(x) - fn.fStar;
    gaps.push(gap);
    norms1.push(norm1(grad));
    s1 += norm1(grad);
    s2 += norm2(grad);
    minGap = Math.min(minGap, gap);
    const g = script[(k - 1) % script.length];
    for (let i = 0; i < x.length; i++) if (sgn(g[i]) !== sgn(grad[i])) mismatches++;
    bits += g.some((v) => v === 0) ? 2 * x.length : x.length;
    for (let i = 0; i < x.length; i++) x[i] -= gamma * sgn(g[i]);
  }
  const finalGap = fn.value(x) - fn.fStar;
  return { meanGradNorm1: s1 / T, meanGradNorm2: s2 / T, minGap: Math.min(minGap, finalGap), finalGap, mismatches, bits, gaps, norms1 };
}

describe("runTrajectory statistics, replayed", () => {
  const c = [1, -2, 0.5];
  const fn = shiftedQuadratic(c, -7);

  test("means of ‖∇f‖₁ and ‖∇f‖₂ before each update, min and final f − f* with f* = −7, sign mismatches, bits", () => {
    // Steps towards c with exact zeros in g (and in ∇f at x₃ = 0.5 = c₃); γ = 0.25.
    const script = [
      [-1, 1, 0],
      [-2, 0, -1],
      [1, 1, 0],
      [-1, 3, 2],
    ];
    const x0 = [0, 0, 0.5];
    const T = 6;
    const want = replaySign(fn, x0, script, 0.25, T);
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.from(x0), { gamma: 0.25 }, new Stream("t")), scriptedOracle(fn, script), T, ALL);
    expect(close(stats.meanGradNorm1, want.meanGradNorm1, TOL.exact)).toBe(true);
    expect(close(stats.meanGradNorm2!, want.meanGradNorm2, TOL.exact)).toBe(true);
    expect(close(stats.minGap!, want.minGap, TOL.exact)).toBe(true);
    expect(close(stats.finalGap, want.finalGap, TOL.exact)).toBe(true);
    expect(stats.minGap).toBeGreaterThanOrEqual(0); // f − f*, never f + f* (that would be ≈ −14 here)
    expect(stats.signMismatches).toBe(want.mismatches);
    expect([stats.bitsUp, stats.bitsDown, stats.oracleCalls, stats.T, stats.diverged, stats.divergedAt]).toEqual([
      want.bits,
      want.bits,
      T,
      T,
      false,
      undefined,
    ]);
    expect(stats.bitsUpPerWorkerPerIteration).toBe(want.bits / T);
  });

  test("S₂, the minimum gap and the mismatches only on request; asking for them changes no other statistic", () => {
    const script = [
      [-1, 1, 0],
      [-2, 0, -1],
      [1, 1, 0],
    ];
    const run = (options = {}) =>
      runTrajectory(signSgd, signSgd.init(Float64Array.of(0, 0, 0.5), { gamma: 0.25 }, new Stream("t")), scriptedOracle(fn, script), 5, options);
    const plain = run();
    const full = run(ALL);
    expect([plain.meanGradNorm2, plain.minGap, plain.signMismatches]).toEqual([undefined, undefined, undefined]);
    expect([full.meanGradNorm2, full.minGap, full.signMismatches].every((v) => typeof v === "number")).toBe(true);
    expect([plain.meanGradNorm1, plain.finalGap, plain.bitsUp, plain.oracleCalls]).toEqual([full.meanGradNorm1, full.finalGap, full.bitsUp, full.oracleCalls]);
    // Each option alone turns on its own statistic only.
    expect([run({ norm2: true }).meanGradNorm2, run({ norm2: true }).minGap]).toEqual([full.meanGradNorm2, undefined]);
    expect([run({ gap: true }).minGap, run({ gap: true }).signMismatches]).toEqual([full.minGap, undefined]);
    expect([run({ mismatches: true }).signMismatches, run({ mismatches: true }).meanGradNorm2]).toEqual([full.signMismatches, undefined]);
  });

  test("the minimum gap can be the final iterate's, or an interior one when the steps overshoot", () => {
    // γ = 0.25 from 0 towards c₁ = 1 along the first coordinate only: the gap falls to the end.
    const down = runTrajectory(signSgd, signSgd.init(Float64Array.of(0, -2, 0.5), { gamma: 0.25 }, new Stream("d")), scriptedOracle(fn, [[-1, 0, 0]]), 3, {
      gap: true,
    });
    expect(close(down.minGap!, down.finalGap, TOL.exact)).toBe(true);
    expect(close(down.finalGap, 0.5 * 0.25 ** 2, TOL.exact)).toBe(true);
    // Overshoot: 0 → 0.75 → 1.5 → 2.25: the best point is x² (gap ½·0.25²), not x¹ or the final x⁴.
    const over = runTrajectory(signSgd, signSgd.init(Float64Array.of(0, -2, 0.5), { gamma: 0.75 }, new Stream("o")), scriptedOracle(fn, [[-1, 0, 0]]), 3, {
      gap: true,
    });
    expect(close(over.minGap!, 0.5 * 0.25 ** 2, TOL.exact)).toBe(true);
    expect(close(over.finalGap, 0.5 * 1.25 ** 2, TOL.exact)).toBe(true);
  });

  test("counters that do not start at 0: bits and oracle calls are those of this run only", () => {
    const script = [
      [1, -1, 2],
      [0, 1, -1],
    ];
    const state = signSgd.init(Float64Array.of(3, 1, -1), { gamma: 0.1 }, new Stream("c"));
    const oracle = scriptedOracle(fn, script);
    runTrajectory(signSgd, state, oracle, 3); // 2 steps of 3 bits and 1 of 6 (a zero): 12 bits, 3 calls
    expect([state.bitsUp, oracle.calls]).toEqual([12, 3]);
    const again = runTrajectory(signSgd, state, oracle, 4); // steps 4–7: g = script[1], [0], [1], [0]
    expect([again.bitsUp, again.bitsDown, again.oracleCalls]).toEqual([18, 18, 4]);
    expect(again.bitsUpPerWorkerPerIteration).toBe(18 / 4);
    expect([state.bitsUp, oracle.calls]).toEqual([30, 7]);
  });

  test("M workers: bits per worker per iteration is bitsUp/(T·M), and every worker's call is counted", () => {
    const d = 4;
    const M = 3;
    const T = 5;
    const oracle = scriptedOracle(coshSum(d), [
      [1, -1, 2, 0.5],
      [-1, -1, 2, 3],
      [1, 1, -2, 0.5],
    ]);
    oracle.sample(new Float64Array(d), new Stream("pre"), new Float64Array(d)); // calls start at 1
    const state = majorityVote.init(Float64Array.of(0.5, 1, -1, 2), { gamma: 0.1, M }, new Stream("mv"));
    const stats = runTrajectory(majorityVote, state, oracle, T);
    expect(stats.oracleCalls).toBe(T * M);
    expect(stats.bitsUp).toBe(T * M * d);
    expect(stats.bitsUpPerWorkerPerIteration).toBe(d);
    // Σcosh has f* = d: the final gap is Σcosh x − d, not Σcosh x + d.
    const f = coshSum(d);
    expect(close(stats.finalGap, f.value(state.x) - d, TOL.exact)).toBe(true);
  });

  test("recording keeps k = 1 and every `every`-th k, with f − f* and ‖∇f‖₁ there", () => {
    const script = [
      [1, -1, 0],
      [-1, 1, 1],
    ];
    const x0 = [2, -1, 0];
    const want = replaySign(fn, x0, script, 0.3, 10);
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.from(x0), { gamma: 0.3 }, new Stream("r")), scriptedOracle(fn, script), 10, {
      record: { every: 3 },
    });
    expect(stats.record!.k).toEqual([1, 3, 6, 9]);
    stats.record!.k.forEach((k, j) => {
      expect(close(stats.record!.gap[j], want.gaps[k - 1], TOL.exact), `gap at k = ${k}`).toBe(true);
      expect(close(stats.record!.gradNorm1[j], want.norms1[k - 1], TOL.exact), `‖∇f‖₁ at k = ${k}`).toBe(true);
    });
    expect(runTrajectory(signSgd, signSgd.init(Float64Array.from(x0), { gamma: 0.3 }, new Stream("r")), scriptedOracle(fn, script), 10).record).toBeUndefined();
  });

  test("an optimizer that exposes neither g nor bit counters gets undefined for both", () => {
    const plain: Optimizer<object, OptimizerState> = {
      name: "plain",
      init: (x0, _p, stream) => ({ x: Float64Array.from(x0), k: 1, stream }),
      step: (s, o) => {
        const g = o.sample(s.x, s.stream, new Float64Array(s.x.length));
        for (let i = 0; i < g.length; i++) (s.x as Float64Array)[i] -= 0.1 * g[i];
        s.k++;
      },
    };
    const stats = runTrajectory(plain, plain.init(Float64Array.of(1, 2, 3), {}, new Stream("p")), scriptedOracle(fn, [[1, 1, 1]]), 3, ALL);
    expect([stats.signMismatches, stats.bitsUp, stats.bitsDown, stats.bitsUpPerWorkerPerIteration]).toEqual([undefined, undefined, undefined, undefined]);
    expect(stats.oracleCalls).toBe(3);
  });

  test("bad T or record.every are typed errors naming the parameter", () => {
    const run = (T: number, every?: number) =>
      runTrajectory(
        signSgd,
        signSgd.init(Float64Array.of(1, 2, 3), { gamma: 0.1 }, new Stream("v")),
        scriptedOracle(fn, [[1, 1, 1]]),
        T,
        every === undefined ? {} : { record: { every } },
      );
    expectInputError(() => run(0), "T");
    expectInputError(() => run(2.5), "T");
    expectInputError(() => run(3, 0), "record.every");
    expect(run(1, 1).record!.k).toEqual([1]);
  });
});

describe("divergence, each way it can happen", () => {
  test("a non-finite gradient at a finite point (∇f overflows first) ends the run at that k, statistics +∞, bits and mismatches so far", () => {
    // ∇f = +∞ beyond x₁ > 5 while f stays finite there.
    const fn = shiftedQuadratic([0, 0], 3, {
      gradient: (x: Vector, out: Vector = new Float64Array(2)) => {
        out[0] = x[0] > 5 ? Infinity : x[0];
        out[1] = x[1];
        return out;
      },
    });
    const oracle = scriptedOracle(fn, [[-1, 1]]);
    oracle.calls = 10;
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.of(4, 0.5), { gamma: 0.75 }, new Stream("g")), oracle, 5, ALL);
    // x₁: 4, 4.75, 5.5 — the gradient at x³ is +∞.
    expect([stats.diverged, stats.divergedAt, stats.oracleCalls]).toEqual([true, 3, 2]);
    expect([stats.meanGradNorm1, stats.meanGradNorm2, stats.minGap, stats.finalGap]).toEqual([Infinity, Infinity, Infinity, Infinity]);
    expect([stats.bitsUp, stats.bitsDown, stats.bitsUpPerWorkerPerIteration]).toEqual([4, 4, 4 / 5]);
    // ∇f at x¹ = (4, 0.5) and x² = (4.75, −0.25) against g = (−1, 1): x¹ mismatches on the first coordinate, x² on both.
    expect(stats.signMismatches).toBe(3);
  });

  test("a non-finite value with a finite gradient (a barrier) ends the run too", () => {
    const fn = shiftedQuadratic([0], -1, { value: (x) => (x[0] > 1 ? Infinity : 0.5 * x[0] ** 2 - 1) });
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.of(0.5), { gamma: 0.4 }, new Stream("b")), scriptedOracle(fn, [[-1]]), 4, { gap: true });
    expect([stats.diverged, stats.divergedAt]).toEqual([true, 3]); // 0.5, 0.9, 1.3
    // Without the gap option f is read at the end only: the barrier is caught there, at T + 1.
    const late = runTrajectory(signSgd, signSgd.init(Float64Array.of(0.5), { gamma: 0.4 }, new Stream("b")), scriptedOracle(fn, [[-1]]), 4);
    expect([late.diverged, late.divergedAt, late.minGap, late.finalGap]).toEqual([true, 5, undefined, Infinity]);
  });

  test("an iterate that becomes non-finite at the last step diverges at T + 1", () => {
    const fn = shiftedQuadratic([0, 0], 2);
    const stats = runTrajectory(
      sgd,
      sgd.init(Float64Array.of(1, 1), { gamma: 1e300 }, new Stream("f")),
      scriptedOracle(fn, [
        [0, 0],
        [0, 0],
        [1e300, 0],
      ]),
      3,
      ALL,
    );
    expect([stats.diverged, stats.divergedAt, stats.oracleCalls]).toEqual([true, 4, 3]);
    expect([stats.meanGradNorm1, stats.minGap, stats.finalGap]).toEqual([Infinity, Infinity, Infinity]); // a diverged run reports +∞, not the means so far
    expect(stats.bitsUp).toBe(3 * 2 * 32);
  });

  test("a run that stays finite reports no divergence", () => {
    const fn = shiftedQuadratic([0, 0], 2);
    const stats = runTrajectory(sgd, sgd.init(Float64Array.of(1, 1), { gamma: 0.5 }, new Stream("ok")), scriptedOracle(fn, [[1, 1]]), 3);
    expect([stats.diverged, stats.divergedAt]).toEqual([false, undefined]);
    expect(close(stats.finalGap, 0.5 * 2 * 0.5 ** 2, TOL.exact)).toBe(true); // x = 1 − 1.5 = −0.5
  });
});

describe("what runTrajectory reads of f, and what it lets through", () => {
  test("f is evaluated only where asked: at every k with `gap`, at recorded k with `record`, else once at the end", () => {
    let values = 0;
    const fn = shiftedQuadratic([0, 0], 1, {
      value: (x) => {
        values++;
        return 0.5 * (x[0] ** 2 + x[1] ** 2) + 1;
      },
    });
    const run = (options = {}) => {
      values = 0;
      runTrajectory(signSgd, signSgd.init(Float64Array.of(3, -2), { gamma: 0.1 }, new Stream("v")), scriptedOracle(fn, [[1, -1]]), 6, options);
      return values;
    };
    expect(run()).toBe(1);
    expect(run({ gap: true })).toBe(6 + 1);
    expect(run({ record: { every: 3 } })).toBe(3 + 1); // k = 1, 3, 6, and the end
  });

  test("recording alone does not turn a non-finite f into a divergence before the end: the record keeps the +∞", () => {
    // f = +∞ at x₁ > 1 (a barrier); the gradient stays finite. Only the final value is a divergence test without `gap`.
    const fn = shiftedQuadratic([0], -1, { value: (x) => (x[0] > 1 ? Infinity : 0.5 * x[0] ** 2 - 1) });
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.of(0.5), { gamma: 0.4 }, new Stream("r")), scriptedOracle(fn, [[-1]]), 4, {
      record: { every: 1 },
    });
    expect(stats.record?.k).toEqual([1, 2, 3, 4]);
    expect(stats.record?.gap.slice(2)).toEqual([Infinity, Infinity]); // x = 1.3, 1.7: recorded as they are
    expect([stats.diverged, stats.divergedAt]).toEqual([true, 5]);
  });

  test("a gradient whose entries are finite but whose ‖·‖₁ overflows is not a divergence", () => {
    const fn = shiftedQuadratic([0, 0], 0, {
      gradient: (_x: Vector, out: Vector = new Float64Array(2)) => {
        out[0] = 1.5e308;
        out[1] = 1.5e308;
        return out;
      },
    });
    const stats = runTrajectory(signSgd, signSgd.init(Float64Array.of(1, 1), { gamma: 0.25 }, new Stream("o")), scriptedOracle(fn, [[1, 1]]), 2);
    expect([stats.diverged, stats.meanGradNorm1, stats.finalGap]).toEqual([false, Infinity, 0.25]); // x = 1 − 2·0.25 = 0.5 in each coordinate, f = ½·2·0.5²
  });

  test("an error of f at a finite point is the function's error, not a divergence: it propagates", () => {
    for (const error of [new RangeError("f is undefined here"), new InputError("x[0]", 2, "x₀ < 2")]) {
      const fn = shiftedQuadratic([0], 0, {
        gradient: (x: Vector, out: Vector = new Float64Array(1)) => {
          if (x[0] >= 2) throw error;
          out[0] = x[0];
          return out;
        },
      });
      const run = () => runTrajectory(signSgd, signSgd.init(Float64Array.of(1), { gamma: 0.5 }, new Stream("e")), scriptedOracle(fn, [[-1]]), 4);
      expect(run).toThrow(error);
    }
  });

  test("a diverged run reports sign mismatches only when they were asked for", () => {
    const fn = shiftedQuadratic([0], 0, { value: (x) => (x[0] > 1 ? NaN : 0.5 * x[0] ** 2) });
    const run = (options = {}) =>
      runTrajectory(signSgd, signSgd.init(Float64Array.of(0.5), { gamma: 0.4 }, new Stream("m")), scriptedOracle(fn, [[-1]]), 4, options);
    expect([run().diverged, run().signMismatches]).toEqual([true, undefined]);
    expect([run({ mismatches: true }).diverged, run({ mismatches: true }).signMismatches]).toEqual([true, 4]); // g = −1 against ∇f = x > 0, 4 steps
  });
});

describe("oracle-side divergence", () => {
  test("a NaN stochastic gradient makes x NaN: the run ends at the next k", () => {
    const fn = shiftedQuadratic([0, 0], 0);
    const nan = scriptedOracle(fn, [[NaN, NaN]]);
    const stats = runTrajectory(sgd, sgd.init(Float64Array.of(1, 1), { gamma: 0.1 }, new Stream("nan")), nan, 5);
    expect([stats.diverged, stats.divergedAt, stats.oracleCalls]).toEqual([true, 2, 1]);
  });
});
