/**
 * Sign-flip probabilities: the exact value agrees with sampling (Clopper–Pearson interval at level
 * 1e-4 per comparison), counts g + X = 0 as a flip on atoms, and sits below the bounds whose
 * hypotheses the law meets (seed (4) always; symmetric Markov for symmetric laws; Gauss for unimodal
 * symmetric laws with finite variance). Majority vote: the exact error agrees with brute-force
 * enumeration of the M signs.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  BRANCH_CONTINUITY,
  CONTINUITY_PROBE,
  TOL,
  clopperPearson,
  close,
  flipProbability,
  gaussFlipBound,
  leq,
  majorityVoteError,
  noiseFromSpec,
  noiseLaw,
  seedFlipBound,
  sigmaKappa,
  signOutcomes,
  streamFor,
  symmetricMarkovFlipBound,
  arb,
} from "signcheck/internal";
import { CATALOGUE, label } from "./catalogue.ts";

/** Level of each Clopper–Pearson comparison of an exact probability with its sampled frequency. */
const CP_LEVEL = 1e-4;
const N = 20_000;

describe("exact flip probabilities agree with sampled frequencies", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    test(label(spec), () => {
      const gs = law.hasAtoms ? [1, -1, 0.3] : [0.2, -0.7, 2];
      const stream = streamFor({ seed: 3, claim: "properties/noise/flip", instance: label(spec), trial: 0 });
      for (const g of gs) {
        let k = 0;
        for (let i = 0; i < N; i++) if (Math.sign(g + law.sample(stream)) !== Math.sign(g)) k++;
        const p = flipProbability(law, g, 1);
        const ci = clopperPearson(k, N, CP_LEVEL);
        expect(p, `g = ${g}: ${k}/${N}`).toBeGreaterThanOrEqual(ci.lo);
        expect(p, `g = ${g}: ${k}/${N}`).toBeLessThanOrEqual(ci.hi);
      }
    });
  }
  test("an atom at −g counts as a flip (sign 0 ≠ sign g)", () => {
    const law = noiseFromSpec({ law: "lattice", probs: [0.2, 0.8] }); // ±1 w.p. 0.4 each, 0 w.p. 0.2
    expect(close(flipProbability(law, 1, 1), 0.4, TOL.exact)).toBe(true);
    const o = signOutcomes(law, 1, 1);
    expect(close(o.zero, 0.4, TOL.exact) && o.wrong === 0 && close(o.right, 0.6, TOL.exact)).toBe(true);
    // The exact probability is that of the sampled event, rounding included: with scale 0.1 and
    // g = 3·0.1 = 0.30000000000000004, g + 0.1·(−3) is exactly 0 although g/scale ≠ 3 in floating point.
    const three = noiseFromSpec({ law: "lattice", probs: [0, 0, 0, 1] });
    const g3 = 3 * 0.1;
    expect(g3 / 0.1).not.toBe(3);
    expect(g3 + 0.1 * -3).toBe(0);
    expect(flipProbability(three, g3, 0.1)).toBe(0.5);
    // Off the atoms the zero outcome vanishes.
    expect(signOutcomes(law, 0.5, 1).zero).toBe(0);
    expect(close(flipProbability(noiseFromSpec({ law: "centredLomax", alpha: 1.5 }), 0.1, 1), 1 - (1 + (2 - 0.1)) ** -1.5, TOL.exact)).toBe(true);
  });
});

test("exact flip probabilities sit below the bounds whose hypotheses hold", () => {
  fc.assert(
    fc.property(noiseLaw(), arb.logUniform(1e-3, 1e3), fc.boolean(), arb.logUniform(1e-2, 1e2), ({ noise, kappa }, mag, neg, scale) => {
      const law = noiseFromSpec(noise);
      const g = neg ? -mag : mag;
      const p = flipProbability(law, g, scale);
      const sigma = sigmaKappa(law, scale, kappa);
      expect(leq(p, seedFlipBound(sigma, g), TOL.claim)).toBe(true);
      if (law.symmetric) expect(leq(p, symmetricMarkovFlipBound(sigma, kappa, g), TOL.claim)).toBe(true);
      if (law.symmetric && law.unimodal && law.maxMomentOrder > 2) expect(leq(p, gaussFlipBound(g, sigmaKappa(law, scale, 2)), TOL.claim)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test("zero-mean noise halves (4): P(flip) ≤ E|X|/(2|g|) ≤ σ/(2|g|), since E|X| = 2·E[X⁻] ≥ 2|g|·P(X ≤ −|g|)", () => {
  fc.assert(
    fc.property(noiseLaw(), arb.logUniform(1e-3, 1e3), fc.boolean(), ({ noise, kappa }, mag, neg) => {
      const law = noiseFromSpec(noise);
      const g = neg ? -mag : mag;
      expect(leq(flipProbability(law, g, 1), 0.5 * seedFlipBound(sigmaKappa(law, 1, kappa), g), TOL.claim)).toBe(true);
    }),
    { numRuns: 300 },
  );
  // and the factor ½ is attained at κ = 1: the two-point law with g = q on its atom −q flips
  // w.p. 1 − q (g + X = 0 counts), and E|X|/(2|g|) = 2q(1 − q)/(2q) = 1 − q.
  const q = 1e-6;
  const law = noiseFromSpec({ law: "twoPoint", q });
  expect(close(flipProbability(law, q, 1), 0.5 * seedFlipBound(law.absMoment(1), q), TOL.exact)).toBe(true);
});

test("the Gauss bound is continuous at S = 2/√3 (both branches give 1/6)", () => {
  const S = 2 / Math.sqrt(3);
  expect(close(gaussFlipBound(S * (1 + CONTINUITY_PROBE), 1), gaussFlipBound(S, 1), BRANCH_CONTINUITY)).toBe(true);
  expect(close(gaussFlipBound(S, 1), 1 / 6, TOL.exact)).toBe(true);
});

describe("majority vote of M signs", () => {
  /** Brute force: sum over all 3^M outcomes (M ≤ 7). */
  function enumerate(M: number, wrong: number, zero: number): number {
    const right = 1 - wrong - zero;
    let err = 0;
    const rec = (m: number, p: number, sum: number): void => {
      if (m === M) {
        if (sum <= 0) err += p;
        return;
      }
      rec(m + 1, p * right, sum + 1);
      rec(m + 1, p * wrong, sum - 1);
      rec(m + 1, p * zero, sum);
    };
    rec(0, 1, 0);
    return err;
  }
  test("exact error = enumeration, with and without zero signs", () => {
    for (const M of [1, 2, 3, 4, 5, 7])
      for (const [w, z] of [
        [0.3, 0],
        [0.1, 0.2],
        [0.45, 0.1],
        [0.6, 0],
        [0, 0.5],
      ]) {
        expect(close(majorityVoteError(M, w, z), enumerate(M, w, z), TOL.special), `M=${M} wrong=${w} zero=${z}`).toBe(true);
      }
  });
  test("more workers help when the wrong-sign probability is below ½ and hurt above (docs/seed-errata.md, background: majority vote)", () => {
    expect(majorityVoteError(101, 0.45)).toBeLessThan(majorityVoteError(25, 0.45));
    expect(majorityVoteError(25, 0.45)).toBeLessThan(majorityVoteError(1, 0.45));
    expect(majorityVoteError(25, 0.9)).toBeGreaterThan(majorityVoteError(5, 0.9));
    expect(() => majorityVoteError(0, 0.1)).toThrow(/^M/);
    expect(() => majorityVoteError(3, 1.2)).toThrow(/^wrong/);
  });
});
