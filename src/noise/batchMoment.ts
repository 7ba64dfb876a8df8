/**
 * E|X̄_B|^κ for X̄_B the mean of B i.i.d. copies of a noise law, exactly, for the laws where it has a
 * finite form — the left side of the batching lemma in its three forms (kornilov25 / hubler24 / seed;
 * docs/seed-errata.md, E7):
 *   Gaussian:      X̄_B ~ N(0, 1/B)                  ⇒ B^{−κ/2}·E|X|^κ;
 *   SαS(α):        X̄_B ~ SαS with scale B^{1/α−1}    ⇒ B^{κ(1/α−1)}·E|X|^κ;
 *   two-point(q):  B·X̄_B = K − Bq, K ~ Bin(B, q)     ⇒ Σ_k C(B,k) q^k (1−q)^{B−k} |k − Bq|^κ / B^κ;
 *   lattice:       the B-fold convolution of its atoms (exact sums on {−BK, …, BK}).
 * Other laws throw UndefinedQuantityError (no finite form: estimate by sampling instead). The i.i.d.
 * scalar case of independentBatchMoment (independent non-identical summands, vectors).
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { requireInteger, requirePositive } from "../core/validate.ts";
import { independentBatchMoment } from "./independentBatch.ts";
import { noiseFromSpec, type NoiseSpec } from "./noiseFromSpec.ts";

/** Laws for which `batchAbsMoment` is exact. */
export const EXACT_BATCH_LAWS = ["gaussian", "symmetricStable", "twoPoint", "lattice"] as const;

/** E|mean of B draws|^κ of a law, exactly where the law allows. */
export function batchAbsMoment(spec: NoiseSpec, kappa: number, B: number): number {
  requirePositive("kappa", kappa);
  requireInteger("B", B, 1);
  if (!(EXACT_BATCH_LAWS as readonly string[]).includes(spec?.law)) {
    noiseFromSpec(spec); // an unknown law gets its InputError first
    throw new UndefinedQuantityError("spec.law", spec.law, `one of ${EXACT_BATCH_LAWS.join(", ")} (E|mean of B|^κ has no finite form for ${spec.law})`);
  }
  return independentBatchMoment([{ noise: spec, scales: [1], count: B }], kappa);
}
