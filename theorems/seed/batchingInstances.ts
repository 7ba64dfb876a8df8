/**
 * Instances shared by the three forms of the batching lemma (kornilov25/batching-constant-2,
 * hubler24/batching-constant-2pow, seed/batching-constant-1): a law whose mean of B draws has an
 * exact κ-moment (Gaussian, SαS, two-point, lattice), κ ∈ (1, 2], and a batch size B log-uniform in
 * [1, 10⁴] (lattice laws: ≤ 256, the cost of the exact convolution). The ratio
 *   E|X̄_B|^κ / (B^{1−κ}·E|X|^κ)
 * is the constant each form bounds (review §3.1 T4).
 */
import fc from "fast-check";
import { arb, batchAbsMoment, noiseFromSpec, noiseLaw, type NoiseClass, type NoiseSpec } from "signcheck";

export interface BatchingInstance {
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly B: number;
}

/** Largest B for lattice laws: the B-fold convolution costs O(B²K²). */
const LATTICE_B_MAX = 256;

export function batchingInstances(cls: NoiseClass = {}): fc.Arbitrary<BatchingInstance> {
  return fc.record({ law: noiseLaw({ ...cls, exactBatch: true }), B: arb.iterations({ min: 1, max: 10_000 }) }).map(({ law, B }) => ({
    noise: law.noise,
    kappa: law.kappa,
    B: law.noise.law === "lattice" ? Math.min(B, LATTICE_B_MAX) : B,
  }));
}

/** lhs = E|X̄_B|^κ, rhs = C·B^{−κ}·Σ_{b≤B} E|X_b|^κ = C·B^{1−κ}·E|X|^κ. */
export function batchingSides({ noise, kappa, B }: BatchingInstance, C: number): { lhs: number; rhs: number } {
  return { lhs: batchAbsMoment(noise, kappa, B), rhs: C * B ** (1 - kappa) * noiseFromSpec(noise).absMoment(kappa) };
}

export function classifyBatching({ noise, B }: BatchingInstance): string {
  return `${noise.law}${noise.law === "twoPoint" && noise.q === 0.5 ? " (q = ½)" : ""}, B ${B === 1 ? "= 1" : B <= 32 ? "≤ 32" : "> 32"}`;
}
