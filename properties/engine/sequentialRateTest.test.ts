import { describe, expect, test } from "vitest";
import { decideRate, refutationProbability, sequentialDesign, zeroFailureTrials, clopperPearsonUpper } from "signcheck/internal";

describe("sequential rate test: exact error rates of the design", () => {
  test.each([
    [0.05, 0.01, 2000],
    [0.2, 0.001, 500],
    [0.5, 0.05, 300],
  ])("δ=%f α=%f nMax=%i: P(refute | p = δ) ≤ α and P(certify | p slightly above δ) ≤ α", (delta, alpha, nMax) => {
    const design = sequentialDesign(delta, alpha, nMax, 10);
    expect(refutationProbability(design, delta).refute).toBeLessThanOrEqual(alpha);
    expect(refutationProbability(design, Math.min(1, delta * 1.01)).certify).toBeLessThanOrEqual(alpha);
    expect(design.looks[design.looks.length - 1]).toBe(nMax);
  });

  test("with zero failures the design certifies at the first look n with (1 − δ)^n ≤ α/J", () => {
    const design = sequentialDesign(0.05, 0.01, 5000, 10);
    const need = zeroFailureTrials(0.05, design.alphaPerLook);
    const first = design.looks.find((n) => decideRate(0, n, 0.05, design.alphaPerLook) === "certified");
    expect(first).toBe(design.looks.find((n) => n >= need));
  });

  test("zeroFailureTrials is the least n with (1 − δ)^n ≤ α, and agrees with Clopper–Pearson", () => {
    for (const [delta, alpha] of [
      [0.05, 0.05],
      [0.01, 0.001],
      [0.3, 1e-6],
      [1e-4, 0.05],
    ]) {
      const n = zeroFailureTrials(delta, alpha);
      expect(n * Math.log1p(-delta)).toBeLessThanOrEqual(Math.log(alpha));
      expect((n - 1) * Math.log1p(-delta)).toBeGreaterThan(Math.log(alpha));
      expect(clopperPearsonUpper(0, n, alpha)).toBeLessThanOrEqual(delta);
      expect(clopperPearsonUpper(0, n - 1, alpha)).toBeGreaterThan(delta);
    }
    expect(zeroFailureTrials(0.05, 0.05)).toBe(59);
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expect(() => sequentialDesign(0, 0.05, 10)).toThrow(/delta/);
    expect(() => sequentialDesign(0.1, 1, 10)).toThrow(/alpha/);
    expect(() => sequentialDesign(0.1, 0.05, 0)).toThrow(/nMax/);
  });
});
