/**
 * Exact tails and moments agree with an independent computation to relative 1e-9 (TOL_QUADRATURE):
 * closed-form P(X > t), P(X < −t) and E|X|^κ against adaptive Gauss–Kronrod integrals of the
 * density; SαS tails (Zolotarev's integral) against the Gil-Pelaez inversion of the characteristic
 * function, P(X > t) = ½ − (1/π)∫_0^∞ sin(tu)e^{−u^α}/u du. Plus the identities every law's tail
 * functions must satisfy (metamorphic: the same probability computed two ways).
 */
import { describe, expect, test } from "vitest";
import {
  STABLE_TAIL_ASYMPTOTE,
  TOL,
  TOL_QUADRATURE,
  UndefinedQuantityError,
  close,
  integrate,
  integratePieces,
  noiseFromSpec,
  type NoiseSpec,
} from "signcheck/internal";
import { CATALOGUE, label } from "./catalogue.ts";

const T_GRID = [0, 0.1, 0.7, 1, 1.5, 3, 10, 100, 1e4];
const KAPPAS = [0.5, 1, 1.2, 1.5, 2, 3];

function expectClose(a: number, b: number, what: string): void {
  expect(close(a, b, TOL_QUADRATURE), `${what}: ${a} vs ${b} (rel ${Math.abs(a - b) / Math.abs(b)})`).toBe(true);
}

/**
 * ∫_c^∞ g for g(x) ~ x^{−1−decay}: x = c·w^{−1/decay} maps it onto ∫_0^1 of a function bounded at w = 0
 * (the algebraic endpoint singularity that defeats plain quadrature of heavy-tailed moments).
 */
function heavyTail(g: (x: number) => number, c: number, decay: number): number {
  if (decay === Infinity) return integrate(g, c, Infinity, { atol: 0, rtol: 1e-13, maxIntervals: 20000 });
  const p = 1 / decay;
  return integrate((w) => (w === 0 ? 0 : g(c * w ** -p) * c * p * w ** (-p - 1)), 0, 1, { atol: 0, rtol: 1e-13, maxIntervals: 20000 });
}

/** ∫_t^∞ pdf, split at the law's kinks (±1 for the symmetric Pareto, −m for the centred Lomax, 0); pdf ~ x^{−1−decay}. */
function upperIntegral(pdf: (x: number) => number, t: number, kinks: number[], decay: number): number {
  const pts = [t, ...kinks.filter((k) => k > t).sort((a, b) => a - b)];
  if (pts[pts.length - 1] < 1) pts.push(1); // the power substitution needs a tail start c > 0
  return integratePieces(pdf, pts, { rtol: 1e-13 }) + heavyTail(pdf, pts[pts.length - 1], decay);
}

describe("closed-form tails agree with the integrated density", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    if (!law.pdf || law.hasAtoms) continue;
    const kinks = spec.law === "symmetricPareto" ? [-1, 1] : spec.law === "centredLomax" ? [-1 / (spec.alpha - 1)] : [0];
    test(`${label(spec)}: sf and lowerTail`, () => {
      for (const t of T_GRID) {
        const upper = upperIntegral(law.pdf!, t, kinks, law.maxMomentOrder);
        if (upper > 1e-280) expectClose(law.sf(t), upper, `sf(${t})`);
        const lower = upperIntegral(
          (x) => law.pdf!(-x),
          t,
          kinks.map((k) => -k),
          law.maxMomentOrder,
        );
        if (lower > 1e-280) expectClose(law.lowerTail(t), lower, `lowerTail(${t})`);
        else expect(law.lowerTail(t)).toBeLessThanOrEqual(1e-280);
      }
    });
  }
});

describe("closed-form moments agree with the integrated density", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    if (!law.pdf || law.hasAtoms) continue;
    const kinks = spec.law === "symmetricPareto" ? [1] : [];
    test(`${label(spec)}: E|X|^κ for κ < ${law.maxMomentOrder}`, () => {
      for (const kappa of KAPPAS.filter((k) => k < law.maxMomentOrder)) {
        const f = (x: number) => x ** kappa * (law.pdf!(x) + law.pdf!(-x));
        const decay = law.maxMomentOrder - kappa;
        // Split at c ≥ every kink (1 for Pareto, m = 1/(α−1) for the centred Lomax, whose left part ends there).
        const c = spec.law === "centredLomax" ? 1 / (spec.alpha - 1) : 1;
        const m = integratePieces(f, [0, ...kinks.filter((k) => k < c), c], { rtol: 1e-13 }) + heavyTail(f, c, decay);
        expectClose(law.absMoment(kappa), m, `E|X|^${kappa}`);
      }
      if (law.maxMomentOrder < Infinity) expect(() => law.absMoment(law.maxMomentOrder)).toThrow(UndefinedQuantityError);
    });
  }
});

describe("SαS tails (Zolotarev) agree with the inverted characteristic function", () => {
  for (const alpha of [0.5, 0.8, 1.2, 1.5, 1.9, 1.99]) {
    test(`alpha = ${alpha}`, () => {
      const law = noiseFromSpec({ law: "symmetricStable", alpha });
      const top = 60 ** (1 / alpha); // e^{−u^α} < e^{−60} beyond: the rest of the integral is below 1e-26
      for (const t of [0.05, 0.5, 1, 2, 5, 10]) {
        const gp =
          0.5 -
          integrate((u) => (u === 0 ? t : Math.sin(t * u) / u) * Math.exp(-(u ** alpha)), 0, top, { atol: 1e-16, rtol: 1e-13, maxIntervals: 20000 }) / Math.PI;
        expectClose(law.sf(t), gp, `sf(${t})`);
      }
    });
  }
  test("α = 1 is the Cauchy law and α = 2 is N(0, 2), both in closed form", () => {
    expect(close(noiseFromSpec({ law: "symmetricStable", alpha: 1 }).sf(3), 0.5 - Math.atan(3) / Math.PI, TOL.special)).toBe(true);
    expect(close(noiseFromSpec({ law: "symmetricStable", alpha: 2 }).absMoment(2), 2, TOL.special)).toBe(true);
  });
  test("far tails follow the stable tail constant: P(X > t) t^α → Γ(α) sin(πα/2)/π", () => {
    for (const alpha of [0.5, 1.5]) {
      const law = noiseFromSpec({ law: "symmetricStable", alpha });
      const t = 1e8;
      const limit = (Math.exp(logGammaOf(alpha)) * Math.sin((Math.PI * alpha) / 2)) / Math.PI;
      expect(close(law.sf(t) * t ** alpha, limit, STABLE_TAIL_ASYMPTOTE)).toBe(true); // next term of the series: O(t^{−α}) relative
    }
  });
});

function logGammaOf(x: number): number {
  // Γ(α) for α ∈ {0.5, 1.5}: √π and √π/2.
  return x === 0.5 ? 0.5 * Math.log(Math.PI) : Math.log(Math.sqrt(Math.PI) / 2);
}

describe("tail identities of every law", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    test(`${label(spec)}: P(X < −u) + P(X = −u) + P(X > −u) = 1 and cdf monotone`, () => {
      let prev = 0;
      for (const u of [-50, -3, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 3, 50]) {
        expect(close(law.lowerTail(-u) + law.atom(u) + law.sf(u), 1, TOL.exact), `u = ${u}`).toBe(true);
        const F = law.cdf(u);
        expect(F).toBeGreaterThanOrEqual(prev - TOL.exact.rtol);
        prev = F;
      }
    });
  }
});

const spec0: NoiseSpec = { law: "gaussian" };
test("the integrator itself: known integrals", () => {
  expect(
    close(
      integrate((x) => Math.exp(-x), 0, Infinity),
      1,
      TOL.special,
    ),
  ).toBe(true);
  expect(close(integrate(Math.sqrt, 0, 1), 2 / 3, TOL.special)).toBe(true);
  expect(close(integrate(Math.sin, 0, Math.PI), 2, TOL.special)).toBe(true);
  expect(close(noiseFromSpec(spec0).absMoment(2), 1, TOL.special)).toBe(true);
});
