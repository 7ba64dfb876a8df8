/**
 * seed/proof41-s20 — step S20 of the seed's §4.1 proof, the plug-in condition γ_k ≡ γ ≤ 1/(48·L1·d·ℓ·√d),
 * ℓ = log(1/δ). It is the only stepsize condition the seed (and the completion's Theorem) states, but
 * the completed proof also needs γ ≤ 1/(4·L1·d) for its first display (completionStepCap). At the cap
 * L1·d·γ = 1/(48√d·ℓ), so the cap implies that condition only when ℓ ≥ 1/(12√d): for δ near 1 the cap
 * grows without bound (log(1/δ) → 0) and the step it allows breaks the proof's merges (the condition
 * is ill-conditioned there; docs/seed-errata.md, E2–E3). Checked as the derivation "γ ≤ γ_max ⇒
 * γ ≤ 1/(4L1d)" at γ = γ_max, in intervals.
 */
import fc from "fast-check";
import { arb, certifiedSides, completionStepCapIn, defineClaim, INTERVAL, iv, param, signSgdStepCapIn, TOL, type InequalityClaim } from "signcheck";
import { deltaParameter, DERIVATION, dimensionLog, logParameter, proofSource } from "./proof41.ts";

export interface PlugInInstance {
  readonly L1: number;
  readonly d: number;
  readonly delta: number;
}

export const proof41S20 = defineClaim<InequalityClaim<PlugInInstance>>({
  id: "seed/proof41-s20",
  kind: "inequality",
  title: "S20: the plug-in cap γ ≤ 1/(48L1dℓ√d) implies the completion's γ ≤ 1/(4L1d)",
  source: proofSource("S20", String.raw`Plug in constant stepsizes  $\gamma_k \equiv \gamma \leq \frac{1}{48L_1d\log\frac{1}{\delta}\sqrt{d}}$`),
  hypotheses: [DERIVATION, "L1 ∈ [1e-3, 1e3], d ∈ [1, 1000], δ ∈ [1e-6, 1 − 1e-6] (log-uniform toward both ends); γ = γ_max"],
  tightness: "upper",
  instances: fc.record({ L1: arb.logUniform(1e-3, 1e3), d: dimensionLog(1000), delta: arb.delta() }),
  check: ({ L1, d, delta }) => certifiedSides(signSgdStepCapIn(INTERVAL, iv(L1), iv(d), iv(delta).log().neg()), completionStepCapIn(INTERVAL, iv(L1), iv(d))),
  tolerance: TOL.exact,
  parameters: [
    logParameter(
      "L1",
      [1e-3, 1e3],
      (i) => i.L1,
      (i, L1) => ({ ...i, L1 }),
    ),
    param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
    deltaParameter([1e-6, 1 - 1e-6]),
  ],
  classify: ({ d, delta }) => (-Math.log(delta) < 1 / (12 * Math.sqrt(d)) ? "log(1/δ) < 1/(12√d)" : "log(1/δ) ≥ 1/(12√d)"),
  expected: { verdict: "violated", reason: "L1·d·γ_max = 1/(48√d·log(1/δ)) exceeds ¼ when log(1/δ) < 1/(12√d): the cap grows without bound as δ → 1" },
});
