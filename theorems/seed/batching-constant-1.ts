/**
 * seed/batching-constant-1 and seed/batching-constant-1-symmetric — the batching step behind the
 * seed's batch size (§3.3, "optimal tuning": 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2), i.e. σ_B = σ·B^{1/κ−1}, i.e.
 *   E‖(1/B)Σ_b X_b‖₂^κ ≤ 1·B^{−κ}·Σ_b E‖X_b‖₂^κ   (constant 1).
 * True for symmetric independent summands (von Bahr–Esseen 1965; in R^d with ‖·‖₂ too, since
 * (‖a+x‖^κ + ‖a−x‖^κ)/2 ≤ (‖a‖² + ‖x‖²)^{κ/2} ≤ ‖a‖^κ + ‖x‖^κ); false for skewed zero-mean noise
 * (review §2 E7). Two claims with one check, both sides exact on independent, possibly non-identical
 * batches (batchingInstances): over skewed two-point summands (q < ½, a q per group, d ≤ 3) and over
 * symmetric ones (Gaussian d ≤ 4, SαS d = 1, Rademacher and symmetric lattice d ≤ 3).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { batchingInstances, batchingSides, classifyBatching, type BatchingInstance } from "./batchingInstances.ts";

const base = {
  kind: "inequality" as const,
  source: {
    paper: "seed",
    item: "§3.3 SignSGD with batching, optimal tuning",
    quote: "batchsize 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2 ⇒ B_k ≡ max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}}",
  },
  tightness: "upper" as const,
  check: (i: BatchingInstance) => batchingSides(i, 1),
  classify: classifyBatching,
};

export const batchingConstant1 = defineClaim<InequalityClaim<BatchingInstance>>({
  ...base,
  id: "seed/batching-constant-1",
  title: "Batching with constant 1 on skewed zero-mean noise: E‖mean_B‖₂^κ ≤ B^{−κ}·ΣE‖X_b‖₂^κ",
  hypotheses: ["X_b ∈ R^d independent, possibly non-identical, zero mean, skewed (two-point laws, q < ½, integer scales, d ≤ 3)", "κ ∈ (1, 2]", "B ≥ 1"],
  instances: batchingInstances({ symmetric: false }),
  expected: { verdict: "violated", reason: "the exact two-point batch moment exceeds B^{−κ}ΣE‖X_b‖^κ for small q and κ < 2 (review §2 E7: ratio up to ≈ 1.19)" },
});

export const batchingConstant1Symmetric = defineClaim<InequalityClaim<BatchingInstance>>({
  ...base,
  id: "seed/batching-constant-1-symmetric",
  title: "Batching with constant 1 on symmetric noise: E‖mean_B‖₂^κ ≤ B^{−κ}·ΣE‖X_b‖₂^κ",
  hypotheses: ["X_b ∈ R^d independent, possibly non-identical, symmetric (Gaussian d ≤ 4, SαS d = 1, Rademacher and symmetric lattice d ≤ 3)", "κ ∈ (1, 2]", "B ≥ 1"],
  instances: batchingInstances({ symmetric: true }),
  expected: { verdict: "holds", reason: "von Bahr–Esseen for symmetric summands; the exact ratios (e.g. B^{κ/α−1} for SαS) stay ≤ 1" },
});
