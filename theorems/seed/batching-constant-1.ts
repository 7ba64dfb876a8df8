/**
 * seed/batching-constant-1 (+ -non-identical, -symmetric) — the batching step behind the seed's batch
 * size (§4.1, optimal tuning: 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2), i.e. the noise of a minibatch mean is bounded
 * coordinatewise by σ_i·B^{1/κ−1}:
 *   E|(1/B)Σ_b X_b|^κ ≤ σ^κ·B^{1−κ}   for X_1, …, X_B i.i.d., zero mean, E|X_b|^κ ≤ σ^κ (constant 1),
 * with σ at the tightest value the κ-moment permits (σ^κ = E|X|^κ). This is the seed's setting
 * (Algorithm 2 samples an i.i.d. minibatch and Assumption 3 bounds every sample with one σ_i per
 * coordinate), so seed/batching-constant-1 draws exactly that: one law, one coordinate, B i.i.d.
 * copies, both sides exact (independentBatchMoment), over every law with an exact batch moment
 * (Gaussian, SαS, skewed and symmetric two-point, symmetric lattice). Constant 1 holds for symmetric
 * summands (von Bahr–Esseen 1965) and fails for skewed ones (docs/seed-errata.md, E7).
 * Two further claims keep the wider forms, labelled as not the seed's setting:
 *   -non-identical: independent but NON-identical summands in R^d (different two-point laws per group,
 *     the vector form with ‖·‖₂; batchingInstances), skewed;
 *   -symmetric: the same wider form with symmetric summands only (holds).
 */
import fc from "fast-check";
import { arb, defineClaim, noiseLaw, param, type InequalityClaim, type Parameter } from "signcheck";
import { clamp, integerLogParameter } from "./proof41.ts";
import { batchingInstances, batchingParameters, batchingSides, batchSize, classifyBatching, type BatchingInstance } from "./batchingInstances.ts";

/** Largest i.i.d. batch of a lattice law (its exact convolution costs B·span). */
const LATTICE_B_MAX = 128;

/** One law, one coordinate (scale 1: the ratio does not depend on it), B i.i.d. copies, B ∈ [1, 1e4]. */
const iidInstances: fc.Arbitrary<BatchingInstance> = fc
  .record({
    law: noiseLaw({ exactBatch: true }),
    B: fc.oneof({ weight: 1, arbitrary: fc.constant(2) }, { weight: 4, arbitrary: arb.iterations({ min: 1, max: 10_000 }) }),
  })
  .map(({ law, B }) => ({
    kappa: law.kappa,
    d: 1,
    groups: [{ noise: law.noise, scales: [1], count: law.noise.law === "lattice" ? Math.min(B, LATTICE_B_MAX) : B }],
  }));

/** The one group's batch size B (movable: rounded, lattice laws capped) and, for a two-point law, its skew q (movable). */
const iidParameters: Parameter<BatchingInstance>[] = [
  integerLogParameter("B", [1, 10_000], batchSize, (i, B) => ({
    ...i,
    groups: [{ ...i.groups[0], count: i.groups[0].noise.law === "lattice" ? Math.min(B, LATTICE_B_MAX) : B }],
  })),
  param.log("two-point q", [1e-3, 0.5], (i) => (i.groups[0].noise.law === "twoPoint" ? i.groups[0].noise.q : undefined), {
    write: (i, q) =>
      i.groups[0].noise.law === "twoPoint" ? { ...i, groups: [{ ...i.groups[0], noise: { law: "twoPoint", q: clamp(q as number, 1e-3, 0.5) } }] } : i,
    boundaries: [param.at("Rademacher (q = ½)", 0.5)],
  }),
  // κ moves freely for the laws with every moment (two-point, lattice, Gaussian); an SαS law keeps it below α.
  param.linear("κ", [1, 2], (i) => i.kappa, {
    write: (i, k) => {
      const n = i.groups[0].noise;
      const top = n.law === "symmetricStable" ? Math.min(2, n.alpha) : 2;
      const kappa = clamp(Math.round((k as number) * 1000) / 1000, 1.001, top);
      return n.law === "symmetricStable" && kappa >= n.alpha ? i : { ...i, kappa };
    },
    boundaries: [param.at("κ = 2", 2)],
  }),
  param.categorical("law", ["gaussian", "symmetricStable", "twoPoint", "lattice"], (i) => i.groups[0].noise.law),
];

const base = {
  kind: "inequality" as const,
  source: {
    paper: "seed",
    item: "§4.1, optimal tuning (batch size)",
    quote: String.raw`batchsize  $8\frac{\|\vec{\sigma}\|_1}{B^{\frac{\kappa-1}{\kappa}}} \leq \varepsilon/2 \Rightarrow B_k \equiv \max\left\{1, \left(\frac{16\|\vec{\sigma}\|_1}{\varepsilon}\right)^{\frac{\kappa}{\kappa-1}}\right\}$`,
  },
  tightness: "upper" as const,
  check: (i: BatchingInstance) => batchingSides(i, 1),
  classify: classifyBatching,
};

export const batchingConstant1 = defineClaim<InequalityClaim<BatchingInstance>>({
  ...base,
  id: "seed/batching-constant-1",
  title: "Batching with constant 1, as the seed uses it (i.i.d. minibatch): E|mean_B|^κ ≤ σ^κ·B^{1−κ}",
  hypotheses: [
    "X_1, …, X_B i.i.d. copies of one zero-mean coordinate noise X (Algorithm 2's minibatch), σ^κ = E|X|^κ (the tightest σ of Assumption 3)",
    "laws with an exact batch moment: Gaussian, SαS, two-point (skewed q ∈ [1e-3, ½), and Rademacher), symmetric lattice",
    "κ ∈ (1, 2], B ∈ [1, 1e4] (B = 2 a fifth of the time; lattice laws B ≤ 128)",
  ],
  instances: iidInstances,
  parameters: iidParameters,
  degenerate: (i: BatchingInstance) => (batchSize(i) === 1 ? "B = 1: both sides are E|X|^κ (an identity)" : undefined),
  expected: {
    verdict: "violated",
    reason: "for a skewed two-point law with small q the exact i.i.d. batch moment exceeds σ^κB^{1−κ} (κ < 2); symmetric laws stay below",
  },
});

export const batchingConstant1NonIdentical = defineClaim<InequalityClaim<BatchingInstance>>({
  ...base,
  id: "seed/batching-constant-1-non-identical",
  title: "Batching with constant 1 for NON-identical skewed summands in R^d (wider than the seed's i.i.d. minibatch): E‖mean_B‖₂^κ ≤ B^{−κ}·ΣE‖X_b‖₂^κ",
  hypotheses: [
    "not the seed's setting: X_b ∈ R^d independent but possibly NON-identical (different two-point laws per group), zero mean, skewed (q < ½, integer scales, d ≤ 3)",
    "κ ∈ (1, 2], B ≥ 1",
  ],
  instances: batchingInstances({ symmetric: false }),
  // Skewed two-point groups only: integer scales 1 or 2 per coordinate.
  parameters: [...batchingParameters.filter((p) => p.name !== "scale"), param.integer("scale", [1, 2], (i) => i.groups.flatMap((g) => g.scales))],
  degenerate: (i: BatchingInstance) => (batchSize(i) === 1 ? "B = 1: both sides are E‖X‖^κ (an identity)" : undefined),
  expected: {
    verdict: "violated",
    reason:
      "the exact batch moment of skewed two-point summands exceeds B^{−κ}ΣE‖X_b‖^κ for small q and κ < 2 (already for identical ones, see seed/batching-constant-1)",
  },
});

export const batchingConstant1Symmetric = defineClaim<InequalityClaim<BatchingInstance>>({
  ...base,
  id: "seed/batching-constant-1-symmetric",
  title: "Batching with constant 1 for symmetric summands (independent, possibly non-identical, in R^d): E‖mean_B‖₂^κ ≤ B^{−κ}·ΣE‖X_b‖₂^κ",
  hypotheses: [
    "X_b ∈ R^d independent, possibly non-identical, symmetric (Gaussian d ≤ 4, SαS d = 1, Rademacher and symmetric lattice d ≤ 3)",
    "κ ∈ (1, 2], B ≥ 1",
  ],
  instances: batchingInstances({ symmetric: true }),
  parameters: batchingParameters,
  degenerate: (i: BatchingInstance) => (batchSize(i) === 1 ? "B = 1: both sides are E‖X‖^κ (an identity)" : undefined),
  expected: { verdict: "holds", reason: "von Bahr–Esseen for symmetric summands; the exact ratios (e.g. B^{κ/α−1} for SαS) stay ≤ 1" },
});
