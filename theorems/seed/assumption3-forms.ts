/**
 * seed/assumption3-forms, seed/assumption3-forms-converse, seed/assumption3-forms-l2 — how the
 * seed's two statements of the noise assumption relate (docs/seed-errata.md, background: Assumption 2's readings (Assumption 3's two forms)). Assumption 3 is
 * coordinatewise, E|X_i|^κ ≤ σ_i^κ; the problem statement (§1) is the norm form E‖X‖₂^κ ≤ σ^κ.
 *   forms:          coordinatewise ⇒ norm form with σ = ‖σ⃗‖_κ: E‖X‖₂^κ ≤ Σ_i σ_i^κ
 *                   (‖v‖₂ ≤ ‖v‖_κ for κ ≤ 2, then linearity);
 *   forms-converse: norm form ⇒ σ_i ≤ σ (|X_i| ≤ ‖X‖₂), hence ‖σ⃗‖₁ ≤ d·σ, with σ the least constant
 *                   (E‖X‖₂^κ)^{1/κ};
 *   forms-l2:       coordinatewise ⇒ norm form with σ = ‖σ⃗‖₂ — the tempting identification, false for
 *                   κ < 2 (Gaussian, d = 2, κ = 1: E‖X‖₂ = 1.2533 > ‖σ⃗‖₂ = 1.1284).
 * Both sides exact (normMoment): noise vectors X_i = scale_i·Z_i with Z_i i.i.d. two-point or lattice
 * (exact sums over the product support), or Gaussian with equal scales (χ_d moments); d ≤ 4.
 */
import fc from "fast-check";
import { arb, param, defineClaim, noiseFromSpec, noiseLaw, normMoment, sigmaVector, type InequalityClaim, type NoiseSpec } from "signcheck";

export interface Assumption3Instance {
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scales: number[];
}

const instances: fc.Arbitrary<Assumption3Instance> = fc
  .record({
    d: arb.dimension({ min: 1, max: 4 }),
    law: noiseLaw({ laws: ["gaussian", "twoPoint", "lattice"] }),
    raw: fc.array(arb.logUniform(1e-2, 1e2), { minLength: 4, maxLength: 4 }),
  })
  .map(({ d, law, raw }) => ({
    noise: law.noise,
    kappa: law.kappa,
    scales: law.noise.law === "gaussian" ? Array(d).fill(raw[0]) : raw.slice(0, d),
  }));

function sides(i: Assumption3Instance): { norm: number; sigma: Float64Array } {
  return { norm: normMoment(i.noise, i.scales, i.kappa), sigma: sigmaVector(noiseFromSpec(i.noise), i.scales, i.kappa) };
}

const source = {
  paper: "seed",
  item: "Assumption 3 vs the problem statement (§1)",
  quote: `${String.raw`\mathbb{E}_{\xi}[\|\nabla f(x,\xi) - \nabla f(x)\|_2^{\kappa}] \leq \sigma^{\kappa}`} … ${String.raw`\mathbb{E}_{\xi}[|\nabla f(x,\xi)_i \nabla f(x)_i|^{\kappa}] \leq \sigma_i^{\kappa}`}`,
};
const hypotheses = ["X_i = scale_i·Z_i, Z_i i.i.d. zero mean (two-point, lattice, or Gaussian with equal scales)", "κ ∈ (1, 2]", "d ≤ 4"];
const parameters = [
  param.log("scale_i", [1e-2, 1e2], (i: Assumption3Instance) => i.scales),
  param.linear("κ", [1, 2], (i: Assumption3Instance) => i.kappa, { boundaries: [param.at("κ = 2", 2)] }),
  param.integer("d", [1, 4], (i: Assumption3Instance) => i.scales.length),
  param.categorical("law", ["gaussian", "twoPoint", "lattice"], (i: Assumption3Instance) => i.noise.law),
];
const classify = (i: Assumption3Instance) => `${i.noise.law}, d = ${i.scales.length}`;

export const assumption3Forms = defineClaim<InequalityClaim<Assumption3Instance>>({
  id: "seed/assumption3-forms",
  kind: "inequality",
  title: "Coordinatewise κ-moments give the norm form with σ = ‖σ⃗‖_κ",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  check(i) {
    const { norm, sigma } = sides(i);
    return { lhs: norm, rhs: sigma.reduce((s, x) => s + x ** i.kappa, 0) };
  },
  classify,
  parameters,
  expected: { verdict: "holds", reason: "‖v‖₂ ≤ ‖v‖_κ for κ ≤ 2 pointwise; the exact moments agree (equality at d = 1)" },
});

export const assumption3FormsConverse = defineClaim<InequalityClaim<Assumption3Instance>>({
  id: "seed/assumption3-forms-converse",
  kind: "inequality",
  title: "The norm form gives ‖σ⃗‖₁ ≤ d·σ (σ_i ≤ σ)",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  check(i) {
    const { norm, sigma } = sides(i);
    return { lhs: sigma.reduce((s, x) => s + x, 0), rhs: i.scales.length * norm ** (1 / i.kappa) };
  },
  classify,
  parameters,
  expected: { verdict: "holds", reason: "|X_i| ≤ ‖X‖₂ gives σ_i ≤ σ for every i" },
});

export const assumption3FormsL2 = defineClaim<InequalityClaim<Assumption3Instance>>({
  id: "seed/assumption3-forms-l2",
  kind: "inequality",
  title: "Coordinatewise κ-moments do NOT give the norm form with σ = ‖σ⃗‖₂ (κ < 2)",
  // The seed states neither constant; this is the tempting reading of its two forms, checked as the
  // boundary of seed/assumption3-forms (‖σ⃗‖_κ cannot be replaced by ‖σ⃗‖₂).
  source: { ...source, item: "Assumption 3 vs the problem statement (§1): the identification σ = ‖σ⃗‖₂ (not stated by the seed)" },
  hypotheses,
  tightness: "upper",
  instances,
  check(i) {
    const { norm, sigma } = sides(i);
    return { lhs: norm, rhs: Math.hypot(...sigma) ** i.kappa };
  },
  classify,
  parameters,
  expected: { verdict: "violated", reason: "for κ < 2 and d ≥ 2 the exact E‖X‖₂^κ exceeds ‖σ⃗‖₂^κ (Gaussian d = 2, κ = 1: 1.2533 vs 1.1284)" },
});
