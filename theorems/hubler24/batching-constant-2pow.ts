/**
 * hubler24/batching-constant-2pow — the batching lemma with the constant 2^{2−κ} (Hübler, Fatkhullin
 * & He 2024; docs/seed-errata.md, E7): for independent (not necessarily identical) zero-mean X_b ∈ R^d and
 * κ ∈ (1, 2],
 *   E‖(1/B)Σ_b X_b‖₂^κ ≤ 2^{2−κ}·B^{−κ}·Σ_b E‖X_b‖₂^κ,
 * checked with both sides exact on the batches of batchingInstances (independent, possibly
 * non-identical; Gaussian vectors d ≤ 4, scalar SαS, two-point/lattice vectors d ≤ 3). At κ = 2 the
 * constant is 1 and the inequality is the variance identity (tight).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { batchingInstances, batchingSides, classifyBatching, type BatchingInstance, batchingParameters } from "../seed/batchingInstances.ts";

export const batchingConstant2Pow = defineClaim<InequalityClaim<BatchingInstance>>({
  id: "hubler24/batching-constant-2pow",
  kind: "inequality",
  title: "Batching with constant 2^{2−κ}: E‖mean_B‖₂^κ ≤ 2^{2−κ}·B^{−κ}·ΣE‖X_b‖₂^κ",
  source: { paper: "hubler24", item: "batching lemma (von Bahr–Esseen-type bound; docs/seed-errata.md, E7)", quote: "constant 2^{2−κ} in place of 2" },
  hypotheses: [
    "X_b ∈ R^d independent, possibly non-identical, zero mean, E‖X_b‖₂^κ < ∞",
    "κ ∈ (1, 2]",
    "laws (exact batch moments): Gaussian (d ≤ 4, per-summand and per-coordinate scales), SαS (d = 1), skewed two-point and symmetric lattice mixed (d ≤ 3, integer scales)",
  ],
  tightness: "upper",
  instances: batchingInstances(),
  parameters: batchingParameters,
  check: (i) => batchingSides(i, 2 ** (2 - i.kappa)),
  classify: classifyBatching,
  expected: { verdict: "holds", reason: "the exact ratio stays below 2^{2−κ} on every batch (the skewed two-point ratios peak near 1.2 where 2^{2−κ} ≈ 1.6)" },
});
