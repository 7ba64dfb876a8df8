/**
 * The atom laws' sampler pinned at the points where its comparisons decide: a uniform U equal to a
 * cumulative probability draws the next atom (X = inf{x : F(x) > U}), and probabilities accepted as
 * summing to 1 within tolerance are normalised by their total. A stand-in stream hands out chosen
 * uniforms — numbers a real stream also produces (next() has 53-bit resolution, so ¾ is one of them).
 * Every law is built inside the test that checks it (see pinnedLaws.test.ts).
 */
import { describe, expect, test } from "vitest";
import { lattice, twoPoint, type Stream } from "signcheck/internal";

/** A stand-in stream whose next() hands out the given uniforms in order. */
function uniforms(...us: number[]): Stream {
  return {
    next: () => {
      if (us.length === 0) throw new Error("scripted stream: no uniform left");
      return us.shift()!;
    },
  } as unknown as Stream;
}

describe("the atom sampler inverts the cdf", () => {
  test("two-point q = ¼: U < ¾ draws −¼, U = ¾ = F(−¼) and above draw ¾", () => {
    const tp = twoPoint(0.25);
    expect(tp.sample(uniforms(0))).toBe(-0.25);
    expect(tp.sample(uniforms(0.75 - 2 ** -53))).toBe(-0.25);
    expect(tp.sample(uniforms(0.75))).toBe(0.75);
    expect(tp.sample(uniforms(1 - 2 ** -53))).toBe(0.75);
  });

  test("lattice {0: ½, ±1: ¼}: the cdf steps at ¼ and ¾ (U at a step draws the atom above it)", () => {
    const lat = lattice([0.5, 0.5]);
    const draw = (u: number) => lat.sample(uniforms(u));
    expect([draw(0.1), draw(0.25), draw(0.5), draw(0.75), draw(0.9)]).toEqual([-1, 0, 0, 1, 1]);
  });

  test("probabilities summing to 1 + 1e-10 (accepted) are normalised: U is compared with F(x)/(1 + 1e-10)", () => {
    // probs [½, ½ + 1e-10]: P(−1) = P(1) = ¼ + 5e-11, P(0) = ½, total c = 1 + 1e-10; the step of the
    // normalised cdf at −1 is (¼ + 5e-11)/(1 + 1e-10) = ¼ + 2.5e-11, at 0 (¾ + 5e-11)/(1 + 1e-10) = ¾ − 2.5e-11 (to 1e-20).
    const lat = lattice([0.5, 0.5 + 1e-10]);
    expect(lat.sample(uniforms(0.25 + 2.4e-11))).toBe(-1);
    expect(lat.sample(uniforms(0.25 + 2.6e-11))).toBe(0);
    expect(lat.sample(uniforms(0.75 - 2.6e-11))).toBe(0);
    expect(lat.sample(uniforms(0.75 - 2.4e-11))).toBe(1);
  });
});
