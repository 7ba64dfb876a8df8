/**
 * Instances shared by the three forms of the batching lemma (kornilov25/batching-constant-2,
 * hubler24/batching-constant-2pow, seed/batching-constant-1): a batch of B INDEPENDENT, possibly
 * NON-IDENTICAL zero-mean summands X_b ∈ R^d with independent coordinates, given as 1–3 groups
 * {noise, scales, count} (count summands with coordinates scales[i]·Z), κ ∈ (1, 2], and both sides
 * of the lemma exact (independentBatchMoment, summandsNormMoment):
 *   Gaussian: d ≤ 4, scales per group and coordinate (half of the batches isotropic: one scale per
 *     group), counts up to 10⁴ each (anisotropic: the left side by quadrature to ~1e-12 relative);
 *   SαS(α): one α, d = 1, a scale per group, counts up to 10⁴ each;
 *   two-point (different q per group) and symmetric lattice laws, mixed, at integer scales 1–2 per
 *     coordinate, d ≤ 3: one two-point group with d = 1 up to B = 10⁴ (binomial form), otherwise B
 *     halved until the exact convolution stays small (B ≤ 128, ≤ 2·10⁴ atoms in the product).
 * The ratio E‖X̄_B‖₂^κ / (B^{−κ}·Σ_b E‖X_b‖₂^κ) is the constant each form bounds (docs/seed-errata.md, E7).
 * Not generated: martingale-difference summands beyond independence, SαS vectors (d ≥ 2), batches
 * mixing families (no finite form of the left side).
 */
import fc from "fast-check";
import { arb, independentBatchMoment, noiseLaw, summandsNormMoment, type BatchGroup, type NoiseClass, param, type Parameter } from "signcheck";

export interface BatchingInstance {
  readonly kappa: number;
  readonly d: number;
  /** B = Σ count. */
  readonly groups: readonly BatchGroup[];
}

/** Largest B of a lattice group alone, or of a discrete batch with several groups or d ≥ 2 (convolution cost). */
const DISCRETE_B_MAX = 128;
/** Largest product of the mean's per-coordinate atoms enumerated for a discrete batch with d ≥ 2. */
const DISCRETE_POINTS_MAX = 2e4;

export const batchSize = (i: BatchingInstance): number => i.groups.reduce((s, g) => s + g.count, 0);

/** Span (in lattice steps) of one coordinate of Σ_b X_b for discrete groups. */
function span(groups: readonly BatchGroup[], i: number): number {
  return groups.reduce((s, g) => s + g.count * g.scales[i] * (g.noise.law === "lattice" ? 2 * (g.noise.probs.length - 1) : 1), 0);
}

/** Halve the counts of a discrete batch until its exact convolution is cheap (a lone two-point group with d = 1 is binomial: no cap). */
function fitDiscrete(d: number, groups: BatchGroup[]): BatchGroup[] {
  if (groups.length === 1 && d === 1 && groups[0].noise.law === "twoPoint") return groups;
  let gs = groups;
  const fits = () =>
    gs.reduce((s, g) => s + g.count, 0) <= DISCRETE_B_MAX &&
    (d === 1 || Array.from({ length: d }, (_, i) => span(gs, i) + 1).reduce((a, b) => a * b, 1) <= DISCRETE_POINTS_MAX);
  while (!fits() && gs.some((g) => g.count > 1)) gs = gs.map((g) => ({ ...g, count: Math.max(1, Math.floor(g.count / 2)) }));
  while (!fits()) gs = gs.slice(0, -1); // with every count 1: drop groups (d ≤ 3, spans ≤ 12 per group: one group always fits)
  return gs;
}

export function batchingInstances(cls: NoiseClass = {}): fc.Arbitrary<BatchingInstance> {
  return noiseLaw({ ...cls, exactBatch: true }).chain(({ noise, kappa }) => {
    const family = noise.law === "gaussian" ? "gaussian" : noise.law === "symmetricStable" ? "stable" : "discrete";
    const other = family === "discrete" ? noiseLaw({ ...cls, kappa, laws: ["twoPoint", "lattice"] }).map((l) => l.noise) : fc.constant(noise);
    const scale = family === "discrete" ? fc.integer({ min: 1, max: 2 }) : arb.logUniform(1e-1, 1e1);
    return fc
      .record({
        d: fc.integer({ min: 1, max: family === "gaussian" ? 4 : family === "stable" ? 1 : 3 }),
        isotropic: fc.boolean(),
        others: fc.array(other, { maxLength: 2 }),
        counts: fc.array(arb.iterations({ min: 1, max: 10_000 }), { minLength: 3, maxLength: 3 }),
        scales: fc.array(fc.array(scale, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
      })
      .map(({ d, isotropic, others, counts, scales }) => {
        const groups = [noise, ...others].map((n, j) => ({
          noise: n,
          count: counts[j],
          scales: family === "gaussian" && isotropic ? new Array<number>(d).fill(scales[j][0]) : scales[j].slice(0, d),
        }));
        return { kappa, d, groups: family === "discrete" ? fitDiscrete(d, groups) : groups };
      });
  });
}

/** The parameters of a batching instance: κ, the group counts (log), the scales, d and the first group's law. */
export const batchingParameters: Parameter<BatchingInstance>[] = [
  param.linear("κ", [1, 2], (i) => i.kappa, { boundaries: [param.at("κ = 2", 2)] }),
  param.log("count per group", [1, 1e4], (i) => i.groups.map((g) => g.count), { boundaries: [param.at("B = 1", (_v, i) => batchSize(i) === 1)] }),
  param.log("scale", [1e-1, 1e1], (i) => i.groups.flatMap((g) => g.scales)),
  param.integer("d", [1, 4], (i) => i.d),
  param.categorical("law", ["gaussian", "symmetricStable", "twoPoint", "lattice"], (i) => i.groups[0].noise.law),
];

/** lhs = E‖X̄_B‖₂^κ, rhs = C·B^{−κ}·Σ_b E‖X_b‖₂^κ. */
export function batchingSides(i: BatchingInstance, C: number): { lhs: number; rhs: number } {
  return { lhs: independentBatchMoment(i.groups, i.kappa), rhs: C * batchSize(i) ** -i.kappa * summandsNormMoment(i.groups, i.kappa) };
}

export function classifyBatching(i: BatchingInstance): string {
  const B = batchSize(i);
  const laws = [...new Set(i.groups.map((g) => (g.noise.law === "twoPoint" && g.noise.q === 0.5 ? "Rademacher" : g.noise.law)))].join("+");
  const aniso = i.d > 1 && i.groups.some((g) => g.scales.some((s) => s !== g.scales[0])) ? " anisotropic" : "";
  return `${laws}, d = ${i.d}${aniso}, ${i.groups.length === 1 ? "i.i.d." : "non-identical"}, B ${B === 1 ? "= 1" : B <= 32 ? "≤ 32" : "> 32"}`;
}
