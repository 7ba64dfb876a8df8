// The comparison of the sequential rate test with fixed-sample designs (the audit's profile): the sequential
// design's power by the windowed propagation equals the exact full propagation of `refutationProbability`; the
// fixed n found reaches the power asked for while half of it does not; the alternative is a factor 2 off δ in
// the direction of the decision; a design that cannot decide at the alternative is not compared.
import { describe, expect, test } from "vitest";
import {
  alternativeFor,
  BETA_INC_RTOL,
  binomialCdf,
  binomialSf,
  compareWithFixedSample,
  fixedSampleSize,
  LEAST_COMPARABLE_POWER,
  refutationProbability,
  sequentialDesign,
  sequentialPower,
  TRIMMED_POWER_ATOL,
} from "signcheck/internal";

const DESIGNS: [number, number, number, number][] = [
  [0.1, 1e-4, 1000, 50],
  [0.02, 5e-4, 800, 30],
  [0.3, 5e-5, 600, 40],
  [0.9, 1e-3, 400, 30],
];

describe("fixed-sample comparison", () => {
  test("the sequential design's power equals the exact propagation through every look", () => {
    for (const [delta, alpha, nMax, nMin] of DESIGNS) {
      const design = sequentialDesign(delta, alpha, nMax, nMin);
      for (const p of [delta / 2, delta, Math.min(2 * delta, (1 + delta) / 2)]) {
        const exact = refutationProbability(design, p);
        const mine = sequentialPower(design, p);
        expect(Math.abs(mine.certify - exact.certify)).toBeLessThanOrEqual(TRIMMED_POWER_ATOL);
        expect(Math.abs(mine.refute - exact.refute)).toBeLessThanOrEqual(TRIMMED_POWER_ATOL);
        expect(mine.expectedTrials).toBeGreaterThanOrEqual(nMin);
        expect(mine.expectedTrials).toBeLessThanOrEqual(nMax);
      }
    }
  });

  test("the fixed n reaches the asked power and half of it does not", () => {
    const level = (n: number, delta: number, alpha: number, p: number, side: "certify" | "refute") => {
      // the power of the one-look exact test at n, by brute force over k (at the level decideRate uses)
      if (side === "certify") {
        let c = -1;
        for (let k = 0; k <= n; k++) if (binomialCdf(k, n, delta) <= alpha * (1 - 2 * BETA_INC_RTOL)) c = k;
        return c < 0 ? 0 : binomialCdf(c, n, p);
      }
      let r = n + 1;
      for (let k = n; k >= 0; k--) if (binomialSf(k, n, delta) <= alpha * (1 - 2 * BETA_INC_RTOL)) r = k;
      return r > n ? 0 : binomialSf(r, n, p);
    };
    for (const [delta, alpha] of [
      [0.1, 1e-3],
      [0.3, 1e-4],
    ] as const) {
      for (const side of ["certify", "refute"] as const) {
        const { p } = alternativeFor(delta, side === "certify" ? "certified" : "refuted");
        const n = fixedSampleSize(delta, alpha, p, side, 0.9, 100_000)!;
        expect(n).toBeGreaterThan(1);
        expect(level(n, delta, alpha, p, side)).toBeGreaterThanOrEqual(0.9);
        expect(level(Math.floor(n / 2), delta, alpha, p, side)).toBeLessThan(0.9);
      }
    }
  });

  test("the alternative is δ/2 when certified or undecided, min(2δ, (1+δ)/2) when refuted", () => {
    expect(alternativeFor(0.1, "certified")).toEqual({ p: 0.05, side: "certify" });
    expect(alternativeFor(0.1, "undecided")).toEqual({ p: 0.05, side: "certify" });
    expect(alternativeFor(0.1, "refuted")).toEqual({ p: 0.2, side: "refute" });
    expect(alternativeFor(0.8, "refuted")).toEqual({ p: 0.9, side: "refute" });
  });

  test("a design too small to decide at the alternative is not compared", () => {
    const c = compareWithFixedSample(sequentialDesign(1e-3, 1e-4, 3000, 50), "certified");
    expect(c.sequentialPower).toBeLessThan(LEAST_COMPARABLE_POWER);
    expect(c.fixedTrials).toBeUndefined();
    const d = compareWithFixedSample(sequentialDesign(0.1, 1e-4, 3000, 50), "certified");
    expect(d.sequentialPower).toBeGreaterThan(0.99);
    expect(d.fixedTrials).toBeGreaterThan(d.sequentialExpectedTrials);
  });
});
