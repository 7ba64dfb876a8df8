/**
 * Coverage of declared parameters (per decade for log ranges, the range's ends and declared boundaries
 * as boundary cases, values outside the range flagged) and the lossless instance codec of replay
 * commands (same canonical hash after a round trip, so the same random streams).
 */
import { describe, expect, test } from "vitest";
import { decadesOf, decodeInstance, emptyDecades, encodeInstance, instanceHash, param, parameterCoverage } from "signcheck/internal";

describe("coverage of a declared parameter", () => {
  test("decades of a range: the ones it meets, the upper end's own decade only when the range enters it", () => {
    expect(decadesOf(1e-3, 3)).toEqual([-3, -2, -1, 0]);
    expect(decadesOf(1e-2, 1)).toEqual([-2, -1]);
    expect(decadesOf(0.5, 100)).toEqual([-1, 0, 1]);
  });

  test("log scale: per decade, zeros apart, ends and declared boundaries counted, outside flagged", () => {
    const p = param.log<{ x: number[] }>("|x|", [1e-2, 10], (i) => i.x, { boundaries: [param.at("x = 1", 1)] });
    const c = parameterCoverage(p, [{ x: [0.01, -0.5, 0] }, { x: [10, 1, 20] }]);
    expect(c.bins.map((b) => b.count)).toEqual([1, 1, 2]);
    expect(c.zeros).toBe(1);
    expect(c.outside).toBe(1);
    expect(c.boundaries.map((b) => b.count)).toEqual([1, 1, 1]);
    expect(emptyDecades({ parameters: [c] })).toEqual([]);
    expect(emptyDecades({ parameters: [parameterCoverage(p, [{ x: [0.01] }])] })).toEqual(["|x| [1e-1, 1e0)", "|x| [1e0, 1e1)"]);
  });

  test("a decade the range covers by less than half is not required", () => {
    const p = param.log<number>("t", [0.5, 30], (t) => t);
    expect(emptyDecades({ parameters: [parameterCoverage(p, [0.7, 3])] })).toEqual([]);
  });

  test("integer and categorical scales count per value", () => {
    const d = parameterCoverage(
      param.integer<number>("d", [1, 3], (v) => v),
      [1, 1, 3],
    );
    expect(d.bins).toEqual([
      { label: "1", count: 2, lo: 1, hi: 1 },
      { label: "2", count: 0, lo: 2, hi: 2 },
      { label: "3", count: 1, lo: 3, hi: 3 },
    ]);
    const law = parameterCoverage(
      param.categorical<string>("law", ["a", "b"], (v) => v),
      ["a", "c"],
    );
    expect(law.bins.map((b) => b.count)).toEqual([1, 0]);
    expect(law.outside).toBe(1);
  });
});

describe("instance codec of replay commands", () => {
  test.each([[{ x: Float64Array.of(1, -0, 1e-300), s: -4, name: "a'b" }], [{ v: [NaN, Infinity, -Infinity], nested: { f: Float64Array.of(0.1) } }], [3.5]])(
    "%o round-trips with the same hash",
    (instance) => {
      const back = decodeInstance(encodeInstance(instance));
      expect(instanceHash(back)).toBe(instanceHash(instance));
    },
  );

  test("malformed text is a typed error naming --instance", () => {
    expect(() => decodeInstance("{not json")).toThrow(/--instance/);
  });
});
