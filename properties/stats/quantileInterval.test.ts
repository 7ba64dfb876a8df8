import { describe, expect } from "vitest";
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { binomialCdf, lowerRank, upperRank, quantileInterval, quantileUpperBound, empiricalQuantile, wilson, clopperPearson } from "signcheck/internal";

describe("distribution-free quantile bounds", () => {
  test.prop([fc.integer({ min: 1, max: 400 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.001, max: 0.3, noNaN: true })])(
    "ranks have exact coverage ≥ 1 − α: P(K ≥ r) ≥ 1 − α and P(K ≤ s − 1) ≥ 1 − α, or are infinite",
    (n, q, alpha) => {
      const r = lowerRank(n, q, alpha);
      const s = upperRank(n, q, alpha);
      if (r > 0) expect(1 - binomialCdf(r - 1, n, q)).toBeGreaterThanOrEqual(1 - alpha);
      if (s <= n) expect(binomialCdf(s - 1, n, q)).toBeGreaterThanOrEqual(1 - alpha);
      // and they are the sharpest such ranks
      if (r < n) expect(1 - binomialCdf(r, n, q)).toBeLessThan(1 - alpha);
      if (s > 1 && s <= n + 1) expect(binomialCdf(s - 2, n, q)).toBeLessThan(1 - alpha);
    },
  );

  test.prop([fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 50, maxLength: 300 })])(
    "the interval brackets the empirical quantile",
    (xs) => {
      const ci = quantileInterval(xs, 0.9, 0.05);
      const q = empiricalQuantile(xs, 0.9);
      expect(ci.lo).toBeLessThanOrEqual(q);
      expect(ci.hi).toBeGreaterThanOrEqual(q);
      expect(quantileUpperBound(xs, 0.9, 0.05)).toBeGreaterThanOrEqual(q);
    },
  );

  test.prop([fc.integer({ min: 1, max: 20 })])("too few samples give an infinite bound, never a wrong one", (n) => {
    const xs = Array.from({ length: n }, (_, i) => i);
    expect(quantileUpperBound(xs, 0.999, 0.01)).toBe(Infinity);
  });
});

describe("Wilson interval", () => {
  test.prop([fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })))])(
    "lies in [0, 1], contains k/n, and is centred inside the Clopper–Pearson range",
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
  );
});
