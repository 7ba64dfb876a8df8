/**
 * Each law's sampler draws from its declared distribution: one-sample Kolmogorov–Smirnov against the
 * declared cdf for laws without atoms (SαS: against the cdf from Zolotarev's integral, itself checked
 * against the characteristic function in tails.test.ts), Pearson χ² over the atoms for two-point and
 * lattice laws, and KS against the continuous part for the contaminated law with atoms excluded.
 * Level: a law is rejected when p < GOF_LEVEL (asymptotic p-values, see src/stats/goodnessOfFit.ts).
 * Fixed streams make the outcome deterministic; at this level a correct sampler fails one of the
 * ~25 tests with probability ≤ 2.5% over the choice of seed.
 */
import { describe, expect, test } from "vitest";
import { chiSquareTest, clopperPearson, ksTest, noiseFromSpec, streamFor, tZiggurat, type NoiseSpec } from "signcheck/internal";
import { CATALOGUE, label } from "./catalogue.ts";

/** Significance level of each goodness-of-fit test (a level, not a tolerance). */
const GOF_LEVEL = 1e-3;
const N = 20_000;
/** SαS cdf values cost one adaptive quadrature each: a smaller sample keeps the suite fast. */
const N_STABLE = 3_000;

function draw(spec: NoiseSpec, n: number, domain = "gof"): Float64Array {
  const law = noiseFromSpec(spec);
  const s = streamFor({ seed: 1, claim: "properties/noise", instance: label(spec), trial: 0, domain });
  return law.fill(s, new Float64Array(n));
}

describe("samplers agree with their declared laws", () => {
  for (const spec of CATALOGUE) {
    const law = noiseFromSpec(spec);
    test(`${label(spec)}`, () => {
      if (!law.hasAtoms) {
        const n = spec.law === "symmetricStable" && spec.alpha !== 1 && spec.alpha !== 2 ? N_STABLE : N;
        const r = ksTest(draw(spec, n), law.cdf);
        expect(r.pValue, `KS D = ${r.statistic}, n = ${n}`).toBeGreaterThan(GOF_LEVEL);
        return;
      }
      if (spec.law === "twoPoint" || spec.law === "lattice") {
        const xs = draw(spec, N);
        const support = [...new Set(xs)].sort((a, b) => a - b);
        const atoms =
          spec.law === "twoPoint" ? [-spec.q, 1 - spec.q] : Array.from({ length: 2 * spec.probs.length - 1 }, (_, j) => j - (spec.probs.length - 1));
        for (const x of support) expect(atoms).toContain(x);
        const observed = atoms.map((a) => xs.filter((x) => x === a).length);
        const r = chiSquareTest(
          observed,
          atoms.map((a) => law.atom(a)),
        );
        expect(r.pValue, `χ² = ${r.statistic}`).toBeGreaterThan(GOF_LEVEL);
        return;
      }
      // Contaminated with a lattice outlier: the share of draws on the atoms is Binomial(n, Σ atoms), and
      // the rest follow the continuous inlier (KS against it).
      expect(spec.law).toBe("contaminated");
      const c = spec as Extract<NoiseSpec, { law: "contaminated" }>;
      const xs = draw(spec, N);
      const onAtoms = xs.filter((x) => Number.isInteger(x) && law.atom(x) > 0);
      const pAtoms = [-2, -1, 0, 1, 2].reduce((s, a) => s + law.atom(a), 0);
      const chi = chiSquareTest([onAtoms.length, N - onAtoms.length], [pAtoms, 1 - pAtoms]);
      expect(chi.pValue).toBeGreaterThan(GOF_LEVEL);
      const rest = Float64Array.from(xs.filter((x) => !(Number.isInteger(x) && law.atom(x) > 0)));
      const r = ksTest(rest, noiseFromSpec(c.inlier).cdf);
      expect(r.pValue, `KS D = ${r.statistic}`).toBeGreaterThan(GOF_LEVEL);
    });
  }
});

describe("symmetric laws pass a symmetry test", () => {
  for (const spec of CATALOGUE.filter((s) => noiseFromSpec(s).symmetric)) {
    test(`${label(spec)}: sign test and mirrored KS`, () => {
      const law = noiseFromSpec(spec);
      const xs = draw(spec, N, "symmetry");
      const pos = xs.filter((x) => x > 0).length;
      const neg = xs.filter((x) => x < 0).length;
      const r = chiSquareTest([pos, neg], [0.5, 0.5]);
      expect(r.pValue, `${pos} positive vs ${neg} negative`).toBeGreaterThan(GOF_LEVEL);
      // The declared tails are mirror images: P(X > t) = P(X < −t) and P(X = t) = P(X = −t).
      for (const t of [0, 0.5, 1, 2, 7]) {
        expect(law.sf(t)).toBe(law.lowerTail(t));
        expect(law.atom(t)).toBe(law.atom(-t));
      }
    });
  }
  test("the skewed laws fail the sign test (the test has power)", () => {
    for (const spec of [
      { law: "twoPoint", q: 0.1 },
      { law: "centredLomax", alpha: 1.5 },
    ] as NoiseSpec[]) {
      const xs = draw(spec, N, "symmetry");
      const pos = xs.filter((x) => x > 0).length;
      expect(chiSquareTest([pos, N - pos], [0.5, 0.5]).pValue).toBeLessThan(GOF_LEVEL);
    }
  });
});

test("the KS test has power: a t(3) sample is rejected against the t(5) and the Gaussian cdf", () => {
  const xs = draw({ law: "studentT", nu: 3 }, N);
  expect(ksTest(Float64Array.from(xs), noiseFromSpec({ law: "studentT", nu: 5 }).cdf).pValue).toBeLessThan(GOF_LEVEL);
  expect(ksTest(Float64Array.from(xs), noiseFromSpec({ law: "gaussian" }).cdf).pValue).toBeLessThan(GOF_LEVEL);
});

describe("the Student-t ziggurat's tail branch draws the exact tail", () => {
  // KS at n = 2·10⁴ barely sees the ≈ 0.1–0.3% of draws beyond the ziggurat's r: count them, and those
  // beyond 3r and 30r, against the exact tail with Clopper–Pearson intervals (one level per count).
  for (const nu of [0.5, 1.2, 3, 30]) {
    test(`nu = ${nu}`, () => {
      const { r } = tZiggurat(nu);
      const law = noiseFromSpec({ law: "studentT", nu });
      const n = 1_000_000;
      const xs = law.fill(streamFor({ seed: 9, claim: "properties/noise/tzig", instance: String(nu), trial: 0 }), new Float64Array(n));
      for (const c of [1, 3, 30]) {
        let k = 0;
        for (const x of xs) if (Math.abs(x) > c * r) k++;
        const ci = clopperPearson(k, n, GOF_LEVEL);
        const p = 2 * law.sf(c * r);
        expect(p, `P(|X| > ${c}r = ${c * r}): ${k}/${n}`).toBeGreaterThanOrEqual(ci.lo);
        expect(p, `P(|X| > ${c}r = ${c * r}): ${k}/${n}`).toBeLessThanOrEqual(ci.hi);
      }
    });
  }
});

describe("SαS samplers against the characteristic function (empirical characteristic function)", () => {
  // E cos(tX) = e^{−|t|^α} and Var cos(tX) = (1 + e^{−|2t|^α})/2 − e^{−2|t|^α} exactly, so the
  // empirical mean of cos(tX) has an exact CLT interval; Z = 4.5 per comparison (≈ 7e-6 each).
  const Z = 4.5;
  const n = 100_000;
  for (const alpha of [0.7, 1, 1.5, 1.9]) {
    for (const B of [1, 1_000_000]) {
      test(`alpha = ${alpha}, mean of B = ${B}`, () => {
        const law = noiseFromSpec({ law: "symmetricStable", alpha });
        const s = streamFor({ seed: 8, claim: "properties/noise/ecf", instance: `${alpha}/${B}`, trial: 0 });
        const xs = Float64Array.from({ length: n }, () => law.sampleMean(s, B));
        const c = B ** (1 / alpha - 1); // the mean of B draws is SαS with scale B^{1/α−1}
        for (const t of [0.3, 1, 3]) {
          const u = t * c;
          let m = 0;
          for (const x of xs) m += Math.cos(t * x);
          m /= n;
          const phi = Math.exp(-(u ** alpha));
          const sd = Math.sqrt((1 + Math.exp(-((2 * u) ** alpha))) / 2 - phi * phi);
          expect(Math.abs(m - phi), `t = ${t}: ${m} vs ${phi}`).toBeLessThanOrEqual((Z * sd) / Math.sqrt(n));
        }
      });
    }
  }
});
