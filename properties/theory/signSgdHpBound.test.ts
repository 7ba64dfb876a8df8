/**
 * The seedfinal SignSGD high-probability bound and its stepsize cap pinned by hand-worked values, so that a
 * wrong constant or operator changes a number here even where the claim that uses them is too loose to notice
 * (its bound ×0.1 still holds on the audited instances). Every parameter is chosen ≠ 1 and the four terms
 * 4Δ₁/(Tγ), 80·L0·d·γ·ℓ, 8‖σ⃗‖₁ and 24·d·‖∇f(x¹)‖₁·ℓ/T are of distinct sizes, with ℓ = log(1/δ) on both sides
 * of 1 (δ on both sides of 1/e), so each constant, each product and each quotient is visible.
 */
import { describe, expect, test } from "vitest";
import { TOL, close, signSgdHpBound, signSgdStepCap, type SignSgdHpParams } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

const BASE: SignSgdHpParams = { Delta1: 3, T: 4, gamma: 0.5, L0: 2, d: 5, delta: 0.5, sigma1: 0.25, grad1Norm1: 0.1 };

describe("signSgdHpBound", () => {
  test("4Δ₁/(Tγ) + 80·L0·d·γ·ℓ + 8‖σ⃗‖₁ + 24·d·‖∇f(x¹)‖₁·ℓ/T by hand, L0 ≠ 1, δ on both sides of 1/e (ℓ = log 2 < 1, ℓ = log 100 > 1)", () => {
    // Δ₁ = 3, T = 4, γ = ½, L0 = 2, d = 5, ‖σ⃗‖₁ = ¼, ‖∇f(x¹)‖₁ = 0.1:
    //   4·3/(4·½) = 6,  80·2·5·½·ℓ = 400ℓ,  8·¼ = 2,  24·5·0.1·ℓ/4 = 3ℓ   ⇒   8 + 403ℓ.
    expect(close(signSgdHpBound(BASE), 8 + 403 * Math.LN2, TOL.exact)).toBe(true);
    expect(close(signSgdHpBound({ ...BASE, delta: 0.01 }), 8 + 403 * Math.log(100), TOL.exact)).toBe(true);
  });

  test("each term on its own: the others set to 0 (Δ₁, L0, ‖σ⃗‖₁ and ‖∇f(x¹)‖₁ may be 0)", () => {
    const zero = { Delta1: 0, L0: 0, sigma1: 0, grad1Norm1: 0 };
    expect(signSgdHpBound({ ...BASE, ...zero })).toBe(0);
    expect(close(signSgdHpBound({ ...BASE, ...zero, Delta1: 7 }), (4 * 7) / (4 * 0.5), TOL.exact)).toBe(true); // 14
    expect(close(signSgdHpBound({ ...BASE, ...zero, L0: 3, gamma: 0.25, d: 6, delta: 0.01 }), 80 * 3 * 6 * 0.25 * Math.log(100), TOL.exact)).toBe(true);
    expect(close(signSgdHpBound({ ...BASE, ...zero, sigma1: 1.5 }), 12, TOL.exact)).toBe(true);
    expect(close(signSgdHpBound({ ...BASE, ...zero, grad1Norm1: 2, T: 3, d: 7, delta: 0.5 }), (24 * 7 * 2 * Math.LN2) / 3, TOL.exact)).toBe(true);
    // The Δ₁ term falls as 1/T and 1/γ, the L0 term grows as γ: halving γ doubles one and halves the other.
    expect(close(signSgdHpBound({ ...BASE, ...zero, Delta1: 3, gamma: 0.25 }), 12, TOL.exact)).toBe(true);
  });

  test("bad parameters are typed errors naming the parameter, closed ends accepted", () => {
    for (const [key, bad] of [
      ["Delta1", -1],
      ["T", 0],
      ["T", 2.5],
      ["gamma", 0],
      ["L0", -1],
      ["d", 0],
      ["d", 1.5],
      ["delta", 0],
      ["delta", 1],
      ["sigma1", -1],
      ["grad1Norm1", -1],
    ] as const) {
      expectInputError(() => signSgdHpBound({ ...BASE, [key]: bad }), key);
    }
    expect(signSgdHpBound({ ...BASE, T: 1, d: 1 })).toBeGreaterThan(0);
  });
});

describe("signSgdStepCap", () => {
  test("1/(48·L1·d^{3/2}·ℓ) by hand with L1 ≠ 1 and δ on both sides of 1/e: L1 = 2, d = 4 gives 1/(768·log 2) at δ = ½, 1/(768·log 100) at δ = 0.01", () => {
    expect(close(signSgdStepCap(2, 4, 0.5), 1 / (768 * Math.LN2), TOL.exact)).toBe(true);
    expect(close(signSgdStepCap(2, 4, 0.01), 1 / (768 * Math.log(100)), TOL.exact)).toBe(true);
    // d = 9: d^{3/2} = 27; L1 = 0.5: 48·0.5·27 = 648.
    expect(close(signSgdStepCap(0.5, 9, 0.5), 1 / (648 * Math.LN2), TOL.exact)).toBe(true);
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => signSgdStepCap(-1, 4, 0.5), "L1");
    expectInputError(() => signSgdStepCap(1, 0, 0.5), "d");
    expectInputError(() => signSgdStepCap(1, 2.5, 0.5), "d");
    expectInputError(() => signSgdStepCap(1, 4, 0), "delta");
    expectInputError(() => signSgdStepCap(1, 4, 1), "delta");
    expect(signSgdStepCap(1, 1, 0.5)).toBeGreaterThan(0);
  });
});
