/**
 * seed/proof41-s22 and seed/proof41-s22-cited-lemma — step S22 of the seed's §4.1 proof, the batch size:
 *   8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2  ⇐  B = max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}}   (seedBatchSizeIn).
 * The algebra holds (with equality once 16‖σ⃗‖₁ ≥ ε). But the term 8‖σ⃗‖₁B^{−(κ−1)/κ} is the noise term
 * after batching only with batching constant 1 (σ_B = σ·B^{1/κ−1}); the batching lemma the completion
 * cites has constant 2 (E‖X̄_B‖^κ ≤ 2B^{−κ}ΣE‖X_b‖^κ, i.e. σ_B ≤ 2^{1/κ}σB^{1/κ−1}), and from it the noise
 * term at the prescribed B is 2^{1/κ}·ε/2 > ε/2: "-cited-lemma" checks the step derived from that
 * lemma (its premise with equality, the worst case it allows; docs/seed-errata.md, E7). Whether
 * constant 1 itself holds is seed/batching-constant-1. In intervals over σ⃗, ε and κ.
 */
import fc from "fast-check";
import {
  arb,
  certifiedSides,
  defineClaim,
  INTERVAL,
  iv,
  param,
  seedBatchSizeIn,
  TOL,
  type InequalityClaim,
  type Parameter,
  type RealInterval,
} from "signcheck";
import { clamp, DERIVATION, logParameter, nonNegative, proofSource } from "./proof41.ts";
import { kappaArb, sigmaOverEpsMax } from "./proof41Tuning.ts";

export interface BatchInstance {
  readonly epsilon: number;
  /** ‖σ⃗‖₁/ε. */
  readonly rho: number;
  readonly kappa: number;
}

const instances: fc.Arbitrary<BatchInstance> = fc
  .record({ epsilon: arb.logUniform(1e-6, 1e6), rho: nonNegative(1e-4, 1e4), kappa: kappaArb })
  .map((i) => ({ ...i, rho: Math.min(i.rho, sigmaOverEpsMax(i.kappa)) }));

const capped = (i: BatchInstance): BatchInstance => ({ ...i, rho: Math.min(i.rho, sigmaOverEpsMax(i.kappa)) });

const parameters: Parameter<BatchInstance>[] = [
  logParameter(
    "ε",
    [1e-6, 1e6],
    (i) => i.epsilon,
    (i, epsilon) => ({ ...i, epsilon }),
  ),
  logParameter(
    "ρ = ‖σ⃗‖₁/ε",
    [1e-4, 1e4],
    (i) => i.rho,
    (i, rho) => capped({ ...i, rho }),
    [param.at("σ⃗ = 0", 0), param.at("B = 1 (16ρ ≤ 1)", (v) => 16 * (v as number) <= 1)],
  ),
  param.linear("κ", [1, 2], (i) => i.kappa, {
    write: (i, k) => capped({ ...i, kappa: clamp(Math.round((k as number) * 1000) / 1000, 1.001, 2) }),
    boundaries: [param.at("κ = 2", 2)],
  }),
];

/** 8·c·σ₁·B^{−(κ−1)/κ} at the prescribed B, c the batching constant to the power 1/κ. */
function noiseTerm({ epsilon, rho, kappa }: BatchInstance, c: RealInterval): RealInterval {
  const sigma1 = iv(rho).mul(iv(epsilon));
  const B = seedBatchSizeIn(INTERVAL, sigma1, iv(epsilon), iv(kappa));
  return iv(8)
    .mul(c)
    .mul(sigma1)
    .mul(B.pow(iv(1).sub(iv(kappa)).div(iv(kappa))));
}

const source = proofSource(
  "S22",
  String.raw`batchsize  $8\frac{\|\vec{\sigma}\|_1}{B^{\frac{\kappa-1}{\kappa}}} \leq \varepsilon/2 \Rightarrow B_k \equiv \max\left\{1, \left(\frac{16\|\vec{\sigma}\|_1}{\varepsilon}\right)^{\frac{\kappa}{\kappa-1}}\right\}$`,
  "optimal tuning, batch size",
);

const hypotheses = [
  DERIVATION,
  "ε ∈ [1e-6, 1e6], ‖σ⃗‖₁ = ρ·ε with ρ ∈ {0} ∪ [1e-4, 1e4] and B ≤ 1e300 (representable), κ ∈ (1, 2] (κ = 2 included); B as printed (not rounded)",
];

export const proof41S22 = defineClaim<InequalityClaim<BatchInstance>>({
  id: "seed/proof41-s22",
  kind: "inequality",
  title: "S22: B = max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}} gives 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2",
  source,
  hypotheses,
  tightness: "tight",
  instances,
  check: (i) => certifiedSides(noiseTerm(i, iv(1)), iv(i.epsilon).div(iv(2))),
  tolerance: TOL.exact,
  parameters,
  classify: (i) => (16 * i.rho >= 1 ? "B > 1" : "B = 1"),
  expected: { verdict: "holds", reason: "(16‖σ⃗‖₁/ε)^{κ/(κ−1)·(κ−1)/κ} = 16‖σ⃗‖₁/ε: equality when B > 1, and 8‖σ⃗‖₁ < ε/2 when B = 1" },
});

export const proof41S22CitedLemma = defineClaim<InequalityClaim<BatchInstance>>({
  id: "seed/proof41-s22-cited-lemma",
  kind: "inequality",
  title: "S22 derived from the cited batching lemma (constant 2): the batched noise term 8‖σ⃗_B‖₁ ≤ ε/2 at the prescribed B",
  source,
  hypotheses: [...hypotheses, "premise: ‖σ⃗_B‖₁ ≤ 2^{1/κ}‖σ⃗‖₁B^{−(κ−1)/κ} (the completion's HT batching lemma, coordinatewise), with equality"],
  tightness: "upper",
  instances,
  check: (i) => certifiedSides(noiseTerm(i, iv(2).pow(iv(1).div(iv(i.kappa)))), iv(i.epsilon).div(iv(2))),
  tolerance: TOL.exact,
  parameters,
  classify: (i) => (16 * i.rho >= 1 ? "B > 1" : "B = 1"),
  expected: { verdict: "violated", reason: "with constant 2 the batched term is 2^{1/κ}·ε/2 > ε/2 at the prescribed B (by 2^{1/κ} ∈ [√2, 2))" },
});
