import { describe, expect, test } from "vitest";
import { Stream, canonical, instanceHash, streamFor, normalCdf, gammaP } from "signcheck/internal";

function draws(s: Stream, n: number): number[] {
  return Array.from({ length: n }, () => s.next());
}

/** Kolmogorov–Smirnov statistic of a sample against a CDF. */
function ks(sample: number[], cdf: (x: number) => number): number {
  const s = [...sample].sort((a, b) => a - b);
  let d = 0;
  s.forEach((x, i) => {
    const F = cdf(x);
    d = Math.max(d, (i + 1) / s.length - F, F - i / s.length);
  });
  return d;
}
// KS critical value at level 0.001 for large n: √(−ln(0.0005)/2)/√n = 1.9495/√n (asymptotic Kolmogorov law).
const KS_001 = (n: number) => 1.9495 / Math.sqrt(n);

describe("streams are keyed, reproducible and independent of order", () => {
  const key = { seed: 5, claim: "x/y", instance: "abc", trial: 3 };
  test("the same key gives the same numbers, another trial or domain different ones", () => {
    expect(draws(streamFor(key), 10)).toEqual(draws(streamFor(key), 10));
    expect(draws(streamFor({ ...key, trial: 4 }), 10)).not.toEqual(draws(streamFor(key), 10));
    expect(draws(streamFor({ ...key, domain: "confirm" }), 10)).not.toEqual(draws(streamFor(key), 10));
  });

  test("drawing other streams in between does not change a stream", () => {
    const a = draws(streamFor(key), 5);
    draws(streamFor({ ...key, trial: 9 }), 100);
    expect(draws(streamFor(key), 5)).toEqual(a);
  });

  test("trial must be a non-negative integer", () => {
    expect(() => streamFor({ ...key, trial: -1 })).toThrow(/trial/);
  });
});

describe("canonical serialisation and instance hashes", () => {
  test("key order does not matter; −0, NaN, ±∞ and Float64Array are distinguished", () => {
    expect(canonical({ a: 1, b: [2, 3] })).toBe(canonical({ b: [2, 3], a: 1 }));
    expect(instanceHash({ x: 0 })).not.toBe(instanceHash({ x: -0 }));
    expect(instanceHash([1, 2])).not.toBe(instanceHash(Float64Array.from([1, 2])));
    expect(canonical([NaN, Infinity, -Infinity])).toBe("[NaN,Infinity,-Infinity]");
    expect(instanceHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
    expect(() => canonical({ f: () => 1 })).toThrow(/plain data/);
  });
});

describe("variates agree with their laws (KS at level 0.001, n = 20000, fixed stream)", () => {
  const n = 20000;
  test("uniform, normal, exponential, gamma", () => {
    const s = new Stream("variates");
    expect(ks(draws(s, n), (x) => x)).toBeLessThan(KS_001(n));
    expect(
      ks(
        Array.from({ length: n }, () => s.normal()),
        normalCdf,
      ),
    ).toBeLessThan(KS_001(n));
    expect(
      ks(
        Array.from({ length: n }, () => s.exponential()),
        (x) => -Math.expm1(-x),
      ),
    ).toBeLessThan(KS_001(n));
    for (const shape of [0.3, 1, 2.5, 10]) {
      expect(
        ks(
          Array.from({ length: n }, () => s.gamma(shape)),
          (x) => gammaP(shape, x),
        ),
        `shape ${shape}`,
      ).toBeLessThan(KS_001(n));
    }
    for (let i = 0; i < 1000; i++) {
      const u = s.open();
      expect(u > 0 && u < 1).toBe(true);
    }
  });
});

describe("fillUniform", () => {
  test("gives exactly the numbers of successive next() calls, and leaves the stream where they would", () => {
    const a = new Stream("fill");
    const b = new Stream("fill");
    const out = a.fillUniform(new Float64Array(1000));
    expect(Array.from(out)).toEqual(draws(b, 1000));
    expect(a.next()).toBe(b.next());
  });
});
