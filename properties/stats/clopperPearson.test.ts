import { describe, expect, test } from "vitest";
import { INTERVAL_END_TAIL, TOL, clopperPearson, clopperPearsonLower, clopperPearsonUpper, close, binomialCdf, binomialSf } from "signcheck/internal";

// Reference values: R's binom.test(k, n)$conf.int (exact Clopper–Pearson), quoted to 4 digits.
const TABLE: Array<[k: number, n: number, lo: number, hi: number]> = [
  [5, 100, 0.0164, 0.1128],
  [0, 10, 0, 0.3085],
  [10, 10, 0.6915, 1],
  [1, 20, 0.0013, 0.2487],
  [50, 100, 0.3983, 0.6017],
];

describe("Clopper–Pearson", () => {
  test.each(TABLE)("k=%i n=%i at 95%% matches the reference [%f, %f]", (k, n, lo, hi) => {
    const ci = clopperPearson(k, n, 0.05);
    expect(close(ci.lo, lo, TOL.table4), `lo ${ci.lo} vs ${lo}`).toBe(true);
    expect(close(ci.hi, hi, TOL.table4), `hi ${ci.hi} vs ${hi}`).toBe(true);
  });

  test("the one-sided bounds solve their defining tail equations, from the conservative side", () => {
    // Each end solves its computed tail = α(1 − 2·BETA_INC_RTOL) (exactTails.test.ts checks it against exact sums).
    for (const [k, n] of [
      [3, 40],
      [0, 200],
      [17, 25],
    ] as const) {
      const u = clopperPearsonUpper(k, n, 0.01);
      const l = clopperPearsonLower(k, n, 0.01);
      if (k < n) expect(close(binomialCdf(k, n, u), 0.01, INTERVAL_END_TAIL)).toBe(true);
      if (k > 0) expect(close(binomialSf(k, n, l), 0.01, INTERVAL_END_TAIL)).toBe(true);
      if (k < n) expect(binomialCdf(k, n, u)).toBeLessThan(0.01);
      if (k > 0) expect(binomialSf(k, n, l)).toBeLessThan(0.01);
    }
  });
});
