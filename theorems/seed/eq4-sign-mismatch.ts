/**
 * seed/eq4-sign-mismatch — the seed's bound (4), proof of §4.1:
 *   P(sign ∇f(x^k)_i ≠ sign g^k_i | x^k) ≤ σ_i / |∇f(x^k)_i|,
 * for noise with E|g_i − ∇f_i|^κ ≤ σ_i^κ (Assumption 3), by Markov then Jensen. An upper bound,
 * loose by a factor ≥ 2 on zero-mean noise (E|X| = 2E[X⁻] ≥ 2|g|·P(X ≤ −|g|); the factor 2 is
 * approached by the two-point law with g on its small atom — properties/noise/signFlip.test.ts). Instances: a gradient coordinate
 * g ≠ 0, a noise law of any family of src/noise (symmetric or skewed, heavy-tailed, with atoms) and
 * its scale, and κ ∈ (1, 2] below the law's moment order; σ_i is the exact σ_κ of that law. For
 * laws with atoms, a quarter of the gradients sit on an atom (g = k·scale), where g + noise = 0 has
 * positive probability and sign 0 ≠ sign g counts as a flip. Decided exactly by flipProbability
 * (P(X ≤ −g/scale) for g > 0, P(X ≥ |g|/scale) for g < 0).
 */
import fc from "fast-check";
import { arb, param, defineClaim, flipProbability, noiseFromSpec, noiseLaw, sigmaKappa, type NoiseSpec, type ProbabilityClaim } from "signcheck";

export interface SignMismatchInstance {
  readonly g: number;
  readonly scale: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
}

const instances: fc.Arbitrary<SignMismatchInstance> = fc
  .record({
    magnitude: arb.logUniform(1e-3, 1e3),
    onAtom: fc.integer({ min: 0, max: 3 }),
    negative: fc.boolean(),
    scale: arb.logUniform(1e-3, 1e3),
    law: noiseLaw(),
  })
  .map(({ magnitude, onAtom, negative, scale, law }) => {
    const { noise } = law;
    // On an atom: |g| = k·scale for the lattice (k = 1..K) or the two-point atom −q·scale / (1−q)·scale.
    let m = magnitude;
    if (onAtom > 0 && noise.law === "lattice") m = Math.min(onAtom, noise.probs.length - 1) * scale;
    if (onAtom > 0 && noise.law === "twoPoint") m = (negative ? 1 - noise.q : noise.q) * scale;
    return { g: negative ? -m : m, scale, noise, kappa: law.kappa };
  });

/** g sits on an atom of a discrete law (where sign 0 counts). */
const onAtom = ({ g, scale, noise }: SignMismatchInstance) =>
  (noise.law === "lattice" && Number.isInteger(Math.abs(g) / scale)) ||
  (noise.law === "twoPoint" && (Math.abs(g) === noise.q * scale || Math.abs(g) === (1 - noise.q) * scale));

export const eq4SignMismatch = defineClaim<ProbabilityClaim<SignMismatchInstance>>({
  id: "seed/eq4-sign-mismatch",
  kind: "probability",
  title: "Sign mismatch probability is at most σ_i/|∇f_i| (bound (4))",
  source: {
    paper: "seed",
    item: "proof of §4.1",
    equation: "(4)",
    quote: String.raw`\mathbb{P}(\operatorname{sign}(\nabla f(x^k))_i \neq \operatorname{sign}(g^k)_i | x^k) \leq … \leq \frac{\sigma_i}{|\nabla f(x^k)_i|}.`,
  },
  hypotheses: [
    "Assumption 3 coordinatewise: E|g_i − ∇f_i|^κ ≤ σ_i^κ, κ ∈ (1,2]",
    "∇f_i ≠ 0",
    "noise laws: every family of src/noise (Gaussian, Laplace, Student-t, symmetric Lomax/Pareto, SαS, contaminated, centred Lomax, two-point, lattice)",
  ],
  tightness: "upper",
  instances,
  // Decided exactly (no sampling): instances are cheap, so the search is as wide as an inequality's.
  budgets: { quick: { instances: 300 }, standard: { instances: 3000 }, thorough: { instances: 20000 } },
  parameters: [
    // |g| off the atoms is log-uniform on [1e-3, 1e3]; on an atom it is set by the law (counted as a boundary case).
    // Up to 3e3: a lattice atom k·scale with k ≤ 3 (its exact test may miss by rounding) lands beyond 1e3.
    param.log("|g|", [1e-3, 3e3], (i) => (onAtom(i) ? undefined : Math.abs(i.g)), {
      write: (i, v) => (onAtom(i) ? i : { ...i, g: Math.sign(i.g) * (v as number) }),
    }),
    param.log("scale", [1e-3, 1e3], (i) => i.scale, { boundaries: [param.at("g on an atom of a discrete law", (_v, i) => onAtom(i))] }),
    param.linear("κ", [1, 2], (i) => i.kappa, { boundaries: [param.at("κ = 2", 2)] }),
    param.categorical(
      "law",
      ["gaussian", "laplace", "studentT", "symmetricLomax", "symmetricPareto", "symmetricStable", "contaminated", "centredLomax", "twoPoint", "lattice"],
      (i) => i.noise.law,
    ),
  ],
  bound: ({ g, scale, noise, kappa }) => sigmaKappa(noiseFromSpec(noise), scale, kappa) / Math.abs(g),
  exact: ({ g, scale, noise }) => flipProbability(noiseFromSpec(noise), g, scale),
  event: ({ g, scale, noise }, stream) => Math.sign(g + scale * noiseFromSpec(noise).sample(stream)) !== Math.sign(g),
  classify: ({ g, scale, noise }) => `${noise.law}, |g|/scale ${Math.abs(g) / scale < 1 ? "< 1" : "≥ 1"}`,
  expected: {
    verdict: "holds",
    reason: "Markov then Jensen: P(|X| ≥ |g|) ≤ E|X|/|g| ≤ (E|X|^κ)^{1/κ}/|g|; the exact flip probabilities stay below on every law, atoms included",
  },
});
