/**
 * kornilov25/batching-constant-2 — the heavy-tailed batching lemma as kornilov25 uses it (docs/seed-errata.md, E7
 * T4, Kornilov/Cherapanamjeri form): for X_1…X_B ∈ R^d a martingale-difference sequence and κ ∈ (1, 2],
 *   E‖(1/B)Σ_b X_b‖₂^κ ≤ 2·B^{−κ}·Σ_b E‖X_b‖₂^κ,
 * checked with both sides exact on independent, possibly non-identical zero-mean summands
 * (batchingInstances: Gaussian vectors d ≤ 4, scalar SαS, two-point/lattice vectors d ≤ 3 with a
 * different q, lattice law or scale per group), symmetric or skewed. Martingale differences beyond
 * independence are not generated. An upper bound.
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { batchingInstances, batchingSides, classifyBatching, type BatchingInstance, batchingParameters } from "../seed/batchingInstances.ts";

export const batchingConstant2 = defineClaim<InequalityClaim<BatchingInstance>>({
  id: "kornilov25/batching-constant-2",
  kind: "inequality",
  title: "Batching shrinks the κ-moment: E‖mean_B‖₂^κ ≤ 2·B^{−κ}·ΣE‖X_b‖₂^κ",
  source: {
    paper: "kornilov25",
    item: "batching lemma (as a third-party summary quotes it; docs/seed-errata.md, E7)",
    quote: "E‖(1/B)ΣX_i‖₂^κ ≤ (2/B^κ)ΣE‖X_i‖₂^κ",
  },
  hypotheses: [
    "X_b ∈ R^d independent, possibly non-identical, zero mean, E‖X_b‖₂^κ < ∞ (MDS beyond independence not generated)",
    "κ ∈ (1, 2]",
    "laws (exact batch moments): Gaussian (d ≤ 4, per-summand and per-coordinate scales), SαS (d = 1), skewed two-point and symmetric lattice mixed (d ≤ 3, integer scales)",
  ],
  tightness: "upper",
  instances: batchingInstances(),
  parameters: batchingParameters,
  check: (i) => batchingSides(i, 2),
  classify: classifyBatching,
  expected: { verdict: "holds", reason: "the exact ratio E‖mean_B‖₂^κ/(B^{−κ}ΣE‖X_b‖₂^κ) stays below 2 on every batch, the skewed two-point batches included" },
});
