/**
 * The generators reach their whole declared parameter space (issue 8, item 3): every numeric
 * parameter of the random (L0,L1)-smooth functions and of the noise laws is drawn from a declared
 * range — sign × log-uniform magnitude, boundary values included — so that, at a few hundred draws,
 * no decade of a declared range is left empty, both ends are drawn, nothing falls outside (fc.double
 * over bit patterns put 64 % of the functions' parameters below 1e-10), and the families whose
 * declared L1 is 0 are among the functions drawn, with pairs the smoothness auditor cannot refute.
 */
import { describe, expect, test } from "vitest";
import {
  RECOVERED_PARAMETER,
  SMOOTH_FUNCTION_PARAMETERS,
  auditSmoothness,
  close,
  fc,
  functionFromSpec,
  noiseFamilies,
  noiseLaw,
  noiseLawParameters,
  noiseParameterValues,
  noiseVector,
  rangeArbitrary,
  rangeBins,
  smoothFunctionArbitrary,
  smoothFunctionParameterValues,
  type FunctionSpec,
  type ParameterRange,
} from "signcheck/internal";

const SEED = 20_260_101;

/** Every value inside the range (or 0 where declared), every bin hit, both ends drawn when there are enough values. */
function expectCovered(range: ParameterRange, values: readonly number[], enough = 100): void {
  expect(values.length, `${range.name}: no values drawn`).toBeGreaterThan(0);
  for (const v of values) {
    if (v === 0) expect(range.zero, `${range.name}: 0 drawn but not declared`).toBe(true);
    else {
      expect(Math.abs(v), `${range.name}: ${v} below the declared min ${range.min}`).toBeGreaterThanOrEqual(range.min * (1 - RECOVERED_PARAMETER.rtol));
      expect(Math.abs(v), `${range.name}: ${v} above the declared max ${range.max}`).toBeLessThanOrEqual(range.max * (1 + RECOVERED_PARAMETER.rtol));
      if (range.signs === "positive") expect(v, `${range.name}: negative value`).toBeGreaterThan(0);
    }
  }
  for (const bin of rangeBins(range)) {
    const hits = values.filter((v) => Math.abs(v) >= bin.lo && Math.abs(v) <= bin.hi).length;
    expect(hits, `${range.name}: no value in [${bin.lo}, ${bin.hi}] among ${values.length}`).toBeGreaterThan(0);
  }
  if (values.length >= enough) {
    // The boundary values are drawn exactly; reading them back (ν − κ, E ÷ (0.2/m)) rounds.
    const at = (x: number) => values.some((v) => close(Math.abs(v), x, RECOVERED_PARAMETER));
    expect(at(range.min), `${range.name}: min ${range.min} never drawn in ${values.length}`).toBe(true);
    expect(at(range.max), `${range.name}: max ${range.max} never drawn in ${values.length}`).toBe(true);
    if (range.signs === "both") expect(values.some((v) => v < 0) && values.some((v) => v > 0), `${range.name}: one sign only`).toBe(true);
  }
}

describe("rangeArbitrary", () => {
  const ranges: ParameterRange[] = [
    { name: "wide log", min: 1e-12, max: 1e6, scale: "log", signs: "both", zero: true, note: "" },
    { name: "narrow log", min: 0.3, max: 1.5, scale: "log", signs: "positive", zero: false, note: "" },
    { name: "linear", min: 1.001, max: 2, scale: "linear", signs: "positive", zero: false, note: "" },
  ];
  test.each(ranges.map((r) => [r.name, r] as const))("%s: 400 draws cover every bin and both ends", (_, r) => {
    const draws = fc.sample(rangeArbitrary(r), { seed: SEED, numRuns: 400 });
    expectCovered(r, draws);
    if (r.zero) expect(draws.includes(0)).toBe(true);
  });
  test("a range with min > max or a non-positive min is refused", () => {
    expect(() => rangeArbitrary({ name: "p", min: 0, max: 1, scale: "log", signs: "positive", zero: false, note: "" })).toThrow(/p\.min/);
    expect(() => rangeArbitrary({ name: "p", min: 2, max: 1, scale: "log", signs: "positive", zero: false, note: "" })).toThrow(/p\.max/);
  });
});

describe("random (L0,L1)-smooth functions", () => {
  const specs = fc.sample(smoothFunctionArbitrary(), { seed: SEED, numRuns: 1500 });
  const values: Record<string, number[]> = {};
  for (const s of specs) for (const [k, v] of Object.entries(smoothFunctionParameterValues(s))) (values[k] ??= []).push(...v);

  test.each(Object.values(SMOOTH_FUNCTION_PARAMETERS).map((r) => [r.name, r] as const))(
    "%s: every decade of the declared range drawn, ends included",
    (_, r) => {
      expectCovered(r, values[r.name] ?? []);
    },
  );
  test("polynomial L1 = 0 is drawn, and only for quadratics", () => {
    const polys = specs.flatMap(function leaves(s: FunctionSpec): Extract<FunctionSpec, { family: "polynomial1d" }>[] {
      if (s.family === "polynomial1d") return [s];
      if (s.family === "scaled" || s.family === "affine") return leaves(s.inner);
      if (s.family === "sum") return s.blocks.flatMap(leaves);
      if (s.family === "plusBoundedGradient") return leaves(s.f);
      return [];
    });
    const zero = polys.filter((p) => p.L1 === 0);
    expect(zero.length).toBeGreaterThan(0);
    for (const p of zero) expect(p.coefficients.length).toBe(3);
  });
  test("families whose declared L1 is 0 are drawn — leaves, scaled and affine forms — and their pairs pass the auditor", () => {
    const kinds = new Set<string>();
    const zeroL1: FunctionSpec[] = [];
    for (const s of specs) {
      if (functionFromSpec(s).smoothness.L1 !== 0) continue;
      kinds.add(s.family === "scaled" || s.family === "affine" ? s.family : s.family === "sum" ? "sum" : "leaf");
      zeroL1.push(s);
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["affine", "leaf", "scaled"]));
    for (const s of zeroL1.slice(0, 15)) {
      const f = functionFromSpec(s);
      const audit = auditSmoothness(f, f.smoothness, { seed: 3, numRuns: 20, radius: 2, extremeRadius: 4, climbStarts: 2, climbSteps: 20 });
      for (const form of audit.forms) expect(form.counterexample, `${JSON.stringify(s)} ${form.form}`).toBeUndefined();
    }
  });
});

describe("random noise laws", () => {
  test("every declared range of the default class: decades covered (draws per family)", () => {
    const values: Record<string, number[]> = {};
    for (const law of noiseFamilies()) {
      for (const drawn of fc.sample(noiseLaw({ laws: [law] }), { seed: SEED, numRuns: 300 }))
        for (const [k, v] of Object.entries(noiseParameterValues(drawn))) (values[k] ??= []).push(...v);
    }
    for (const drawn of fc.sample(noiseVector(4), { seed: SEED, numRuns: 100 }))
      for (const [k, v] of Object.entries(noiseParameterValues(drawn))) (values[k] ??= []).push(...v);
    for (const r of noiseLawParameters()) expectCovered(r, values[r.name] ?? []);
  });
  test("a class with κ ∈ (0.3, 1] declares and covers its own κ range", () => {
    const cls = { kappa: { min: 0.3, max: 1 } };
    const values: Record<string, number[]> = {};
    for (const drawn of fc.sample(noiseLaw(cls), { seed: SEED, numRuns: 400 }))
      for (const [k, v] of Object.entries(noiseParameterValues(drawn, cls))) (values[k] ??= []).push(...v);
    const kappa = noiseLawParameters(cls).find((r) => r.name === "κ")!;
    expect(kappa.max).toBe(1);
    expectCovered(kappa, values.κ);
  });
});
