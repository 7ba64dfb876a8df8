// A high-probability claim of your own: how often a noisy gradient's sign is wrong, audited with `npx signcheck audit sign-flip-frequency.ts`.
import { arb, defineClaim, fc, normalCdf, sign, type HighProbabilityClaim, type Stream } from "signcheck";

interface Instance {
  g: number; // the true partial derivative
  sigma: number; // standard deviation of the Gaussian gradient noise
  T: number; // number of stochastic gradients drawn
  delta: number;
}

const source = {
  paper: "mynotes",
  item: "Lemma 4",
  reference: { authors: "A. Researcher", year: 2026, title: "My notes on SignSGD", pinned: "github.com/me/notes@1a2b3c4" },
};
const hypotheses = ["ξ ~ N(0, 1) i.i.d.", "|g| ∈ [1e-3, 10], σ ∈ [1e-2, 10]", "δ ∈ [0.05, 0.3]"];
const instances = fc.record({
  g: fc.tuple(fc.boolean(), arb.logUniform(1e-3, 10)).map(([negative, m]) => (negative ? -m : m)),
  sigma: arb.logUniform(1e-2, 10),
  T: arb.iterations({ min: 20, max: 500 }),
  delta: arb.delta({ min: 0.05, max: 0.3 }),
});

// One trial: draw T noisy gradients from the trial's own random stream and return the fraction of wrong signs.
function wrongSignFraction({ g, sigma, T }: Instance, stream: Stream): number {
  let wrong = 0;
  for (let t = 0; t < T; t++) if (sign(g + sigma * stream.normal()) !== sign(g)) wrong++;
  return wrong / T;
}

/** P(sign wrong) = P(σξ < −|g|) = Φ(−|g|/σ). */
const flipProbability = ({ g, sigma }: Instance) => normalCdf(-Math.abs(g) / sigma);

/** Over T noisy gradients g + σξ, the fraction with the wrong sign is ≤ Φ(−|g|/σ) + √(log(1/δ)/(2T)) with probability ≥ 1 − δ. */
export const signFlipFrequency = defineClaim<HighProbabilityClaim<Instance>>({
  id: "mynotes/sign-flip-frequency",
  kind: "high-probability",
  title: "The frequency of wrong gradient signs concentrates around Φ(−|g|/σ)",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  delta: (i) => i.delta,
  statistic: wrongSignFraction,
  // Hoeffding: P(mean − p ≥ s) ≤ exp(−2Ts²) = δ at s = √(log(1/δ)/(2T)).
  bound: (i) => flipProbability(i) + Math.sqrt(Math.log(1 / i.delta) / (2 * i.T)),
  expected: { verdict: "holds", reason: "Hoeffding's inequality for the T independent sign errors" },
});

/** The same with a deviation of order log(1/δ)/T instead of √(log(1/δ)/T): too fast a rate, and the audit says so. */
export const signFlipFrequencyFastRate = defineClaim<HighProbabilityClaim<Instance>>({
  id: "mynotes/sign-flip-frequency-fast-rate",
  kind: "high-probability",
  title: "The frequency of wrong gradient signs is within log(1/δ)/(2T) of Φ(−|g|/σ) (it is not)",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  delta: (i) => i.delta,
  statistic: wrongSignFraction,
  bound: (i) => flipProbability(i) + Math.log(1 / i.delta) / (2 * i.T),
  expected: { verdict: "violated", reason: "the deviation of a mean of T signs is of order 1/√T, not 1/T" },
});
