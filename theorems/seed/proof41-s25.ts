/**
 * seed/proof41-s25 — step S25 of the seed's §4.1 proof, (5) in the second regime:
 *   ε < 8L0/(L1√d) ⇒ N = O(Δ₁L0ℓd/ε²·[1 + (‖σ⃗‖₁/ε)^{κ/(κ−1)}]),
 * which rests on a tuning the seed does not print; the completion gives it: γ = √(4Δ₁/(80TL0ℓd)) with
 * T ≥ 5120Δ₁L0dℓ/ε² (from 2√(320Δ₁L0dℓ/T) ≤ ε/2), and "we only need to check whether γ ≤ γ_max". It
 * does not hold near the threshold: at the least T, γ/γ_max = (6/5)·r with ε = r·8L0/(L1√d), above 1
 * once r > 5/6 (the completion's check loses a factor: its chain gives γ ≤ 1/(40L1d^{3/2}ℓ);
 * docs/seed-errata.md, E6). Checked as a derivation over the constants and every T meeting the budget
 * (the least T a quarter of the time), in intervals.
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, INTERVAL, iv, param, signSgdStepCapIn, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, logParameter, proofSource } from "./proof41.ts";
import { tuningAt, tuningClassify, tuningInstances, tuningParameters, TUNING_HYPOTHESES, type TuningInstance } from "./proof41Tuning.ts";

export interface Regime2Instance extends TuningInstance {
  /** T = T_min·(1 + extra), extra = 0 a quarter of the time. */
  readonly extra: number;
}

const instances: fc.Arbitrary<Regime2Instance> = fc
  .tuple(tuningInstances("L0"), fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: arb.logUniform(1e-6, 10) }))
  .map(([i, extra]) => ({ ...i, extra }));

export const proof41S25 = defineClaim<InequalityClaim<Regime2Instance>>({
  id: "seed/proof41-s25",
  kind: "inequality",
  title: "S25: (5), second regime — its stepsize √(4Δ₁/(80TL0ℓd)) respects γ ≤ 1/(48L1dℓ√d)",
  source: proofSource(
    "S25",
    String.raw`\varepsilon < \frac{8L_0}{L_1\sqrt{d}} \Rightarrow N = O\left(\frac{\Delta_1 L_0 \log(1/\delta) d}{\varepsilon^2} \left[1 + \left(\frac{\|\vec{\sigma}\|_1}{\varepsilon}\right)^{\frac{\kappa}{\kappa-1}}\right]\right). \tag{5}`,
    "(5), second line",
  ),
  hypotheses: [
    DERIVATION,
    ...TUNING_HYPOTHESES,
    "regime ε < 8L0/(L1√d) (r = 1 − u, u ∈ [1e-9, 1) log-uniform); T = ⌈T_min·(1 + extra)⌉, T_min = ⌈5120Δ₁L0dℓ/ε²⌉, extra ∈ {0} ∪ [1e-6, 10]; γ = √(4Δ₁/(80TL0ℓd)) (the completion's)",
  ],
  tightness: "upper",
  instances,
  check: (i) => {
    const least = tuningAt(i).tuning.T;
    const T = i.extra === 0 ? least : least.mul(iv(1 + i.extra)).ceil();
    const { ell, tuning } = tuningAt(i, T);
    return certifiedSides(tuning.gamma, signSgdStepCapIn(INTERVAL, iv(i.L1), iv(i.d), ell));
  },
  tolerance: TOL.exact,
  parameters: [
    ...tuningParameters<Regime2Instance>("L0"),
    logParameter<Regime2Instance>(
      "extra (T = ⌈T_min(1 + extra)⌉)",
      [1e-6, 10],
      (i) => i.extra,
      (i, extra) => ({ ...i, extra }),
      [param.at("least T", 0)],
    ),
  ],
  classify: (i) => `${tuningClassify(i)}, ${i.r > 5 / 6 ? "r > 5/6" : "r ≤ 5/6"}, ${i.extra === 0 ? "least T" : "larger T"}`,
  expected: { verdict: "violated", reason: "at the least T, γ/γ_max = 6r/5 > 1 for ε above (20/3)·L0/(L1√d): the regime boundary 8L0/(L1√d) is too high" },
});
