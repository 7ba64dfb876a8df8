/**
 * The exact error probability of a majority vote of M signs, against brute-force enumeration of the
 * trinomial law of (#wrong, #zero, #right): the vote errs iff #right ≤ #wrong (a tie, all-zero votes
 * included, gives sign 0 ≠ sign g). Both parities of M, with and without zero votes, and the degenerate
 * laws (every sign zero, every sign wrong, every sign right).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { TOL, close, majorityVoteError } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

/** Σ over (w, z, r), w + z + r = M, r ≤ w, of M!/(w! z! r!) wrong^w zero^z right^r. */
function enumerated(M: number, wrong: number, zero: number): number {
  const right = 1 - wrong - zero;
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  let s = 0;
  for (let w = 0; w <= M; w++)
    for (let z = 0; z + w <= M; z++) {
      const r = M - w - z;
      if (r <= w) s += (fact(M) / (fact(w) * fact(z) * fact(r))) * wrong ** w * zero ** z * right ** r;
    }
  return s;
}

describe("majority vote error", () => {
  test("equals the enumerated trinomial sum, odd and even M, with and without zero votes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (M, a, b, withZero) => {
          const wrong = a * (withZero ? 1 - b : 1);
          const zero = withZero ? b * (1 - wrong) : 0;
          const p = majorityVoteError(M, wrong, zero);
          const ref = enumerated(M, wrong, zero);
          expect(close(p, ref, TOL.reference), `M = ${M}, wrong = ${wrong}, zero = ${zero}: ${p} vs ${ref}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("worked by hand: M = 1, 2, 3", () => {
    // M = 1: wrong or zero. M = 2: no right vote, or one right against one wrong. M = 3 without zeros: ≥ 2 of 3 wrong.
    expect(close(majorityVoteError(1, 0.2, 0.1), 0.3, TOL.exact)).toBe(true);
    expect(close(majorityVoteError(2, 0.2, 0.1), 0.3 ** 2 + 2 * 0.7 * 0.2, TOL.exact)).toBe(true);
    expect(close(majorityVoteError(2, 0.2), 1 - 0.8 ** 2, TOL.exact)).toBe(true); // a 1–1 tie errs
    expect(close(majorityVoteError(3, 0.2), 3 * 0.2 ** 2 * 0.8 + 0.2 ** 3, TOL.exact)).toBe(true);
    // M = 3 with zeros: (w, z, r) with r ≤ w — one right vote loses to one wrong and a zero, two zeros and a right win.
    expect(close(majorityVoteError(3, 0.2, 0.3), enumerated(3, 0.2, 0.3), TOL.exact)).toBe(true);
  });

  test("degenerate laws: all zero → 1, all wrong → 1, all right → 0", () => {
    for (const M of [1, 2, 7]) {
      expect(majorityVoteError(M, 0, 1)).toBe(1);
      expect(majorityVoteError(M, 1, 0)).toBe(1);
      expect(majorityVoteError(M, 0, 0)).toBe(0);
      expect(majorityVoteError(M, 0.5, 0.5)).toBe(1); // no right vote ever: every vote is a loss or a tie
    }
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => majorityVoteError(0, 0.1), "M");
    expectInputError(() => majorityVoteError(2.5, 0.1), "M");
    expectInputError(() => majorityVoteError(3, -0.1), "wrong");
    expectInputError(() => majorityVoteError(3, 1.1), "wrong");
    expectInputError(() => majorityVoteError(3, 0.1, -0.1), "zero");
    expectInputError(() => majorityVoteError(3, 0.1, 1.1), "zero");
    expectInputError(() => majorityVoteError(3, 0.6, 0.6), "wrong + zero", 1.2);
    // wrong + zero may exceed 1 by the round-off of probabilities that sum to 1 in exact arithmetic (1e-15), not more.
    const zero = 1 + 1e-15 - 0.5;
    expect(0.5 + zero).toBe(1 + 1e-15);
    expect(majorityVoteError(3, 0.5, zero)).toBe(1);
    expectInputError(() => majorityVoteError(3, 0.5, zero + 2 ** -52), "wrong + zero");
  });
});
