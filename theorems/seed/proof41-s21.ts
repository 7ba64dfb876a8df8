/**
 * seed/proof41-s21 — step S21 of the seed's §4.1 proof ("Optimal tuning", first regime): if
 * ε ≥ 8L0/(L1√d) and γ = 1/(48·L1·d·ℓ·√d), then 80·L0·d·γ·ℓ ≤ ε/2. At that γ the term is
 * (5/3)·L0/(L1√d) whatever δ, so ε ≥ (10/3)·L0/(L1√d) would already do: the claim holds with the
 * ratio 5/12 at the threshold (its tightness). A derivation over the constants, in intervals, with ε a
 * multiple r ≥ 1 of the threshold (r = 1 a quarter of the time).
 */
import { certifiedSides, defineClaim, INTERVAL, iv, signSgdHpBoundTerms, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import { tuningAt, tuningClassify, tuningInstances, tuningParameters, TUNING_HYPOTHESES, type TuningInstance } from "./proof41Tuning.ts";

export const proof41S21 = defineClaim<InequalityClaim<TuningInstance>>({
  id: "seed/proof41-s21",
  kind: "inequality",
  title: "S21: ε ≥ 8L0/(L1√d) and γ = γ_max give 80L0dγℓ ≤ ε/2",
  source: proofSource(
    "S21",
    String.raw`In case  $\varepsilon \geq \frac{8L_0}{L_1\sqrt{d}}$ , we use stepsize  $\gamma = \frac{1}{48L_1d\log\frac{1}{\delta}\sqrt{d}} \Rightarrow 80L_0d\gamma\log(1/\delta) \leq \varepsilon/2$`,
    "optimal tuning, first regime",
  ),
  hypotheses: [DERIVATION, ...TUNING_HYPOTHESES, "regime ε ≥ 8L0/(L1√d) (r ∈ {1} ∪ [1, 1e3])"],
  tightness: "upper",
  instances: tuningInstances("L1"),
  check: (i: TuningInstance) => {
    const { ell, epsilon, tuning } = tuningAt(i);
    const step = signSgdHpBoundTerms(INTERVAL, {
      Delta1: iv(i.Delta1),
      T: iv(1),
      gamma: tuning.gamma,
      L0: iv(i.L0),
      d: iv(i.d),
      ell,
      sigma1: iv(0),
      grad1Norm1: iv(0),
    }).stepsize;
    return certifiedSides(step, epsilon.div(iv(2)));
  },
  tolerance: TOL.exact,
  parameters: tuningParameters("L1"),
  classify: tuningClassify,
  expected: { verdict: "holds", reason: "80L0dγℓ = (5/3)L0/(L1√d) ≤ 4L0/(L1√d) ≤ ε/2: loose by 12/5 at the threshold" },
});
