/**
 * Binomial and beta tails at the edges, against references that share no code with them:
 *   - exact rational sums in BigInt (a double p is m/2^e exactly) for n ≤ 300, every k, deep tails
 *     included, and a 192-bit floating sum at n = 10⁶ (exactBinomial.ts, derivations there);
 *   - closed forms I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a, I_x(½, ½) = (2/π) asin √x, and the
 *     power series I_x(a, b) = x^a/(a B(a, b))·(1 + O(x)) with B(a, n) = (n − 1)!/∏_{i<n}(a + i);
 *   - adaptive quadrature of x^{a−1}(1 − x)^{b−1} with B(a, b) from Γ at half-integers;
 * and the consequences: Clopper–Pearson ends and quantile ranks on the conservative side of the
 * exact root and within the error bound of it, sequential decisions that never rest on round-off,
 * and I_x monotone across the switch between its two branches.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  BETA_INC_TAIL,
  INTERVAL_END_TAIL,
  betaInc,
  betaIncComplement,
  betaIncInv,
  betaIncInvComplement,
  betaIncTails,
  binomialCdf,
  binomialPmf,
  binomialSf,
  clopperPearson,
  clopperPearsonLower,
  clopperPearsonUpper,
  close,
  decideRate,
  gammaFn,
  integrate,
  lowerRank,
  normalQuantile,
  upperRank,
  wilson,
  WILSON_ROUNDOFF,
  arb,
} from "signcheck/internal";
import { bigBinomialCdf, exactBinomial } from "./exactBinomial.ts";

const BELOW_UNDERFLOW = 1e-300;

function expectRel(got: number, ref: number, what: string): void {
  if (ref < BELOW_UNDERFLOW) return void expect(got, what).toBeLessThan(1e-290);
  expect(close(got, ref, BETA_INC_TAIL), `${what}: ${got} vs exact ${ref} (rel ${Math.abs(got - ref) / ref})`).toBe(true);
}

/** The next double below / above x > 0. */
const F = new Float64Array(1);
const U = new BigUint64Array(F.buffer);
function nextDouble(x: number, dir: 1 | -1): number {
  F[0] = x;
  U[0] += BigInt(dir);
  return F[0];
}

describe("binomial tails equal exact rational sums", () => {
  // p: round values, a decimal whose double differs from it, dyadic ones, and both ends of (0, 1).
  const PS = [0.9, 0.17, 0.5, 1e-3, 2 ** -40, 1 - 2 ** -30, 0.3];
  for (const n of [1, 2, 7, 50, 300]) {
    test(`n = ${n}: P(K ≤ k), P(K ≥ k), P(K = k) for every k, to BETA_INC_RTOL`, () => {
      for (const p of PS) {
        for (let k = 0; k <= n; k += n > 60 ? 7 : 1) {
          const ref = exactBinomial(k, n, p);
          expectRel(binomialCdf(k, n, p), ref.cdf, `cdf(${k}, ${n}, ${p})`);
          expectRel(binomialSf(k, n, p), ref.sf, `sf(${k}, ${n}, ${p})`);
          expectRel(binomialPmf(k, n, p), ref.pmf, `pmf(${k}, ${n}, ${p})`);
        }
      }
    });
  }
  test("n = 10⁶: P(K ≤ 899400) at p = 0.9 (differences of log Γ lost 2.5e-9 here) and around the mean", () => {
    // 192-bit sums (exactBinomial.ts); k below the mode, where the downward sum converges.
    for (const [k, n, p] of [
      [899400, 1e6, 0.9],
      [899700, 1e6, 0.9],
      [4990, 10_000, 0.5],
      [300, 1e6, 4e-4],
    ] as const) {
      expectRel(binomialCdf(k, n, p), bigBinomialCdf(k, n, p), `cdf(${k}, ${n}, ${p})`);
    }
  });
});

describe("the incomplete beta function against closed forms and quadrature", () => {
  test("I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = x^a and I_x(½, ½) = (2/π) asin √x, both tails", () => {
    fc.assert(
      fc.property(arb.logUniform(1e-12, 0.999), arb.logUniform(1e-2, 1e6), (x, c) => {
        let t = betaIncTails(x, 1, c);
        expectRel(t.lower, -Math.expm1(c * Math.log1p(-x)), `I_${x}(1, ${c})`);
        expectRel(t.upper, Math.exp(c * Math.log1p(-x)), `1 − I_${x}(1, ${c})`);
        t = betaIncTails(x, c, 1);
        expectRel(t.lower, Math.exp(c * Math.log(x)), `I_${x}(${c}, 1)`);
        expectRel(t.upper, -Math.expm1(c * Math.log(x)), `1 − I_${x}(${c}, 1)`);
        t = betaIncTails(x, 0.5, 0.5);
        expectRel(t.lower, (2 / Math.PI) * Math.asin(Math.sqrt(x)), `I_${x}(½, ½)`);
        expectRel(t.upper, (2 / Math.PI) * Math.acos(Math.sqrt(x)), `1 − I_${x}(½, ½)`);
      }),
      { numRuns: 300 },
    );
  });

  test("half-integer parameters: I_x(a, b) = ∫_0^x t^{a−1}(1 − t)^{b−1} dt / B(a, b) (quadrature, B from Γ(n + ½) = (2n)!√π/(4^n n!))", () => {
    const halves = [1.5, 2.5, 7.5, 20.5];
    for (const a of halves)
      for (const b of halves) {
        const B = (gammaFn(a) * gammaFn(b)) / gammaFn(a + b);
        for (const x of [1e-3, 0.1, 0.4, 0.8, 0.99]) {
          const density = (t: number) => t ** (a - 1) * (1 - t) ** (b - 1);
          expectRel(betaInc(x, a, b), integrate(density, 0, x, { atol: 0, rtol: 1e-14 }) / B, `I_${x}(${a}, ${b})`);
          expectRel(betaIncComplement(x, a, b), integrate(density, x, 1, { atol: 0, rtol: 1e-14 }) / B, `1 − I_${x}(${a}, ${b})`);
        }
      }
  });

  test("the complement at x → 0 does not round 1 − x: 1 − I_{1e-20}(0.001, 10) = 0.0423…", () => {
    // I_x(a, n) = x^a/(a B(a, n))·(1 + O(x)) with a B(a, n) = (n−1)!/∏_{i=1}^{n−1}(a + i), so at x = 1e-20
    // 1 − I = −expm1(a log x + Σ_{i<n} log1p(a/i)) to O(x) = 1e-20 relative.
    for (const [x, a, n] of [
      [1e-20, 0.001, 10],
      [1e-30, 0.01, 3],
      [1e-17, 0.05, 25],
    ] as const) {
      let s = a * Math.log(x);
      for (let i = 1; i < n; i++) s += Math.log1p(a / i);
      expectRel(betaIncComplement(x, a, n), -Math.expm1(s), `1 − I_${x}(${a}, ${n})`);
    }
    expect(betaIncComplement(1e-20, 0.001, 10)).toBeGreaterThan(0.0423);
    expect(betaIncComplement(1e-20, 0.001, 10)).toBeLessThan(0.0424);
  });

  test("monotone across the switch between the branches (at the mean), at large parameters", () => {
    // Below the switch the lower tail is summed, above it the upper tail: both share one prefactor, and
    // the step of I per double here (density·ulp ≥ 1e-13 relative) exceeds the error bound of each branch.
    for (const [a, b] of [
      [1e6, 1e6],
      [899401, 100600],
      [1e5, 3e5],
      [250000.5, 250000],
      [2e4, 2e4],
    ]) {
      const mean = a / (a + b);
      let x = mean;
      for (let i = 0; i < 4; i++) x = nextDouble(x, -1);
      let prev = betaInc(x, a, b);
      for (let i = 0; i < 8; i++) {
        x = nextDouble(x, 1);
        const v = betaInc(x, a, b);
        expect(v, `I at ${x} (a = ${a}, b = ${b}) below I at the double before`).toBeGreaterThanOrEqual(prev);
        prev = v;
      }
    }
    expect(betaInc(0.5, 1e6, 1e6)).toBeGreaterThanOrEqual(betaInc(0.5 - 2 ** -54, 1e6, 1e6));
  });

  test("the inverses solve for the tail asked for, even when 1 − target is not representable", () => {
    // The returned double brackets the target with its neighbours (the tail is monotone); a root that
    // is not representable (1 − O(q^{1/b}) above 1 − EPS, or O(q^{1/a}) below the least double) gives 1 or 0.
    const brackets = (x: number, value: (x: number) => number, q: number, increasing: boolean, what: string) => {
      const below = x === 0 ? (increasing ? 0 : 1) : value(nextDouble(x, -1));
      const above = x === 1 ? (increasing ? 1 : 0) : value(nextDouble(x, 1));
      const [lo, hi] = increasing ? [below, above] : [above, below];
      expect(lo * (1 - BETA_INC_TAIL.rtol), `${what} = ${x}: neighbours ${below}, ${above}`).toBeLessThanOrEqual(q);
      expect(hi * (1 + BETA_INC_TAIL.rtol), `${what} = ${x}: neighbours ${below}, ${above}`).toBeGreaterThanOrEqual(q);
    };
    for (const [a, b] of [
      [4, 97],
      [0.5, 3],
      [30, 2],
      [1, 1e5],
      [1e4, 2e4],
    ]) {
      for (const q of [1e-300, 1e-100, 1e-10, 0.3]) {
        brackets(betaIncInvComplement(q, a, b), (x) => betaIncComplement(x, a, b), q, false, `betaIncInvComplement(${q}, ${a}, ${b})`);
        brackets(betaIncInv(q, a, b), (x) => betaInc(x, a, b), q, true, `betaIncInv(${q}, ${a}, ${b})`);
      }
    }
  });
});

describe("Clopper–Pearson ends err on the conservative side of the exact root, and by no more than the error bound", () => {
  /** Exact tails at a double p (p = 0 or 1 handled by the caller). */
  const exactCdf = (k: number, n: number, p: number) => exactBinomial(k, n, p).cdf;
  const exactSf = (k: number, n: number, p: number) => exactBinomial(k, n, p).sf;

  test("clopperPearsonUpper(3, 100, 1e-10) is above the exact 0.2752795151567 (it was 0.27527951007)", () => {
    const u = clopperPearsonUpper(3, 100, 1e-10);
    expect(exactCdf(3, 100, u)).toBeLessThanOrEqual(1e-10);
    expect(exactCdf(3, 100, nextDouble(u, -1))).toBeGreaterThan(1e-10 * (1 - INTERVAL_END_TAIL.rtol));
  });

  test("one-sided ends: P_U(K ≤ k) ≤ α < P at the double below U, within INTERVAL_END_TAIL; likewise for L", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), fc.double({ min: 0, max: 1, noNaN: true }), arb.logUniform(1e-12, 0.5), (n, frac, alpha) => {
        const k = Math.min(n, Math.floor(frac * (n + 1)));
        const u = clopperPearsonUpper(k, n, alpha);
        if (k < n) {
          expect(exactCdf(k, n, u), `U(${k}, ${n}, ${alpha}) = ${u}`).toBeLessThanOrEqual(alpha);
          expect(exactCdf(k, n, nextDouble(u, -1)), `U(${k}, ${n}, ${alpha}) not tight`).toBeGreaterThan(alpha * (1 - INTERVAL_END_TAIL.rtol));
        } else expect(u).toBe(1);
        const l = clopperPearsonLower(k, n, alpha);
        if (k > 0) {
          expect(exactSf(k, n, l), `L(${k}, ${n}, ${alpha}) = ${l}`).toBeLessThanOrEqual(alpha);
          expect(exactSf(k, n, nextDouble(l, 1)), `L(${k}, ${n}, ${alpha}) not tight`).toBeGreaterThan(alpha * (1 - INTERVAL_END_TAIL.rtol));
        } else expect(l).toBe(0);
        const ci = clopperPearson(k, n, alpha);
        expect(ci.lo).toBe(clopperPearsonLower(k, n, alpha / 2));
        expect(ci.hi).toBe(clopperPearsonUpper(k, n, alpha / 2));
      }),
      { numRuns: 120 },
    );
  });

  test("at n = 10⁶ the upper end bounds the exact tail and is tight (192-bit reference)", () => {
    for (const [k, alpha] of [
      [100, 1e-6],
      [2000, 0.05],
    ] as const) {
      const n = 1e6;
      const u = clopperPearsonUpper(k, n, alpha);
      expect(bigBinomialCdf(k, n, u), `U(${k}, ${n}, ${alpha}) = ${u}`).toBeLessThanOrEqual(alpha);
      expect(bigBinomialCdf(k, n, nextDouble(u, -1))).toBeGreaterThan(alpha * (1 - INTERVAL_END_TAIL.rtol));
    }
  });
});

describe("quantile ranks and sequential decisions never rest on round-off", () => {
  test("upperRank s: P(K ≥ s) ≤ α exactly, and s − 1 fails by more than the error bound; lowerRank likewise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), arb.logUniform(1e-3, 0.999), arb.logUniform(1e-9, 0.4), (n, q, alpha) => {
        const s = upperRank(n, q, alpha);
        if (s <= n) expect(exactBinomial(s, n, q).sf, `upperRank(${n}, ${q}, ${alpha}) = ${s}`).toBeLessThanOrEqual(alpha);
        if (s > 1) expect(exactBinomial(s - 1, n, q).sf).toBeGreaterThan(alpha * (1 - INTERVAL_END_TAIL.rtol));
        const r = lowerRank(n, q, alpha);
        if (r >= 1) expect(r === 1 ? 0 : exactBinomial(r - 1, n, q).cdf, `lowerRank(${n}, ${q}, ${alpha}) = ${r}`).toBeLessThanOrEqual(alpha);
        if (r < n) expect(exactBinomial(r, n, q).cdf).toBeGreaterThan(alpha * (1 - INTERVAL_END_TAIL.rtol));
      }),
      { numRuns: 150 },
    );
  });

  test("decideRate certifies (refutes) only when the exact tail is below the look's α", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        arb.logUniform(1e-4, 0.5),
        arb.logUniform(1e-9, 0.2),
        (n, frac, delta, alphaLook) => {
          const k = Math.min(n, Math.floor(frac * (n + 1)));
          const d = decideRate(k, n, delta, alphaLook);
          const ref = exactBinomial(k, n, delta);
          if (d === "certified") expect(ref.cdf).toBeLessThanOrEqual(alphaLook);
          if (d === "refuted") expect(ref.sf).toBeLessThanOrEqual(alphaLook);
          if (d === "undecided") expect(Math.min(ref.cdf, ref.sf)).toBeGreaterThan(alphaLook * (1 - INTERVAL_END_TAIL.rtol));
        },
      ),
      { numRuns: 150 },
    );
  });

  test("Wilson ends are moved outward of the closed form by its round-off bound", () => {
    for (const [k, n, alpha] of [
      [3, 100, 1e-10],
      [50, 100, 0.05],
      [1, 7, 0.3],
    ] as const) {
      const w = wilson(k, n, alpha);
      // The closed form evaluated as written (z = −Φ⁻¹(α/2) from the inverse of the accurate tail).
      const z = -normalQuantile(alpha / 2);
      const p = k / n;
      const z2n = (z * z) / n;
      const centre = (p + z2n / 2) / (1 + z2n);
      const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
      expect(centre - half - w.lo).toBeGreaterThanOrEqual(WILSON_ROUNDOFF / 2);
      expect(w.hi - (centre + half)).toBeGreaterThanOrEqual(WILSON_ROUNDOFF / 2);
    }
  });
});
