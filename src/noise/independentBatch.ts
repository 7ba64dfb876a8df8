/**
 * E‖X̄_B‖₂^κ for X̄_B = (1/B)Σ_b X_b, the mean of B INDEPENDENT, possibly NON-IDENTICAL
 * noise vectors in R^d with independent coordinates — the left side of the batching lemma in its
 * vector form (kornilov25: E‖(1/B)ΣX_b‖₂^κ ≤ 2·B^{−κ}·ΣE‖X_b‖₂^κ; hubler24 with 2^{2−κ}; the seed's
 * constant 1; docs/seed-errata.md, E7) — and its right side's sum Σ_b E‖X_b‖₂^κ. The batch is a list of
 * groups {noise, scales, count}: `count` independent summands with coordinates X_{b,i} = scales[i]·Z,
 * Z from `noise`. Exact where the mean has a finite form (to ~1e-12 relative for anisotropic Gaussian
 * batches; never sampled):
 *   Gaussian: X̄_B ~ N(0, diag(v)), v_i = Σ count·scales[i]²/B², and E‖X̄_B‖₂^κ by
 *     gaussianNormMoment (closed form when the v_i are equal, else an integral to ~1e-12 relative);
 *   SαS(α), one α for all groups, d = 1: X̄_B is SαS with scale (Σ count·c^α)^{1/α}/B;
 *   two-point and lattice laws at integer scales (mixed freely): each coordinate of B·X̄_B is an
 *     integer-valued sum minus its mean, its law the exact convolution of the summands' atoms, and
 *     E‖X̄_B‖₂^κ the finite sum over the product of the coordinates' atoms (atomsNormMoment);
 *     one two-point group with d = 1 at any scale: B·X̄_B = s·(K − Bq), K ~ Bin(B, q).
 * Other batches (SαS with d ≥ 2, mixed families) throw UndefinedQuantityError. Martingale-difference
 * summands beyond independence are not covered.
 */
import { InputError, UndefinedQuantityError } from "../core/errors.ts";
import { logGamma } from "../core/special/logGamma.ts";
import { requireFiniteVector, requireInteger, requirePositive } from "../core/validate.ts";
import { noiseFromSpec, type NoiseSpec } from "./noiseFromSpec.ts";
import { gaussianNormMoment } from "./gaussianNormMoment.ts";
import { atomsNormMoment, normMoment, type Atoms } from "./normMoment.ts";

/** `count` independent summands with coordinates scales[i]·Z_i, Z_i i.i.d. from `noise`. */
export interface BatchGroup {
  readonly noise: NoiseSpec;
  readonly scales: readonly number[];
  readonly count: number;
}

/** Largest number of lattice points one coordinate's convolution may reach (cost bound). */
const MAX_LATTICE = 1e5;

function validate(groups: readonly BatchGroup[], kappa: number): { d: number; B: number } {
  requirePositive("kappa", kappa);
  if (!Array.isArray(groups) || groups.length === 0) throw new InputError("groups", groups, "a non-empty array of {noise, scales, count}");
  groups.forEach((g, j) => {
    if (!Array.isArray(g?.scales)) throw new InputError(`groups[${j}].scales`, g?.scales, "an array of d ≥ 1 positive numbers");
  });
  const d = groups[0].scales.length;
  let B = 0;
  groups.forEach((g, j) => {
    requireFiniteVector(`groups[${j}].scales`, g.scales);
    if (g.scales.length !== d || d === 0) throw new InputError(`groups[${j}].scales`, g.scales, `${d || "≥ 1"} coordinates (every group has the same d ≥ 1)`);
    g.scales.forEach((s: number, i: number) => requirePositive(`groups[${j}].scales[${i}]`, s));
    B += requireInteger(`groups[${j}].count`, g.count, 1);
  });
  return { d, B };
}

/** Σ_b E‖X_b‖₂^κ over the batch (each group: count·E‖(scales[i]·Z_i)_i‖₂^κ). */
export function summandsNormMoment(groups: readonly BatchGroup[], kappa: number): number {
  const { d } = validate(groups, kappa);
  let s = 0;
  for (const g of groups) s += g.count * (d === 1 ? g.scales[0] ** kappa * noiseFromSpec(g.noise).absMoment(kappa) : normMoment(g.noise, g.scales, kappa));
  return s;
}

/** Atoms of B·(coordinate i of X̄_B) for discrete groups: an integer sum, centred. */
function coordinateAtoms(groups: readonly BatchGroup[], i: number, B: number): Atoms {
  let lo = 0;
  let pmf = Float64Array.of(1);
  let mean = 0;
  for (const [j, g] of groups.entries()) {
    const m = requireInteger(`groups[${j}].scales[${i}] (an integer for discrete laws)`, g.scales[i], 1);
    // One summand's integer law m·Y: Y ∈ {0, 1} (two-point: X = Y − q) or Y ∈ {−K, …, K} (lattice).
    // independentBatchMoment calls this only when every group's law is twoPoint or lattice.
    const spec = g.noise as Extract<NoiseSpec, { law: "twoPoint" | "lattice" }>;
    const K = spec.law === "twoPoint" ? 0 : spec.probs.length - 1;
    const ys = spec.law === "twoPoint" ? [0, 1] : Array.from({ length: 2 * K + 1 }, (_, k) => k - K);
    const law = noiseFromSpec(spec);
    const ps = spec.law === "twoPoint" ? [1 - spec.q, spec.q] : ys.map((y) => law.atom(y));
    if (spec.law === "twoPoint") mean += g.count * m * spec.q;
    const one = new Float64Array(m * (ys.length - 1) + 1);
    ys.forEach((_, k) => (one[m * k] = ps[k]));
    for (let c = 0; c < g.count; c++) {
      if (pmf.length + one.length - 1 > MAX_LATTICE)
        throw new UndefinedQuantityError("groups", groups, `a batch whose coordinate sums span ≤ ${MAX_LATTICE} lattice points`);
      const next = new Float64Array(pmf.length + one.length - 1);
      for (let a = 0; a < pmf.length; a++) {
        const pa = pmf[a];
        // Stryker disable next-line ConditionalExpression: skipping a zero entry only saves adding 0·one[k] = +0 (one[k] finite)
        if (pa === 0) continue;
        for (let k = 0; k < one.length; k++) next[a + k] += pa * one[k];
      }
      pmf = next;
      lo += m * ys[0];
    }
  }
  const values: number[] = [];
  const probs: number[] = [];
  for (let a = 0; a < pmf.length; a++) {
    if (pmf[a] === 0) continue;
    values.push((lo + a - mean) / B);
    probs.push(pmf[a]);
  }
  return { values, probs };
}

/** E‖(1/B)Σ_b X_b‖₂^κ for the batch (see the module comment for the cases with a finite form). */
export function independentBatchMoment(groups: readonly BatchGroup[], kappa: number): number {
  const { d, B } = validate(groups, kappa);
  const laws = new Set(groups.map((g) => g.noise.law));
  if (laws.size === 1 && laws.has("gaussian")) {
    // Coordinate i of the mean is N(0, v_i), v_i = Σ count·(scales[i]/B)², independent across i.
    const v = Array.from({ length: d }, (_, i) => groups.reduce((a, g) => a + g.count * (g.scales[i] / B) ** 2, 0));
    return gaussianNormMoment(v, kappa);
  }
  if (laws.size === 1 && laws.has("symmetricStable")) {
    const alpha = (groups[0].noise as { alpha: number }).alpha;
    if (d !== 1 || !groups.every((g) => (g.noise as { alpha: number }).alpha === alpha)) {
      throw new UndefinedQuantityError("groups", groups, "SαS summands with one α and d = 1 (‖·‖₂ of SαS vectors has no finite form)");
    }
    let sa = 0;
    for (const g of groups) sa += g.count * g.scales[0] ** alpha;
    return (sa ** (1 / alpha) / B) ** kappa * noiseFromSpec(groups[0].noise).absMoment(kappa);
  }
  if ([...laws].every((l) => l === "twoPoint" || l === "lattice")) {
    const g0 = groups[0];
    if (groups.length === 1 && d === 1 && g0.noise.law === "twoPoint") return g0.scales[0] ** kappa * binomialMoment(g0.noise.q, B, kappa);
    return atomsNormMoment(
      Array.from({ length: d }, (_, i) => coordinateAtoms(groups, i, B)),
      kappa,
    );
  }
  throw new UndefinedQuantityError("groups", [...laws], "one of: all gaussian; all symmetricStable (one α, d = 1); twoPoint/lattice at integer scales");
}

/** E|(K − Bq)/B|^κ, K ~ Bin(B, q), in log space (B up to 10⁶ without underflow of the binomial weights). */
function binomialMoment(q: number, B: number, kappa: number): number {
  noiseFromSpec({ law: "twoPoint", q }); // validates q
  const lq = Math.log(q);
  const l1q = Math.log1p(-q);
  const lgB = logGamma(B + 1);
  let s = 0;
  for (let k = 0; k <= B; k++) {
    const dev = Math.abs(k - B * q); // dev = 0 adds exp(κ·log 0) = exp(−∞) = 0
    s += Math.exp(lgB - logGamma(k + 1) - logGamma(B - k + 1) + k * lq + (B - k) * l1q + kappa * Math.log(dev / B));
  }
  return s;
}
