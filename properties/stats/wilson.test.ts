/**
 * The Wilson score interval against a different derivation of the same ends: the roots in p of
 * (p̂ − p)² = z²p(1 − p)/n, i.e. (1 + z²/n)p² − (2p̂ + z²/n)p + p̂² = 0, solved by the quadratic formula
 * (the implementation uses the centre/half-width form); z = Φ⁻¹(1 − α/2) through the normal tail. The ends
 * may move outward by the round-off allowance only, k = 0 and k = n give the exact ends 0 and 1, and the
 * interval sits inside [0, 1] around the exact interval's centre.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { TOL, clopperPearson, close, normalSf, normalQuantile, wilson } from "signcheck";
import { expectInputError } from "../expectInputError.ts";

/** The ends as the roots of the quadratic (the "−" root computed as c/(a·p₊) to avoid cancellation). */
function quadraticEnds(k: number, n: number, alpha: number): { lo: number; hi: number } {
  const z = -normalQuantile(alpha / 2);
  const ph = k / n;
  const a = 1 + (z * z) / n;
  const b = 2 * ph + (z * z) / n;
  const c = ph * ph;
  const hi = (b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
  return { lo: c / (a * hi), hi };
}

describe("Wilson interval", () => {
  test("the ends are the roots of (p̂ − p)² = z²p(1 − p)/n, z the two-sided normal quantile", () => {
    for (const [k, n, alpha] of [
      [5, 100, 0.05],
      [1, 7, 0.3],
      [3, 100, 1e-10],
      [17, 25, 0.01],
      [50, 100, 0.05],
    ] as const) {
      const w = wilson(k, n, alpha);
      const ref = quadraticEnds(k, n, alpha);
      expect(close(w.lo, ref.lo, TOL.special), `lo ${w.lo} vs ${ref.lo}`).toBe(true);
      expect(close(w.hi, ref.hi, TOL.special), `hi ${w.hi} vs ${ref.hi}`).toBe(true);
      expect(w.confidence).toBe(1 - alpha);
    }
    // z is the two-sided quantile: the normal tail beyond it is α/2.
    expect(close(normalSf(-normalQuantile(0.025)), 0.025, TOL.special)).toBe(true);
    expect(wilson(5, 100)).toEqual(wilson(5, 100, 0.05));
  });

  test("k = 0 and k = n give the exact ends 0 and 1 (not centre ∓ half with its round-off)", () => {
    for (const n of [1, 2, 3, 7, 10, 99, 1000, 123457])
      for (const alpha of [1e-12, 1e-3, 0.05, 0.3, 0.9]) {
        expect(wilson(0, n, alpha).lo, `n = ${n}, α = ${alpha}`).toBe(0);
        expect(wilson(n, n, alpha).hi, `n = ${n}, α = ${alpha}`).toBe(1);
      }
    for (const n of [1, 10, 1000]) {
      expect(close(wilson(0, n, 0.05).hi, quadraticEnds(0, n, 0.05).hi, TOL.special)).toBe(true);
      expect(close(wilson(n, n, 0.05).lo, quadraticEnds(n, n, 0.05).lo, TOL.special)).toBe(true);
    }
  });

  test("lies in [0, 1], contains k/n, and is centred inside the Clopper–Pearson range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, k]) => {
          const w = wilson(k, n, 0.05);
          const cp = clopperPearson(k, n, 0.05);
          expect(w.lo).toBeGreaterThanOrEqual(0);
          expect(w.hi).toBeLessThanOrEqual(1);
          expect(w.lo).toBeLessThanOrEqual(k / n);
          expect(w.hi).toBeGreaterThanOrEqual(k / n);
          // Wilson is approximate: it may be shorter or (at k = 0 or n) slightly longer than the exact interval,
          // but its centre (k + z²/2)/(n + z²) always lies inside the exact one.
          expect((w.lo + w.hi) / 2).toBeGreaterThanOrEqual(cp.lo);
          expect((w.lo + w.hi) / 2).toBeLessThanOrEqual(cp.hi);
        },
      ),
    );
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => wilson(0, 0, 0.05), "n");
    expectInputError(() => wilson(3, 2, 0.05), "k");
    expectInputError(() => wilson(-1, 2, 0.05), "k");
    expectInputError(() => wilson(1, 2, 0), "alpha");
    expectInputError(() => wilson(1, 2, 1), "alpha");
  });
});
