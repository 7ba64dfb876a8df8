/**
 * seed/proof41-s23 and seed/proof41-s23-first-term — step S23 of the seed's §4.1 proof, the iteration
 * count: "The number of iterations T is chosen to bound the first term", T = O(Δ₁L1ℓd^{3/2}/ε). With
 * γ, B and the least such T as prescribed (seedMinibatchTuning, both regimes), the bound the proof is
 * heading for (the completion's, with the noise term after batching 8‖σ⃗‖₁B^{−(κ−1)/κ} as the seed's
 * batch size assumes) should be at most ε. Its budgets are ε/2 (first term, or the first two in the
 * L0 regime) + ε/2 (batched noise) + the stepsize term + 24d‖∇f(x¹)‖₁ℓ/T, which no choice of T bounds:
 * the total exceeds ε (docs/seed-errata.md, E8). "-first-term" checks what the seed states for the
 * first regime: 4Δ₁/(Tγ) ≤ ε/2. Decided in intervals.
 */
import { certifiedSides, defineClaim, INTERVAL, iv, signSgdHpBoundTerms, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import { tuningAt, tuningClassify, tuningInstances, tuningParameters, TUNING_HYPOTHESES, type TuningInstance } from "./proof41Tuning.ts";

/** The completion's bound at the seed's prescription (noise term batched with constant 1), and ε. */
export function boundAtPrescription(i: TuningInstance) {
  const { ell, epsilon, sigma1, tuning } = tuningAt(i);
  const batched = sigma1.mul(tuning.Breal.pow(iv(1).sub(iv(i.kappa)).div(iv(i.kappa))));
  const terms = signSgdHpBoundTerms(INTERVAL, {
    Delta1: iv(i.Delta1),
    T: tuning.T,
    gamma: tuning.gamma,
    L0: iv(i.L0),
    d: iv(i.d),
    ell,
    sigma1: batched,
    grad1Norm1: iv(i.grad1),
  });
  return { terms, epsilon, tuning };
}

const source = proofSource(
  "S23",
  String.raw`The number of iterations T is chosen to bound the first term:  $T = O\left(\frac{\Delta_1L_1\log\frac{1}{\delta}d^{\frac{3}{2}}}{\varepsilon}\right)$`,
  "optimal tuning, iteration count",
);

export const proof41S23 = defineClaim<InequalityClaim<TuningInstance>>({
  id: "seed/proof41-s23",
  kind: "inequality",
  title: "S23: at the prescribed γ, B and T the bound is at most ε",
  source,
  hypotheses: [
    DERIVATION,
    ...TUNING_HYPOTHESES,
    "both regimes (r ∈ [1e-3, 1e3], the threshold r = 1 included); T the least meeting the first-term budget; B real, as printed",
  ],
  tightness: "upper",
  instances: tuningInstances("both"),
  check: (i) => {
    const { terms, epsilon } = boundAtPrescription(i);
    return certifiedSides(terms.total, epsilon);
  },
  tolerance: TOL.exact,
  parameters: tuningParameters("both"),
  classify: tuningClassify,
  expected: { verdict: "violated", reason: "the budgets ε/2 + ε/2 leave nothing for the stepsize term and 24d‖∇f(x¹)‖₁ℓ/T: the total exceeds ε" },
});

export const proof41S23FirstTerm = defineClaim<InequalityClaim<TuningInstance>>({
  id: "seed/proof41-s23-first-term",
  kind: "inequality",
  title: "S23, the first term alone (first regime): 4Δ₁/(Tγ) ≤ ε/2 at the prescribed T",
  source,
  hypotheses: [DERIVATION, ...TUNING_HYPOTHESES, "regime ε ≥ 8L0/(L1√d); T = ⌈8Δ₁/(εγ)⌉, γ = γ_max"],
  tightness: "tight",
  instances: tuningInstances("L1"),
  check: (i) => {
    const { terms, epsilon } = boundAtPrescription(i);
    return certifiedSides(terms.optimisation, epsilon.div(iv(2)));
  },
  tolerance: TOL.exact,
  parameters: tuningParameters("L1"),
  classify: tuningClassify,
  expected: { verdict: "holds", reason: "T ≥ 8Δ₁/(εγ) is exactly 4Δ₁/(Tγ) ≤ ε/2; near-equality when 8Δ₁/(εγ) is close to an integer" },
});
