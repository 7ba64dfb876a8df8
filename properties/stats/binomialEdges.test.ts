/**
 * The binomial tails and pmf at the edges that exactTails.test.ts does not reach: p ∈ {0, 1} (a point mass),
 * k outside [0, n], and the closed forms at k = 0 and k = n — each against the value the law forces by hand —
 * and the typed errors for bad input. The Clopper–Pearson ends at k = 0 and k = n are exact (0 and 1) and the
 * two-sided interval states its confidence.
 */
import { describe, expect, test } from "vitest";
import {
  BETA_INC_RTOL,
  INTERVAL_END_TAIL,
  TOL,
  binomialCdf,
  binomialPmf,
  binomialSf,
  clopperPearson,
  clopperPearsonLower,
  clopperPearsonUpper,
  close,
} from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";
import { exactBinomial } from "./exactBinomial.ts";

/** The next double below / above x > 0. */
function nextDouble(x: number, dir: 1 | -1): number {
  const f = Float64Array.of(x);
  const u = new BigUint64Array(f.buffer);
  u[0] += BigInt(dir);
  return f[0];
}

describe("binomial tails at the edges", () => {
  test("k outside [0, n]: P(K ≤ −1) = 0, P(K ≤ n) = P(K ≤ n + 3) = 1, P(K ≥ 0) = P(K ≥ −2) = 1, P(K ≥ n + 1) = 0, pmf 0", () => {
    for (const [n, p] of [
      [1, 0.3],
      [7, 0.5],
      [40, 0.9],
    ] as const) {
      expect([binomialCdf(-1, n, p), binomialCdf(n, n, p), binomialCdf(n + 3, n, p)]).toEqual([0, 1, 1]);
      expect([binomialSf(0, n, p), binomialSf(-2, n, p), binomialSf(n + 1, n, p)]).toEqual([1, 1, 0]);
      expect([binomialPmf(-1, n, p), binomialPmf(n + 1, n, p)]).toEqual([0, 0]);
    }
  });

  test("p = 0 and p = 1 are point masses at 0 and n", () => {
    const n = 6;
    for (let k = 0; k <= n; k++) {
      expect(binomialCdf(k, n, 0), `cdf(${k}, p = 0)`).toBe(1);
      expect(binomialCdf(k, n, 1), `cdf(${k}, p = 1)`).toBe(k >= n ? 1 : 0);
      expect(binomialSf(k, n, 0), `sf(${k}, p = 0)`).toBe(k <= 0 ? 1 : 0);
      expect(binomialSf(k, n, 1), `sf(${k}, p = 1)`).toBe(1);
      expect(binomialPmf(k, n, 0), `pmf(${k}, p = 0)`).toBe(k === 0 ? 1 : 0);
      expect(binomialPmf(k, n, 1), `pmf(${k}, p = 1)`).toBe(k === n ? 1 : 0);
    }
  });

  test("pmf at k = 0 and k = n is (1 − p)^n and p^n; the interior against exact rational sums", () => {
    for (const [n, p] of [
      [1, 0.3],
      [5, 0.17],
      [60, 0.9],
      [300, 1e-3],
    ] as const) {
      expect(close(binomialPmf(0, n, p), (1 - p) ** n, TOL.special), `pmf(0, ${n}, ${p})`).toBe(true);
      expect(close(binomialPmf(n, n, p), p ** n, TOL.special), `pmf(${n}, ${n}, ${p})`).toBe(true);
      const k = Math.floor(n / 2);
      if (k > 0 && k < n) expect(close(binomialPmf(k, n, p), exactBinomial(k, n, p).pmf, TOL.special), `pmf(${k}, ${n}, ${p})`).toBe(true);
    }
  });

  test("bad parameters are typed errors naming the parameter", () => {
    for (const f of [binomialCdf, binomialSf, binomialPmf]) {
      expectInputError(() => f(1, -1, 0.5), "n");
      expectInputError(() => f(1, 2.5, 0.5), "n");
      expectInputError(() => f(1, 4, -0.1), "p");
      expectInputError(() => f(1, 4, 1.1), "p");
      expectInputError(() => f(1.5, 4, 0.5), "k");
      expectInputError(() => f(Number.NaN, 4, 0.5), "k");
    }
  });
});

describe("Clopper–Pearson at the edges", () => {
  test("k = 0 has the exact lower end 0 and k = n the exact upper end 1; the interval states 1 − α", () => {
    for (const n of [1, 9, 200]) {
      expect(clopperPearsonLower(0, n, 0.05)).toBe(0);
      expect(clopperPearsonUpper(n, n, 0.05)).toBe(1);
      // The other ends solve closed forms: P_U(K = 0) = (1 − U)^n = α and P_L(K = n) = L^n = α, from the safe side.
      const tailU = Math.exp(n * Math.log1p(-clopperPearsonUpper(0, n, 0.05)));
      const tailL = Math.exp(n * Math.log(clopperPearsonLower(n, n, 0.05)));
      expect(close(tailU, 0.05, INTERVAL_END_TAIL), `(1 − U)^n = ${tailU}`).toBe(true);
      expect(close(tailL, 0.05, INTERVAL_END_TAIL), `L^n = ${tailL}`).toBe(true);
      expect(Math.max(tailU, tailL)).toBeLessThan(0.05);
    }
    expect(clopperPearson(3, 10, 0.1).confidence).toBe(0.9);
    expect(clopperPearson(3, 10)).toEqual(clopperPearson(3, 10, 0.05));
  });

  test("each end is the double on the conservative side of the computed tail's root at α(1 − 2·BETA_INC_RTOL), not the nearest", () => {
    // U: the computed P_U(K ≤ k) is at or below the level, and above it one double lower; L likewise, mirrored.
    for (const [k, n, alpha] of [
      [0, 10, 0.05],
      [3, 40, 0.01],
      [17, 25, 1e-6],
      [99, 100, 0.3],
      [5, 2000, 1e-10],
    ] as const) {
      const level = alpha * (1 - 2 * BETA_INC_RTOL);
      const u = clopperPearsonUpper(k, n, alpha);
      expect(binomialCdf(k, n, u), `U(${k}, ${n}, ${alpha})`).toBeLessThanOrEqual(level);
      expect(binomialCdf(k, n, nextDouble(u, -1)), `U(${k}, ${n}, ${alpha}) is the least such double`).toBeGreaterThan(level);
      if (k > 0) {
        const l = clopperPearsonLower(k, n, alpha);
        expect(binomialSf(k, n, l), `L(${k}, ${n}, ${alpha})`).toBeLessThanOrEqual(level);
        // (the computed tail can be flat over a few doubles: L is the first double where it reaches the level, or the last below it)
        expect(binomialSf(k, n, nextDouble(l, 1)), `L(${k}, ${n}, ${alpha}) is the greatest such double`).toBeGreaterThanOrEqual(level);
      }
    }
  });

  test("bad parameters are typed errors naming the parameter", () => {
    for (const f of [clopperPearson, clopperPearsonLower, clopperPearsonUpper]) {
      expectInputError(() => f(0, 0, 0.05), "n");
      expectInputError(() => f(5, 4, 0.05), "k");
      expectInputError(() => f(-1, 4, 0.05), "k");
      expectInputError(() => f(1, 4, 0), "alpha");
      expectInputError(() => f(1, 4, 1), "alpha");
    }
  });
});
