/**
 * Pins of the seed audit's theory that its property tests leave free (found by mutation testing of src/theory):
 * every parameter of the two tunings and of the completion's cap is refused by name, the regime boundary
 * ε = threshold belongs to the L1 regime in both tunings, Δ₁ = 0 is refused only in the L0 regime, and the
 * chain bound takes ℓ = log(1/δ) (not log δ), checked against its five terms written out by hand.
 */
import { describe, expect, test } from "vitest";
import {
  completionStepCap,
  correctedMinibatchTuning,
  correctedRegimeThresholdIn,
  close,
  FLOAT,
  seedMinibatchTuning,
  seedRegimeThresholdIn,
  signSgdHpChainBound,
  TOL,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

const seedBase = { L0: 2, L1: 3, d: 4, Delta1: 5, sigma1: 0.5, kappa: 1.5, epsilon: 0.1, delta: 0.1 };
const correctedBase = { L0: 2, L1: 3, d: 4, Delta1: 5, sigma1: 0.5, kappa: 1.5, epsilon: 0.1, delta: 0.1, grad1Norm1: 1 };

describe("seedMinibatchTuning", () => {
  test.each([
    ["L0", 0],
    ["L1", 0],
    ["d", 0],
    ["Delta1", -1],
    ["sigma1", -1],
    ["kappa", 1],
    ["epsilon", 0],
    ["delta", 0],
    ["c", 0.5],
  ] as const)("refuses %s = %s by name", (name, value) => {
    expectInputError(() => seedMinibatchTuning({ ...seedBase, [name]: value }), name);
  });

  test("ε exactly at the threshold 8·L0/(c·L1·√d) is the L1 regime; just below it, the L0 regime", () => {
    const threshold = seedRegimeThresholdIn(FLOAT, { ...seedBase, c: 1 });
    expect(threshold).toBe((8 * 2) / (3 * 2));
    expect(seedMinibatchTuning({ ...seedBase, epsilon: threshold }).regime).toBe("L1");
    expect(seedMinibatchTuning({ ...seedBase, epsilon: threshold * (1 - 1e-9) }).regime).toBe("L0");
  });

  test("Δ₁ = 0 is refused in the L0 regime only (its stepsize would be 0); in the L1 regime γ is the cap", () => {
    expectInputError(() => seedMinibatchTuning({ ...seedBase, Delta1: 0, epsilon: 0.1 }), "Delta1");
    const t = seedMinibatchTuning({ ...seedBase, Delta1: 0, epsilon: 10 });
    expect(t.regime).toBe("L1");
    expect(t.gamma).toBe(1 / (48 * 3 * 4 * 2 * -Math.log(0.1)));
  });
});

describe("correctedMinibatchTuning", () => {
  test.each([
    ["L0", 0],
    ["L1", 0],
    ["d", 0],
    ["Delta1", 0],
    ["sigma1", -1],
    ["kappa", 1],
    ["epsilon", 0],
    ["grad1Norm1", -1],
    ["delta", 0],
    ["delta", 0.9],
  ] as const)("refuses %s = %s by name", (name, value) => {
    expectInputError(() => correctedMinibatchTuning({ ...correctedBase, [name]: value }), name);
  });

  test("ε exactly at the threshold (40/3)·L0/(L1·√d) is the L1 regime; just below it, the L0 regime", () => {
    const threshold = correctedRegimeThresholdIn(FLOAT, correctedBase);
    expect(threshold).toBe((40 * 2) / (3 * 3 * 2));
    expect(correctedMinibatchTuning({ ...correctedBase, epsilon: threshold }).regime).toBe("L1");
    expect(correctedMinibatchTuning({ ...correctedBase, epsilon: threshold * (1 - 1e-9) }).regime).toBe("L0");
  });
});

test("completionStepCap = 1/(4·L1·d), refusing L1 and d by name", () => {
  expect(completionStepCap(3, 4)).toBe(1 / 48);
  expectInputError(() => completionStepCap(0, 4), "L1");
  expectInputError(() => completionStepCap(3, 0), "d");
});

test("signSgdHpChainBound: its five terms with ℓ = log(1/δ), by hand", () => {
  const p = { Delta1: 2, T: 10, gamma: 0.01, L0: 3, d: 4, delta: 0.05, sigma1: 0.25, grad1Norm1: 1.5 };
  const ell = Math.log(1 / 0.05);
  const terms = [
    (8 * 2) / (10 * 0.01), // 8Δ₁/(Tγ)
    8 * 3 * 4 * 0.01, // 8·L0·d·γ
    (96 * 2 * 3 * 0.01 * ell * 9) / 10, // 96·√d·L0·γ·ℓ·(T−1)/T
    16 * 0.25, // 16‖σ⃗‖₁
    (48 * 2 * 1.5 * ell) / 10, // 48·√d·‖∇f(x¹)‖₁·ℓ/T
  ];
  expect(
    close(
      signSgdHpChainBound(p),
      terms.reduce((a, b) => a + b, 0),
      TOL.exact,
    ),
  ).toBe(true);
});
