/**
 * kornilov25/batching-constant-2 — the heavy-tailed batching lemma as kornilov25 uses it (review §3.1
 * T4, Kornilov/Cherapanamjeri form): for X_1…X_B a martingale-difference sequence (here: i.i.d. zero
 * mean) and κ ∈ (1, 2],
 *   E|(1/B)Σ_b X_b|^κ ≤ 2·B^{−κ}·Σ_b E|X_b|^κ,
 * checked coordinatewise (d = 1) with both sides exact (batchAbsMoment) on every law whose batch
 * moment has a finite form, symmetric or skewed. An upper bound.
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { batchingInstances, batchingSides, classifyBatching, type BatchingInstance } from "../seed/batchingInstances.ts";

export const batchingConstant2 = defineClaim<InequalityClaim<BatchingInstance>>({
  id: "kornilov25/batching-constant-2",
  kind: "inequality",
  title: "Batching shrinks the κ-moment: E|mean_B|^κ ≤ 2·B^{−κ}·ΣE|X_b|^κ",
  source: { paper: "kornilov25", item: "batching lemma (as quoted in review §3.1 T4)", quote: "E‖(1/B)ΣX_i‖₂^κ ≤ (2/B^κ)ΣE‖X_i‖₂^κ" },
  hypotheses: ["X_b i.i.d., zero mean, E|X|^κ < ∞", "κ ∈ (1, 2]", "laws: Gaussian, SαS, skewed two-point, symmetric lattice (exact batch moments)"],
  tightness: "upper",
  instances: batchingInstances(),
  check: (i) => batchingSides(i, 2),
  classify: classifyBatching,
  expected: { verdict: "holds", reason: "the exact ratio E|mean_B|^κ/(B^{1−κ}E|X|^κ) stays below 2 on every law, the two-point laws included" },
});
