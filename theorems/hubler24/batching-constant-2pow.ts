/**
 * hubler24/batching-constant-2pow — the batching lemma with the constant 2^{2−κ} (Hübler, Fatkhullin
 * & He 2024; review §3.1 T4): for independent zero-mean X_b and κ ∈ (1, 2],
 *   E|(1/B)Σ_b X_b|^κ ≤ 2^{2−κ}·B^{−κ}·Σ_b E|X_b|^κ,
 * checked with both sides exact on every law whose batch moment has a finite form. At κ = 2 the
 * constant is 1 and the inequality is the variance identity (tight).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { batchingInstances, batchingSides, classifyBatching, type BatchingInstance } from "../seed/batchingInstances.ts";

export const batchingConstant2Pow = defineClaim<InequalityClaim<BatchingInstance>>({
  id: "hubler24/batching-constant-2pow",
  kind: "inequality",
  title: "Batching with constant 2^{2−κ}: E|mean_B|^κ ≤ 2^{2−κ}·B^{−κ}·ΣE|X_b|^κ",
  source: { paper: "hubler24", item: "batching lemma (von Bahr–Esseen-type bound, as quoted in review §3.1 T4)", quote: "constant 2^{2−κ} in place of 2" },
  hypotheses: ["X_b independent, zero mean, E|X|^κ < ∞", "κ ∈ (1, 2]", "laws: Gaussian, SαS, skewed two-point, symmetric lattice (exact batch moments)"],
  tightness: "upper",
  instances: batchingInstances(),
  check: (i) => batchingSides(i, 2 ** (2 - i.kappa)),
  classify: classifyBatching,
  expected: { verdict: "holds", reason: "the exact ratio stays below 2^{2−κ} on every law (the worst two-point ratio is ≈ 1.19 at κ = 1.3 where 2^{2−κ} ≈ 1.62)" },
});
