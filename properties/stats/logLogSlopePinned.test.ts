/**
 * `logLogSlope` beyond boundsPinned.test.ts: the centring of log y (Σdx = 0 in exact arithmetic, so ȳ drops out of
 * the slope, but in floating point Σdx is a round-off and an uncentred Σdx·log y carries log y times it), and every
 * refusal carrying its value: the count of sizes, the offending (size, cost) pair, a cost of exactly 0.
 */
import { describe, expect, test } from "vitest";
import { logLogSlope } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

describe("log–log slope: centring", () => {
  test("a flat cost far from 1 has slope 0 to 1e-20: log y is centred on its mean before it meets the round-off of Σdx", () => {
    // log(1e300) ≈ 690.8: were log y not centred (or centred on −ȳ, or on n²·ȳ), the slope would be ≈ 690.8·(Σdx round-off)/Sxx,
    // about 1e-13 for these sizes; centred, every log y − ȳ is 0 (or one round-off), and so is the slope.
    for (const sizes of [
      [1, 3, 10],
      [1, 10, 100, 1000],
    ]) {
      for (const c of [1e300, 1e-300]) {
        const slope = logLogSlope(
          sizes,
          sizes.map(() => c),
        );
        expect(Math.abs(slope), `sizes ${sizes}, cost ${c}: slope ${slope}`).toBeLessThanOrEqual(1e-20);
      }
    }
  });
});

describe("log–log slope: refusals carry the value", () => {
  test("fewer than 2 sizes, or as many costs as sizes but not equal counts, name `sizes` and carry the number of sizes", () => {
    expectInputError(() => logLogSlope([], []), "sizes", 0);
    expectInputError(() => logLogSlope([1], [1]), "sizes", 1);
    expectInputError(() => logLogSlope([1, 2, 3], [1, 2]), "sizes", 3);
    // More costs than sizes: the extra cost must not be dropped silently.
    expectInputError(() => logLogSlope([1, 2], [1, 2, 4]), "sizes", 2);
  });

  test("a cost of exactly 0 is refused (log 0 = −∞), carrying the (size, cost) pair; so are a negative and a non-finite one", () => {
    expectInputError(() => logLogSlope([1, 2], [1, 0]), "(size, cost)[1]", [2, 0]);
    expectInputError(() => logLogSlope([0.5, 2], [-1, 2]), "(size, cost)[0]", [0.5, -1]);
    expectInputError(() => logLogSlope([1, 2, 4], [1, 2, Infinity]), "(size, cost)[2]", [4, Infinity]);
    expectInputError(() => logLogSlope([0, 2], [1, 2]), "(size, cost)[0]", [0, 1]);
  });

  test("one distinct size names `sizes` and carries the sizes", () => {
    expectInputError(() => logLogSlope([3, 3, 3], [1, 2, 4]), "sizes", [3, 3, 3]);
  });
});
