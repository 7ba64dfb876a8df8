/**
 * Laws of the demonstration oracles: stochastic least squares samples one ∇f_i (their mean is ∇f),
 * the skewed two-point law has mean 0 and the stated tails, the subgradient oracle applies its tie rule.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { InputError, Stream, TOL, arb, coshSum, gammaP, gaussian, gradientOracle, leastSquaresOracle, studentT, subgradientOracle } from "signcheck";

describe("leastSquaresOracle", () => {
  const rows = [
    [1, -0.5],
    [-1, 1.5],
    [0.25, 2],
  ];
  test("each sample is one ∇f_i = (a_iᵀx)a_i, and the mean over i is ∇f", () => {
    const o = leastSquaresOracle({ rows });
    fc.assert(
      fc.property(arb.startingPoint(2, 3), fc.nat(), (x, seed) => {
        const g = o.sample(x, new Stream(`ls-${seed}`), new Float64Array(2));
        const grads = rows.map((a) => a.map((ai) => (a[0] * x[0] + a[1] * x[1]) * ai));
        const isOne = grads.some((gi) => gi.every((v, i) => v === g[i]));
        const full = o.fn.gradient(x);
        const mean = [0, 1].map((i) => grads.reduce((s, gi) => s + gi[i], 0) / rows.length);
        // Sums of n terms: the error is relative to Σ|terms| (∇f_i may cancel), as TOL.sum states.
        const size = [0, 1].map((i) => grads.reduce((s, gi) => s + Math.abs(gi[i]), 0) / rows.length);
        return isOne && mean.every((v, i) => Math.abs(v - full[i]) <= TOL.sum.atol + TOL.sum.rtol * size[i]);
      }),
    );
    expect(o.fn.value(new Float64Array(2))).toBe(0);
    expect(o.calls).toBeGreaterThan(0);
  });
  test("bad input: empty rows, ragged rows, batch 0", () => {
    expect(() => leastSquaresOracle({ rows: [] })).toThrow(InputError);
    expect(() => leastSquaresOracle({ rows: [[1, 2], [1]] })).toThrow(InputError);
    expect(() => leastSquaresOracle({ rows, batch: 0 })).toThrow(InputError);
  });
});

describe("subgradientOracle", () => {
  const rows = [
    [1, 1],
    [1, -1],
  ];
  const weights = [0.1, 1];
  test("tie rule: on the kink c_jᵀx = 0 the positive rule adds w_j·c_j, the zero rule nothing", () => {
    const x = Float64Array.of(0.5, 0.5); // x₁ − x₂ = 0 exactly
    const pos = subgradientOracle({ rows, weights, tie: "positive" }).sample(x, new Stream("s"), new Float64Array(2));
    const zero = subgradientOracle({ rows, weights, tie: "zero" }).sample(x, new Stream("s"), new Float64Array(2));
    expect(Array.from(pos)).toEqual([0.1 + 1, 0.1 - 1]);
    expect(Array.from(zero)).toEqual([0.1, 0.1]);
    expect(subgradientOracle({ rows, weights, tie: "zero" }).fn.value(x)).toBe(0.1);
  });
  test("bad input: unknown tie rule, negative weight, weights of the wrong length", () => {
    expect(() => subgradientOracle({ rows, weights, tie: "up" as "zero" })).toThrow(InputError);
    expect(() => subgradientOracle({ rows, weights: [-1, 1], tie: "zero" })).toThrow(InputError);
    expect(() => subgradientOracle({ rows, weights: [1], tie: "zero" })).toThrow(InputError);
  });
});

describe("gradientOracle with laws closed under averaging", () => {
  test("draws the batch mean exactly in O(d) and still counts B calls: B = 10⁶ Gaussian mean has variance 1/B", () => {
    const d = 2000;
    const B = 1_000_000;
    const oracle = gradientOracle({ fn: coshSum(d), noise: gaussian(), scale: 1, batch: B });
    const g = oracle.sample(new Float64Array(d), new Stream("batch-mean"), new Float64Array(d));
    expect(oracle.calls).toBe(B);
    // ∇f(0) = 0, so g is the noise mean: B·Σ g_i² ~ χ²_d, whose CDF is P(d/2, x/2); test at level 2e-6.
    const p = gammaP(d / 2, (g.reduce((a, v) => a + v * v, 0) * B) / 2);
    expect(p).toBeGreaterThan(1e-6);
    expect(p).toBeLessThan(1 - 1e-6);
  });
});

describe("gradientOracle: vector fills and a caller's gradient change no bit", () => {
  /** The per-coordinate form: coordinate i takes the next B draws, summed in order; g_i = ∇f_i + scale_i·s·(1/B). */
  function reference(x: Float64Array, B: number, scales: number[], seed: string): Float64Array {
    const law = studentT(3);
    const s = new Stream(seed);
    const g = coshSum(x.length).gradient(x);
    return g.map((gi, i) => {
      let sum = 0;
      for (let b = 0; b < B; b++) sum += law.sample(s);
      return gi + scales[i] * sum * (1 / B);
    });
  }
  // B·d within one chunk of draws, B·d beyond it with B below it, and B beyond it (whole chunks and a remainder).
  test.each([
    [3, 7],
    [4, 5000],
    [2, 40_000],
  ])("d = %i, B = %i (a law without an exact batch mean)", (d, B) => {
    const x = Float64Array.from({ length: d }, (_, i) => Math.sin(i + 1));
    const scales = Array.from({ length: d }, (_, i) => 0.5 + i);
    const oracle = gradientOracle({ fn: coshSum(d), noise: studentT(3), scale: Float64Array.from(scales), batch: B });
    const want = reference(x, B, scales, `chunk-${B}`);
    const got = oracle.sample(x, new Stream(`chunk-${B}`), new Float64Array(d));
    expect(Array.from(got)).toEqual(Array.from(want));
    const withGrad = oracle.sample(x, new Stream(`chunk-${B}`), new Float64Array(d), coshSum(d).gradient(x));
    expect(Array.from(withGrad)).toEqual(Array.from(want));
    expect(oracle.calls).toBe(2 * B);
  });
});
