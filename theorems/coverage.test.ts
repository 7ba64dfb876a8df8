/**
 * Every built-in claim's generator reaches its declared hypothesis space (issue 8, item 3): at the
 * standard budget, with the fast-check seed the audit would use, no decade of a declared log range is
 * left empty and no value falls outside its declared range. Sampling only (no claim is evaluated), so
 * this runs in seconds. Every built-in claim declares its parameters.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { AUDIT_SEED, budgetFor, coverageOf, emptyDecades, hashToInt31 } from "signcheck/internal";
import { claims } from "./index.ts";

describe("coverage of the built-in claims' generators at the standard budget", () => {
  const declared = claims.filter((c) => c.parameters?.length);
  test("every built-in claim declares its parameters", () => {
    const missing = claims.filter((c) => !c.parameters?.length).map((c) => c.id);
    expect(missing, `claims without declared parameters: ${missing.join(", ")}`).toEqual([]);
  });

  test.each(declared.map((c) => [c.id, c] as const))("%s: every decade of every log range is reached, nothing outside", (_id, claim) => {
    const n = budgetFor(claim, "standard").instances;
    const instances = fc.sample(claim.instances, { numRuns: n, seed: hashToInt31(`${AUDIT_SEED}|${claim.id}`) });
    const coverage = coverageOf(claim.parameters, claim.classify, instances);
    expect(emptyDecades(coverage), JSON.stringify(coverage.parameters.map((p) => [p.name, p.bins]))).toEqual([]);
    for (const p of coverage.parameters) expect(p.outside, `${p.name}: values outside the declared range`).toBe(0);
  });
});
