/**
 * The parameter arbitraries stay in their ranges, hit the ends that matter (the stepsize cap exactly,
 * δ near 1) and shrink toward the simple end. Coverage is reported with fc.statistics (printed) and
 * the same classification is asserted, so a change that loses coverage fails.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { arb } from "signcheck";

function coverage<T>(a: fc.Arbitrary<T>, classify: (v: T) => string, numRuns = 4000): Record<string, number> {
  const lines: string[] = [];
  fc.statistics(a, classify, { numRuns, seed: 42, logger: (l) => lines.push(l) });
  console.log(lines.join("\n"));
  const counts: Record<string, number> = {};
  for (const v of fc.sample(a, { numRuns, seed: 42 })) counts[classify(v)] = (counts[classify(v)] ?? 0) + 1;
  return counts;
}

describe("parameter arbitraries", () => {
  test("stepsize with a cap: within (0, cap], the cap itself in about a quarter of the draws", () => {
    const a = arb.stepsize({ lo: 1e-6, hi: 1, cap: 0.01 });
    for (const g of fc.sample(a, { numRuns: 2000, seed: 1 })) expect(g > 0 && g <= 0.01).toBe(true);
    const c = coverage(a, (g) => (g === 0.01 ? "at the cap" : g > 1e-3 ? "(1e-3, cap)" : "≤ 1e-3"));
    expect(c["at the cap"] / 4000).toBeGreaterThan(0.15);
    expect(c["≤ 1e-3"]).toBeGreaterThan(0);
  });

  test("δ reaches near 0 and near 1 and never leaves [min, max]", () => {
    const a = arb.delta({ min: 1e-6, max: 1 - 1e-6 });
    for (const d of fc.sample(a, { numRuns: 2000, seed: 2 })) expect(d >= 1e-6 && d <= 1 - 1e-6).toBe(true);
    const c = coverage(a, (d) => (d < 0.01 ? "< 0.01" : d > 0.99 ? "> 0.99" : d > 1 / Math.E ? "(1/e, 0.99]" : "[0.01, 1/e]"));
    for (const k of ["< 0.01", "> 0.99", "(1/e, 0.99]", "[0.01, 1/e]"]) expect(c[k], k).toBeGreaterThan(100);
  });

  test("iterations are integers in range; starting points have the dimension and radius, no −0 and no subnormals", () => {
    for (const t of fc.sample(arb.iterations({ min: 3, max: 500 }), { numRuns: 500, seed: 3 })) {
      expect(Number.isInteger(t) && t >= 3 && t <= 500).toBe(true);
    }
    for (const x of fc.sample(arb.startingPoint(4, 2), { numRuns: 500, seed: 4 })) {
      expect(x).toBeInstanceOf(Float64Array);
      expect(x.length).toBe(4);
      for (const v of x) expect(Math.abs(v) <= 2 && !Object.is(v, -0) && (v === 0 || Math.abs(v) >= 2e-6)).toBe(true);
    }
  });

  test("log-uniform shrinks toward its lower end", () => {
    const r = fc.check(
      fc.property(arb.logUniform(0.5, 100), (v) => v < 10),
      { seed: 5 },
    );
    expect(r.failed).toBe(true);
    expect(r.counterexample![0]).toBeGreaterThanOrEqual(10);
    expect(r.counterexample![0]).toBeLessThan(10.001);
  });

  test("bad ranges are typed errors naming the parameter", () => {
    expect(() => arb.logUniform(0, 1)).toThrow(/lo = 0/);
    expect(() => arb.delta({ min: 0.5, max: 1 })).toThrow(/max = 1/);
    expect(() => arb.stepsize({ cap: -1 })).toThrow(/cap = -1/);
    expect(() => arb.startingPoint(0)).toThrow(/d = 0/);
  });
});
