/**
 * The sign-flip entry points and bounds pinned by hand: g = 0 refused as a typed error naming "g" (every
 * other bad input naming its parameter too), scale 0 giving the certain outcome without consulting the law,
 * the margin ½ − wrong − zero formed from the outcomes of a law that gives none, and both branches of the
 * Gauss bound and of ½ − (Gauss bound) by their closed forms. Every law is built inside the test that uses it.
 */
import { expect, test } from "vitest";
import {
  TOL,
  close,
  flipProbability,
  gaussFlipBound,
  gaussian,
  halfMinusFlipProbability,
  halfMinusGaussFlipBound,
  seedFlipBound,
  signOutcomes,
  symmetricMarkovFlipBound,
  type FullNoiseLaw,
} from "signcheck";
import { expectInputError } from "../expectInputError.ts";

test("g = 0 has no sign to flip: each entry point throws an InputError naming g", () => {
  const law = gaussian();
  expectInputError(() => flipProbability(law, 0, 1), "g", 0);
  expectInputError(() => halfMinusFlipProbability(law, 0, 1), "g", 0);
  expectInputError(() => signOutcomes(law, 0, 1), "g", 0);
});

test("non-finite g and negative scales are typed errors naming g and scale", () => {
  const law = gaussian();
  for (const f of [flipProbability, halfMinusFlipProbability, signOutcomes]) {
    expectInputError(() => f(law, Number.NaN, 1), "g");
    expectInputError(() => f(law, Infinity, 1), "g", Infinity);
    expectInputError(() => f(law, 1, -1), "scale", -1);
  }
});

test("scale 0: the sign is always right (outcomes {0, 0, 1}, flip probability 0, margin ½), whatever the law's outcomes", () => {
  const law = gaussian();
  expect(signOutcomes(law, 1, 0)).toEqual({ wrong: 0, zero: 0, right: 1 });
  expect(signOutcomes(law, -2, 0)).toEqual({ wrong: 0, zero: 0, right: 1 });
  expect(flipProbability(law, 1, 0)).toBe(0);
  expect(halfMinusFlipProbability(law, 1, 0)).toBe(0.5);
  // A law whose outcomes ignore the scale: at scale 0 the entry points answer without asking it.
  const fixed: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: 0.125, zero: 0.0625, right: 0.8125 }) };
  expect(signOutcomes(fixed, 1, 0)).toEqual({ wrong: 0, zero: 0, right: 1 });
  expect(flipProbability(fixed, 1, 0)).toBe(0);
  expect(halfMinusFlipProbability(fixed, -1, 0)).toBe(0.5);
});

test("the bounds' typed errors name sigma, |g|, kappa and sd", () => {
  expectInputError(() => seedFlipBound(-1, 1), "sigma", -1);
  expectInputError(() => seedFlipBound(1, 0), "|g|", 0);
  expectInputError(() => symmetricMarkovFlipBound(-1, 1, 1), "sigma", -1);
  expectInputError(() => symmetricMarkovFlipBound(1, 0, 1), "kappa", 0);
  expectInputError(() => symmetricMarkovFlipBound(1, 1, 0), "|g|", 0);
  expectInputError(() => gaussFlipBound(0, 1), "|g|", 0);
  expectInputError(() => gaussFlipBound(1, 0), "sd", 0);
  expectInputError(() => halfMinusGaussFlipBound(0, 1), "|g|", 0);
  expectInputError(() => halfMinusGaussFlipBound(1, -1), "sd", -1);
});

test("Gauss bound below S = 2/√3 is ½ − S/(2√3): S = ½ gives ½ − 1/(4√3), not 2/(9S²) = 8/9", () => {
  expect(close(gaussFlipBound(0.5, 1), 0.5 - 1 / (4 * Math.sqrt(3)), TOL.exact)).toBe(true);
  expect(close(gaussFlipBound(-1, 2), 0.5 - 1 / (4 * Math.sqrt(3)), TOL.exact)).toBe(true);
  // and beyond it 2/(9S²): S = 3 gives 2/81.
  expect(close(gaussFlipBound(3, 1), 2 / 81, TOL.exact)).toBe(true);
});

test("a law whose outcomes carry no margin: ½ − P(flip) is ½ − wrong − zero", () => {
  // wrong = 1/8, zero = 1/16 (dyadic, so exact): ½ − 1/8 − 1/16 = 5/16.
  const law: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: 0.125, zero: 0.0625, right: 0.8125 }) };
  expect(halfMinusFlipProbability(law, 1, 1)).toBe(0.3125);
  expect(flipProbability(law, 1, 1)).toBe(0.1875);
});

test("½ − Gauss bound beyond S = 2/√3 is ½ − 2/(9S²): S = 3 gives ½ − 2/81, S = 1.5 gives ½ − 8/81", () => {
  // S = |g|/sd = 3: 2/(9·9) = 2/81; S = 1.5 (> 2/√3 ≈ 1.1547): 2/(9·2.25) = 8/81.
  expect(close(halfMinusGaussFlipBound(3, 1), 0.5 - 2 / 81, TOL.exact)).toBe(true);
  expect(close(halfMinusGaussFlipBound(-6, 2), 0.5 - 2 / 81, TOL.exact)).toBe(true);
  expect(close(halfMinusGaussFlipBound(1.5, 1), 0.5 - 8 / 81, TOL.exact)).toBe(true);
  // below the threshold, S/(2√3): S = 1 gives 1/(2√3).
  expect(close(halfMinusGaussFlipBound(1, 1), 1 / (2 * Math.sqrt(3)), TOL.exact)).toBe(true);
});

test("seed bound σ/|g| and symmetric Markov bound σ^κ/(2|g|^κ) by hand", () => {
  expect(seedFlipBound(3, -2)).toBe(1.5);
  expect(seedFlipBound(0, 5)).toBe(0);
  // σ = 2, κ = 2, g = −4: ½·(2/4)² = ⅛; κ = 3, σ = 1, g = ½: ½·2³ = 4.
  expect(symmetricMarkovFlipBound(2, 2, -4)).toBe(0.125);
  expect(symmetricMarkovFlipBound(1, 3, 0.5)).toBe(4);
});

test("the flip probability and its distance below ½ are clamped to [0, 1] and [−½, ½]", () => {
  // Outcomes out of range (a law written outside src/noise) are clamped, not passed on.
  const over: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: 0.75, zero: 0.5, right: 0, margin: -0.75 }) };
  expect(flipProbability(over, 1, 1)).toBe(1);
  expect(halfMinusFlipProbability(over, 1, 1)).toBe(-0.5);
  const under: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: -0.25, zero: 0, right: 1.25, margin: 0.75 }) };
  expect(flipProbability(under, 1, 1)).toBe(0);
  expect(halfMinusFlipProbability(under, 1, 1)).toBe(0.5);
});
