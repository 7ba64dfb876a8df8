/**
 * seed/eq4-sign-mismatch — the seed's bound (4), proof of §4.1:
 *   P(sign ∇f(x^k)_i ≠ sign g^k_i | x^k) ≤ σ_i / |∇f(x^k)_i|,
 * for noise with E|g_i − ∇f_i|^κ ≤ σ_i^κ (Assumption 3), by Markov then Jensen. An upper bound
 * (loose: the exact flip probability is usually far below it). Instances: a gradient coordinate
 * g ≠ 0, a noise law and its scale, and κ ∈ (1, 2] below the law's moment order; σ_i is the exact
 * σ_κ of that law. Decided exactly: the flip probability of a symmetric continuous law is its tail
 * P(X ≥ |g|/scale), computed in closed form.
 */
import fc from "fast-check";
import { arb, defineClaim, noiseFromSpec, noiseWithKappa, sigmaKappa, type NoiseSpec } from "signcheck";

export interface SignMismatchInstance {
  readonly g: number;
  readonly scale: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

const instances: fc.Arbitrary<SignMismatchInstance> = fc
  .record({
    magnitude: arb.logUniform(1e-3, 1e3),
    negative: fc.boolean(),
    scale: arb.logUniform(1e-3, 1e3),
    law: noiseWithKappa({ nuMax: 8 }),
  })
  .map(({ magnitude, negative, scale, law }) => ({ g: negative ? -magnitude : magnitude, scale, noise: law.noise, kappa: law.kappa }));

export const eq4SignMismatch = defineClaim<import("signcheck").ProbabilityClaim<SignMismatchInstance>>({
  id: "seed/eq4-sign-mismatch",
  kind: "probability",
  title: "Sign mismatch probability is at most σ_i/|∇f_i| (bound (4))",
  source: {
    paper: "seed",
    item: "proof of §4.1",
    equation: "(4)",
    quote: "P(sign(∇f(x^k))_i ≠ sign(g^k)_i | x^k) ≤ … ≤ σ_i/|∇f(x^k)_i|",
  },
  hypotheses: ["Assumption 3 coordinatewise: E|g_i − ∇f_i|^κ ≤ σ_i^κ, κ ∈ (1,2]", "∇f_i ≠ 0", "noise laws: Gaussian and Student-t(ν), ν ∈ (1, 8]"],
  tightness: "upper",
  instances,
  bound: ({ g, scale, noise, kappa }) => sigmaKappa(noiseFromSpec(noise), scale, kappa) / Math.abs(g),
  exact: ({ g, scale, noise }) => {
    // Symmetric continuous law: the sign flips iff X crosses −g, i.e. P(X ≥ |g|/scale); P(X = −g) = 0.
    const law = noiseFromSpec(noise);
    return law.sf!(Math.abs(g) / scale);
  },
  event: ({ g, scale, noise }, stream) => Math.sign(g + scale * noiseFromSpec(noise).sample(stream)) !== Math.sign(g),
  classify: ({ g, scale, noise }) => `${noise.law}, |g|/scale ${Math.abs(g) / scale < 1 ? "< 1" : "≥ 1"}`,
  expected: {
    verdict: "holds",
    reason: "Markov then Jensen: P(|X| ≥ |g|) ≤ E|X|/|g| ≤ (E|X|^κ)^{1/κ}/|g|; the exact tails stay below on every instance",
  },
});
