/**
 * `linearFit` pinned by hand (Draper & Smith §1.4): a four-point fit with x̄ ≠ 0 (so the intercept's x̄²/Sxx term is
 * visible), n − 2 = 2 degrees of freedom (whose Student-t quantile has a closed form, so n − 2 vs n + 2 shows),
 * α = 0.1 (so 1 − α vs 1 + α shows), R² on a sample with spread and on a flat one, and every refusal naming its
 * parameter and carrying its value, at both open ends of α.
 */
import { describe, expect, test } from "vitest";
import { TOL, close, linearFit } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

/**
 * The Student-t quantile at p for ν = 2, in closed form: F(t) = ½ + t/(2√(2 + t²)), so with u = 2p − 1,
 * u²(2 + t²) = t² and t = u·√(2/(1 − u²)).
 */
function t2(p: number): number {
  const u = 2 * p - 1;
  return u * Math.sqrt(2 / (1 - u * u));
}

describe("linearFit by hand", () => {
  // x = 1, 2, 3, 4 and y = 2, 4, 3, 6: x̄ = 5/2, ȳ = 15/4; dx = −3/2, −1/2, 1/2, 3/2; dy = −7/4, 1/4, −3/4, 9/4.
  // Sxx = 9/4 + 1/4 + 1/4 + 9/4 = 5; Sxy = 21/8 − 1/8 − 3/8 + 27/8 = 11/2; Syy = (49 + 1 + 9 + 81)/16 = 35/4.
  // b = Sxy/Sxx = 11/10; a = ȳ − b·x̄ = 15/4 − 11/4 = 1; RSS = Syy − b·Sxy = 35/4 − 121/20 = 27/10;
  // σ̂² = RSS/(n − 2) = 27/20; se(b)² = σ̂²/Sxx = 27/100; se(a)² = σ̂²·(1/n + x̄²/Sxx) = 27/20·(1/4 + 5/4) = 81/40;
  // R² = 1 − RSS/Syy = 1 − (27/10)/(35/4) = 121/175. α = 0.1: t = t₂(0.95) = 0.9·√(2/0.19) ≈ 2.92.
  const xs = [1, 2, 3, 4];
  const ys = [2, 4, 3, 6];
  const t = t2(0.95);

  test("slope 11/10 and intercept 1 (x̄ = 5/2 ≠ 0)", () => {
    const fit = linearFit(xs, ys, 0.1);
    expect(fit.n).toBe(4);
    expect(close(fit.slope, 1.1, TOL.exact), `slope ${fit.slope}`).toBe(true);
    expect(close(fit.intercept, 1, TOL.exact), `intercept ${fit.intercept}`).toBe(true);
  });

  test("slope interval b ± t₂(0.95)·√(27/100): n − 2 = 2 degrees of freedom (t₆ would give ≈ 1.94, not ≈ 2.92)", () => {
    const fit = linearFit(xs, ys, 0.1);
    const half = t * Math.sqrt(0.27);
    expect(close(fit.slopeInterval[0], 1.1 - half, TOL.claim), `lo ${fit.slopeInterval[0]}`).toBe(true);
    expect(close(fit.slopeInterval[1], 1.1 + half, TOL.claim), `hi ${fit.slopeInterval[1]}`).toBe(true);
  });

  test("intercept interval a ∓ t·σ̂·√(1/n + x̄²/Sxx) = 1 ∓ t₂(0.95)·√(81/40): lower end below, upper end above", () => {
    const fit = linearFit(xs, ys, 0.1);
    const half = t * Math.sqrt(81 / 40);
    expect(close(fit.interceptInterval[0], 1 - half, TOL.claim), `lo ${fit.interceptInterval[0]}`).toBe(true);
    expect(close(fit.interceptInterval[1], 1 + half, TOL.claim), `hi ${fit.interceptInterval[1]}`).toBe(true);
  });

  test("nominal confidence 1 − α = 0.9", () => {
    expect(linearFit(xs, ys, 0.1).confidence).toBe(0.9);
  });

  test("R² = 1 − RSS/Syy = 121/175 when the y spread (Syy > 0)", () => {
    const fit = linearFit(xs, ys, 0.1);
    expect(close(fit.r2, 121 / 175, TOL.exact), `r2 ${fit.r2}`).toBe(true);
  });

  test("flat y (Syy = 0): R² is 1, not RSS/Syy = 0/0; slope 0, intercept the constant, intervals of width 0", () => {
    const fit = linearFit(xs, [5, 5, 5, 5], 0.1);
    expect(fit.r2).toBe(1);
    expect(fit.slope).toBe(0);
    expect(fit.intercept).toBe(5);
    expect(fit.slopeInterval).toEqual([0, 0]);
    expect(fit.interceptInterval).toEqual([5, 5]);
  });
});

describe("linearFit refusals", () => {
  const xs3 = [1, 2, 3, 4];
  const ys3 = [2, 4, 3, 6];

  test("α outside the open (0, 1) names `alpha` and carries it; α just inside both ends is accepted", () => {
    expectInputError(() => linearFit(xs3, ys3, 0), "alpha", 0);
    expectInputError(() => linearFit(xs3, ys3, 1), "alpha", 1);
    expectInputError(() => linearFit(xs3, ys3, -0.1), "alpha", -0.1);
    for (const alpha of [1e-9, 1 - 1e-9]) {
      const fit = linearFit(xs3, ys3, alpha);
      expect(fit.confidence).toBe(1 - alpha);
      expect(fit.slopeInterval[0]).toBeLessThanOrEqual(fit.slope);
      expect(fit.slope).toBeLessThanOrEqual(fit.slopeInterval[1]);
    }
  });

  test("fewer than three points names `xs.length` and carries the count; three are accepted", () => {
    expectInputError(() => linearFit([1, 2], [1, 2]), "xs.length", 2);
    expect(linearFit([1, 2, 3], [1, 3, 2]).n).toBe(3);
  });

  test("ys of another length, shorter or longer, names `ys` and carries its length", () => {
    expectInputError(() => linearFit([1, 2, 3], [1, 2]), "ys", "length 2");
    expectInputError(() => linearFit([1, 2, 3], [1, 2, 3, 4]), "ys", "length 4");
  });

  test("a non-finite x or y names its index and carries the value", () => {
    expectInputError(() => linearFit([1, Infinity, 3], [1, 2, 3]), "xs[1]", Infinity);
    expectInputError(() => linearFit([1, 2, NaN], [1, 2, 3]), "xs[2]", NaN);
    expectInputError(() => linearFit([1, 2, 3], [-Infinity, 2, 3]), "ys[0]", -Infinity);
    expectInputError(() => linearFit([1, 2, 3], [1, 2, NaN]), "ys[2]", NaN);
  });

  test("all x equal names `xs` (value: all equal)", () => {
    expectInputError(() => linearFit([2, 2, 2], [1, 2, 3]), "xs", "all equal");
  });
});
