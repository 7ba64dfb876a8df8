/**
 * E‖X‖₂^κ exactly for a noise vector X_i = scales[i]·Z_i with Z_i i.i.d. from a law where it has a
 * finite form — the left side of the norm form of Assumption 3 (the seed's problem statement,
 * E‖∇f(x,ξ) − ∇f(x)‖₂^κ ≤ σ^κ):
 *   laws with atoms (two-point, lattice): the finite sum over the product of supports (≤ 10⁵ points,
 *   atomsNormMoment — also used for the mean of a batch, see independentBatch);
 *   Gaussian: gaussianNormMoment (equal scales s: ‖X‖₂ = s·χ_d in closed form; unequal scales, κ ≤ 2:
 *   a Laplace-transform integral to ~1e-12 relative).
 * Other cases throw UndefinedQuantityError.
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { requireFiniteVector, requirePositive } from "../core/validate.ts";
import { gaussianNormMoment } from "./gaussianNormMoment.ts";
import { noiseFromSpec, type NoiseSpec } from "./noiseFromSpec.ts";

/** Largest product support enumerated (cost bound of one call). */
const MAX_POINTS = 1e5;

/** E‖X‖₂^κ of a noise vector with scaled i.i.d. coordinates, exactly. */
export function normMoment(spec: NoiseSpec, scales: readonly number[], kappa: number): number {
  requirePositive("kappa", kappa);
  requireFiniteVector("scales", scales);
  if (spec.law === "gaussian")
    return gaussianNormMoment(
      scales.map((s) => s * s),
      kappa,
    );
  if (spec.law !== "twoPoint" && spec.law !== "lattice") throw new UndefinedQuantityError("spec.law", spec.law, "gaussian, twoPoint or lattice");
  const law = noiseFromSpec(spec);
  law.absMoment(kappa); // validates κ
  const K = spec.law === "lattice" ? spec.probs.length - 1 : 0;
  const support = spec.law === "twoPoint" ? [-spec.q, 1 - spec.q] : Array.from({ length: 2 * K + 1 }, (_, j) => j - K);
  const probs = support.map((x) => law.atom(x));
  return atomsNormMoment(
    scales.map((s) => ({ values: support.map((x) => s * x), probs })),
    kappa,
  );
}

/** The atoms of one coordinate: P(X_i = values[j]) = probs[j]. */
export interface Atoms {
  readonly values: readonly number[];
  readonly probs: readonly number[];
}

/**
 * E‖X‖₂^κ = Σ over the product of the coordinates' atoms of Π p · (Σ x_i²)^{κ/2}, for X with
 * independent coordinates on finitely many atoms (≤ 10⁵ points in the product).
 */
export function atomsNormMoment(coords: readonly Atoms[], kappa: number): number {
  requirePositive("kappa", kappa);
  const d = coords.length;
  const points = coords.reduce((n, c) => n * c.values.length, 1);
  if (points > MAX_POINTS) throw new UndefinedQuantityError("coords", points, `a product of ≤ ${MAX_POINTS} support points`);
  let total = 0;
  const rec = (i: number, p: number, sq: number): void => {
    if (p === 0) return;
    if (i === d) {
      total += p * sq ** (kappa / 2);
      return;
    }
    const { values, probs } = coords[i];
    for (let j = 0; j < values.length; j++) rec(i + 1, p * probs[j], sq + values[j] * values[j]);
  };
  rec(0, 1, 0);
  return total;
}
