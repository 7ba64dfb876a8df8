// A probability claim of your own: the sign of a noisy gradient is wrong with probability ≤ σ²/(σ² + g²), decided exactly for Gaussian noise and by Monte Carlo for Laplace noise.
import { arb, defineClaim, fc, normalCdf, sign, type ProbabilityClaim } from "signcheck";

interface Instance {
  g: number; // the true partial derivative (> 0; the claim is symmetric in its sign)
  sigma: number; // standard deviation of the gradient noise
}

const source = {
  paper: "mynotes",
  item: "Lemma 2",
  reference: { authors: "A. Researcher", year: 2026, title: "My notes on SignSGD", pinned: "github.com/me/notes@1a2b3c4" },
};
// g/σ ≤ 3 keeps the bound ≥ 0.1, a rate a few hundred trials certify (a bound near 0 needs ~ log(1/α)/bound trials).
const instances = fc.record({ ratio: arb.logUniform(1e-3, 3), sigma: arb.logUniform(1e-2, 10) }).map(({ ratio, sigma }) => ({ g: ratio * sigma, sigma }));
// Cantelli's one-sided Chebyshev inequality: P(σξ ≤ −g) ≤ σ²/(σ² + g²) for any noise of mean 0 and variance σ².
const cantelli = ({ g, sigma }: Instance) => (sigma * sigma) / (sigma * sigma + g * g);

/** Gaussian noise: the probability is Φ(−g/σ) exactly, so no sampling is needed. */
export const signErrorGaussian = defineClaim<ProbabilityClaim<Instance>>({
  id: "mynotes/sign-error-gaussian",
  kind: "probability",
  title: "A Gaussian-noise gradient has the wrong sign with probability ≤ σ²/(σ² + g²)",
  source,
  hypotheses: ["ξ ~ N(0, 1)", "g/σ ∈ [1e-3, 3], σ ∈ [1e-2, 10]"],
  tightness: "upper",
  instances,
  exact: ({ g, sigma }) => normalCdf(-g / sigma),
  bound: cantelli,
  expected: { verdict: "holds", reason: "Cantelli's inequality" },
});

/** Laplace noise of variance σ²: each trial draws one noisy gradient from the trial's stream and says whether its sign is wrong. */
export const signErrorLaplace = defineClaim<ProbabilityClaim<Instance>>({
  id: "mynotes/sign-error-laplace",
  kind: "probability",
  title: "A Laplace-noise gradient has the wrong sign with probability ≤ σ²/(σ² + g²)",
  source,
  hypotheses: ["ξ Laplace with mean 0 and variance 1 (a difference of two unit exponentials, over √2)", "g/σ ∈ [1e-3, 3], σ ∈ [1e-2, 10]"],
  tightness: "upper",
  instances,
  event: ({ g, sigma }, stream) => sign(g + (sigma * (stream.exponential() - stream.exponential())) / Math.SQRT2) !== sign(g),
  bound: cantelli,
  expected: { verdict: "holds", reason: "Cantelli's inequality" },
});
