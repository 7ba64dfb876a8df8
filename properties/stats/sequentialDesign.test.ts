/**
 * The sequential rate test's pieces pinned one by one: the grid of looks worked by hand (ratio 1.5, rounded
 * up, at least one trial apart), the α split over the looks, each decision against exact binomial tails
 * (including a tail exactly at the look's level, which decides: the test is P ≤ α), the interval at the
 * stopping look, the exact refutation/certification probabilities against brute-force enumeration of every
 * path of outcomes, and the zero-failure sample size at the round-off edges of its closed form.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  BETA_INC_RTOL,
  INTERVAL_END_TAIL,
  TOL,
  arb,
  binomialCdf,
  binomialSf,
  clopperPearsonLower,
  clopperPearsonUpper,
  close,
  decideRate,
  refutationProbability,
  sequentialDesign,
  sequentialInterval,
  zeroFailureTrials,
  type SequentialDesign,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";
import { exactBinomial } from "./exactBinomial.ts";

describe("the design", () => {
  test("looks grow by 1.5, rounded up, at least one apart, and end at nMax; α is split equally", () => {
    const d = sequentialDesign(0.05, 0.01, 100, 10);
    expect(d.looks).toEqual([10, 15, 23, 35, 53, 80, 100]);
    expect(d.alphaPerLook).toBe(0.01 / 7);
    expect([d.delta, d.alpha]).toEqual([0.05, 0.01]);
    // From n = 1: ⌈1.5⌉ = 2, ⌈3⌉ = 3, ⌈4.5⌉ = 5, …
    expect(sequentialDesign(0.1, 0.05, 20, 1).looks).toEqual([1, 2, 3, 5, 8, 12, 18, 20]);
    // nMin defaults to min(nMax, 10).
    expect(sequentialDesign(0.1, 0.05, 30).looks).toEqual([10, 15, 23, 30]);
    expect(sequentialDesign(0.1, 0.05, 5).looks).toEqual([5]);
    expect(sequentialDesign(0.1, 0.05, 10, 10).looks).toEqual([10]);
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => sequentialDesign(0, 0.05, 10), "delta");
    expectInputError(() => sequentialDesign(1, 0.05, 10), "delta");
    expectInputError(() => sequentialDesign(0.1, 0, 10), "alpha");
    expectInputError(() => sequentialDesign(0.1, 1, 10), "alpha");
    expectInputError(() => sequentialDesign(0.1, 0.05, 0), "nMax");
    expectInputError(() => sequentialDesign(0.1, 0.05, 10.5), "nMax");
    expectInputError(() => sequentialDesign(0.1, 0.05, 10, 0), "nMin");
    expectInputError(() => sequentialDesign(0.1, 0.05, 10, 11), "nMin");
  });
});

describe("one look's decision", () => {
  test("certifies when P_δ(K ≤ k) ≤ α, refutes when P_δ(K ≥ k) ≤ α, else stays undecided (exact tails)", () => {
    // (0.95)^59 = 0.0485 ≤ 0.05 < (0.95)^58 = 0.0510.
    expect(decideRate(0, 59, 0.05, 0.05)).toBe("certified");
    expect(decideRate(0, 58, 0.05, 0.05)).toBe("undecided");
    // P_{0.1}(K ≥ 5 | n = 10) = 0.00164 ≤ 0.01 < P_{0.1}(K ≥ 4) = 0.0128.
    expect(exactBinomial(5, 10, 0.1).sf).toBeLessThan(0.01);
    expect(exactBinomial(4, 10, 0.1).sf).toBeGreaterThan(0.01);
    expect(decideRate(5, 10, 0.1, 0.01)).toBe("refuted");
    expect(decideRate(4, 10, 0.1, 0.01)).toBe("undecided");
    expect(decideRate(10, 10, 0.1, 0.01)).toBe("refuted");
  });

  test("a tail exactly at the look's level α(1 − 2·BETA_INC_RTOL) decides; one double less of α does not", () => {
    // P_{½}(K ≤ 0 | n = 2) = P_{½}(K ≥ 2 | n = 2) = ¼ (as computed, c), and an α whose level is exactly c.
    const c = binomialCdf(0, 2, 0.5);
    expect(binomialSf(2, 2, 0.5)).toBe(c);
    expect(close(c, 0.25, TOL.exact)).toBe(true);
    const alpha = [0, 1, -1, 2, -2].map((j) => c / (1 - 2 * BETA_INC_RTOL) + j * 2 ** -54).find((a) => a * (1 - 2 * BETA_INC_RTOL) === c);
    expect(alpha, "an α with level exactly c").toBeDefined();
    const below = alpha! - 2 ** -54; // the double below α (α ∈ [¼, ½): spacing 2⁻⁵⁴)
    expect(below * (1 - 2 * BETA_INC_RTOL)).toBeLessThan(c);
    expect(decideRate(0, 2, 0.5, alpha!)).toBe("certified");
    expect(decideRate(2, 2, 0.5, alpha!)).toBe("refuted");
    expect(decideRate(0, 2, 0.5, below)).toBe("undecided");
    expect(decideRate(2, 2, 0.5, below)).toBe("undecided");
  });

  test("agrees with the exact tails over the parameter ranges, away from the level's round-off margin", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        arb.logUniform(1e-4, 0.9),
        arb.logUniform(1e-9, 0.45),
        (n, frac, delta, alphaLook) => {
          const k = Math.min(n, Math.floor(frac * (n + 1)));
          const { cdf, sf } = exactBinomial(k, n, delta);
          fc.pre(!close(cdf, alphaLook, INTERVAL_END_TAIL) && !close(sf, alphaLook, INTERVAL_END_TAIL)); // within the level's round-off margin either way is right
          const want = cdf <= alphaLook ? "certified" : sf <= alphaLook ? "refuted" : "undecided";
          expect(decideRate(k, n, delta, alphaLook), `k = ${k}, n = ${n}, δ = ${delta}, α = ${alphaLook}`).toBe(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => decideRate(0, 0, 0.1, 0.01), "n");
    expectInputError(() => decideRate(-1, 5, 0.1, 0.01), "k");
    expectInputError(() => decideRate(6, 5, 0.1, 0.01), "k");
    expectInputError(() => decideRate(1, 5, 0.1, 0), "alphaLook");
    expectInputError(() => decideRate(1, 5, 0.1, 0.5), "alphaLook");
  });
});

describe("the interval at the stopping look", () => {
  test("is the one-sided Clopper–Pearson pair at α/J each, covering with probability ≥ 1 − 2α", () => {
    const d = sequentialDesign(0.05, 0.01, 500, 10);
    for (const [k, n] of [
      [0, 23],
      [3, 80],
      [80, 80],
    ] as const) {
      const ci = sequentialInterval(k, n, d);
      expect(ci.lo).toBe(clopperPearsonLower(k, n, d.alphaPerLook));
      expect(ci.hi).toBe(clopperPearsonUpper(k, n, d.alphaPerLook));
      expect(ci.confidence).toBe(1 - 2 * 0.01);
    }
  });
});

/** P(refute), P(certify) by walking every one of the 2^nMax outcome paths (independent of the dynamic programme). */
function bruteForce(design: SequentialDesign, p: number): { refute: number; certify: number } {
  const nMax = design.looks[design.looks.length - 1];
  let refute = 0;
  let certify = 0;
  for (let path = 0; path < 2 ** nMax; path++) {
    let prob = 1; // of the whole path: a path that stops early stands for all its continuations
    for (let i = 0; i < nMax; i++) prob *= (path >> i) & 1 ? p : 1 - p;
    let k = 0;
    let n = 0;
    for (const look of design.looks) {
      for (; n < look; n++) k += (path >> n) & 1;
      const d = decideRate(k, look, design.delta, design.alphaPerLook);
      if (d === "refuted") refute += prob;
      if (d === "certified") certify += prob;
      if (d !== "undecided") break;
    }
  }
  return { refute, certify };
}

describe("exact error rates of the design", () => {
  test("refutation and certification probabilities equal the enumeration of every outcome path", () => {
    // δ = ½, α = 0.9 over looks 3, 5, 8 (0.3 per look): certify at k = 0 of 3, refute at k = 3 of 3, and so on.
    const d = sequentialDesign(0.5, 0.9, 8, 3);
    expect(d.looks).toEqual([3, 5, 8]);
    for (const p of [0, 0.1, 0.37, 0.5, 0.8, 1]) {
      const got = refutationProbability(d, p);
      const ref = bruteForce(d, p);
      expect(close(got.refute, ref.refute, TOL.sum), `refute at p = ${p}: ${got.refute} vs ${ref.refute}`).toBe(true);
      expect(close(got.certify, ref.certify, TOL.sum), `certify at p = ${p}: ${got.certify} vs ${ref.certify}`).toBe(true);
    }
    // A design with more looks and a small δ: certification needs several looks of zero failures.
    const d2 = sequentialDesign(0.2, 0.6, 12, 2);
    for (const p of [0.05, 0.2, 0.45]) {
      const got = refutationProbability(d2, p);
      const ref = bruteForce(d2, p);
      expect(close(got.refute, ref.refute, TOL.sum)).toBe(true);
      expect(close(got.certify, ref.certify, TOL.sum)).toBe(true);
    }
    // Looks 1, 2 with 0.3 each at δ = ½: nothing is decided at n = 1; at n = 2, K = 0 certifies and K = 2 = nMax refutes.
    const edge = sequentialDesign(0.5, 0.6, 2, 1);
    expect(edge.looks).toEqual([1, 2]);
    const r = refutationProbability(edge, 0.3);
    expect(close(r.refute, 0.09, TOL.exact)).toBe(true);
    expect(close(r.certify, 0.49, TOL.exact)).toBe(true);
    // A single look at n = 1 (δ = 0.9, α = 0.3): K = 0 certifies (P = 0.1 ≤ 0.3), K = 1 is undecided.
    const single = refutationProbability(sequentialDesign(0.9, 0.3, 1, 1), 0.25);
    expect(single.refute).toBe(0);
    expect(close(single.certify, 0.75, TOL.exact)).toBe(true);
    expect(refutationProbability(d, 0)).toEqual({ refute: 0, certify: 1 });
    expect(refutationProbability(d, 1)).toEqual({ refute: 1, certify: 0 });
  });

  test("a rate outside [0, 1] is a typed error", () => {
    const d = sequentialDesign(0.5, 0.9, 8, 3);
    expectInputError(() => refutationProbability(d, -0.1), "p");
    expectInputError(() => refutationProbability(d, 1.1), "p");
  });
});

describe("zero-failure sample size", () => {
  test("is the least n with n·log(1 − δ) ≤ log α in floating point, also where the quotient rounds across an integer", () => {
    // (½)^29 = α: log α / log ½ rounds up to 29.000…04, whose ceiling 30 is stepped back to 29.
    expect(zeroFailureTrials(0.5, 2 ** -29)).toBe(29);
    // (½)^33 = α, but 33·log ½ rounds above log α: the step up makes it 34 (the certifying n in floating point).
    expect(zeroFailureTrials(0.5, 2 ** -33)).toBe(34);
    expect(zeroFailureTrials(0.5, 0.5)).toBe(1);
    expect(zeroFailureTrials(0.9, 0.5)).toBe(1);
    fc.assert(
      fc.property(arb.logUniform(1e-6, 0.99), arb.logUniform(1e-12, 0.99), (delta, alpha) => {
        const n = zeroFailureTrials(delta, alpha);
        const logQ = Math.log1p(-delta);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n * logQ).toBeLessThanOrEqual(Math.log(alpha));
        if (n > 1) expect((n - 1) * logQ).toBeGreaterThan(Math.log(alpha));
      }),
      { numRuns: 300 },
    );
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => zeroFailureTrials(0, 0.05), "delta");
    expectInputError(() => zeroFailureTrials(1, 0.05), "delta");
    expectInputError(() => zeroFailureTrials(0.1, 0), "alpha");
    expectInputError(() => zeroFailureTrials(0.1, 1), "alpha");
  });
});
