/**
 * seed/proof41-s24 — step S24 of the seed's §4.1 proof, (5) in the first regime:
 *   ε ≥ 8L0/(L1√d) ⇒ N = O(Δ₁L1ℓd^{3/2}/ε·[1 + (‖σ⃗‖₁/ε)^{κ/(κ−1)}]),
 * with N = T·B oracle calls at the prescribed T and B. The O(·) hides constants; this claim makes them
 * explicit and checks them: with X = 384Δ₁L1ℓd^{3/2}/ε (so T = ⌈X⌉ ≤ X + 1) and q = κ/(κ−1),
 *   N ≤ (X + 1)·16^{q}·[1 + (‖σ⃗‖₁/ε)^{q}],
 * tight when both ceilings are nearly exact. The factor 16^{κ/(κ−1)} (≈ 1.8·10¹³ at κ = 1.1) is what
 * "O(·)" absorbs. Whether the measured cost scales as (5) says is a scaling claim (a later part of
 * the audit); here the arithmetic of the prescription is certified, in intervals.
 */
import { certifiedSides, defineClaim, iv, TOL, type InequalityClaim } from "signcheck";
import { DERIVATION, proofSource } from "./proof41.ts";
import { tuningAt, tuningClassify, tuningInstances, tuningParameters, TUNING_HYPOTHESES, type TuningInstance } from "./proof41Tuning.ts";

/** Least κ with 16^{κ/(κ−1)} < 2^1024: κ/(κ−1) ≤ 255. */
const KAPPA_MIN = 255 / 254;

/** κ kept ≥ KAPPA_MIN by every write of the search. */
const floorKappa = (i: TuningInstance): TuningInstance => ({ ...i, kappa: Math.max(i.kappa, KAPPA_MIN) });

export const proof41S24 = defineClaim<InequalityClaim<TuningInstance>>({
  id: "seed/proof41-s24",
  kind: "inequality",
  title: "S24: (5), first regime, with its constant made explicit: N = T·B ≤ (X + 1)·16^{κ/(κ−1)}·[1 + (‖σ⃗‖₁/ε)^{κ/(κ−1)}]",
  source: proofSource(
    "S24",
    String.raw`\varepsilon \geq \frac{8L_0}{L_1\sqrt{d}} \Rightarrow N = O\left(\frac{\Delta_1 L_1 \log(1/\delta) d^{\frac{3}{2}}}{\varepsilon} \left[1 + \left(\frac{\|\vec{\sigma}\|_1}{\varepsilon}\right)^{\frac{\kappa}{\kappa-1}}\right]\right),`,
    "(5), first line",
  ),
  hypotheses: [
    DERIVATION,
    ...TUNING_HYPOTHESES,
    "regime ε ≥ 8L0/(L1√d); T = ⌈8Δ₁/(εγ)⌉, B = ⌈max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}}⌉, N = T·B",
    `κ ≥ ${KAPPA_MIN} so that the constant 16^{κ/(κ−1)} is a float (below, it exceeds 1.8·10³⁰⁸)`,
  ],
  tightness: "upper",
  instances: tuningInstances("L1").map((i) => ({ ...i, kappa: Math.max(i.kappa, KAPPA_MIN) })),
  check: (i) => {
    const { ell, epsilon, sigma1, tuning } = tuningAt(i);
    const q = iv(i.kappa).div(iv(i.kappa).sub(iv(1)));
    const X = iv(384)
      .mul(iv(i.Delta1))
      .mul(iv(i.L1))
      .mul(ell)
      .mul(iv(i.d).mul(iv(i.d).sqrt()))
      .div(epsilon);
    const ratioTerm = i.sigmaOverEps === 0 ? iv(0) : sigma1.div(epsilon).pow(q);
    const rhs = X.add(iv(1)).mul(iv(16).pow(q)).mul(iv(1).add(ratioTerm));
    return certifiedSides(tuning.T.mul(tuning.B), rhs);
  },
  tolerance: TOL.exact,
  parameters: tuningParameters("L1").map((p) => (p.write ? { ...p, write: (i: TuningInstance, v: number | number[]) => floorKappa(p.write!(i, v)) } : p)),
  classify: tuningClassify,
  expected: {
    verdict: "holds",
    reason: "T ≤ X + 1 and ⌈max{1, (16s)^q}⌉ ≤ 16^q(1 + s^q); both nearly equalities when X and (16s)^q are large and nearly integers",
  },
});
