/**
 * kornilov25/m-signsgd-skewed-noise — a PROXY for the M-SignSGD theorem, not the theorem itself.
 * M-SignSGD (kornilov25; seedfinal, Theorem "(L0,L1) Complexity for M-SignSGD in expectation"):
 * m^k = βm^{k−1} + (1 − β)g^k, x^{k+1} = x^k − γ·sign(m^k). The theorem's tuning sets
 * 1 − β = min{1, (cΔ₁L1√d/(T‖σ⃗‖_κ))^{κ/(2κ−1)}} and γ = (1 − β)/(8cL1d); started at x¹ = x* (Δ₁ = 0) it
 * prescribes 1 − β = 0 and γ = 0, so the runs below do not follow it. What this claim checks is the
 * behaviour the theorem relies on: the momentum averages ≈ 2/(1 − β) draws, as a batch does, so the
 * noise term vanishes as 1 − β → 0 without any symmetry of the noise. On the skewed zero-mean noise of
 * bernstein18/skewed-noise, which drives SignSGD to the noise's median (x ≈ b), M-SignSGD with
 * 1 − β ∈ [0.01, 0.03] and γ = r(1 − β)b, r ∈ [0.05, 0.1] (chosen, not prescribed) stays near x* = 0:
 * |x̄| ≤ b/2 with probability ≥ 1 − δ, δ = 0.1, x̄ the mean of x^k over the second half of
 * T = ⌈6b/(γ(1 − 2p))⌉ steps (three times SignSGD's drift time to b at this γ). The theorem with its own
 * tuning and a nonzero stepsize is a separate claim (an expectation claim, next part of the audit).
 */
import fc from "fast-check";
import { arb, defineClaim, mSignSgd, type HighProbabilityClaim, type Optimizer, type OptimizerState } from "signcheck";
import { logParameter } from "../seed/proof41.ts";
import { secondHalfMean, skewOracle } from "../bernstein18/skewed-noise.ts";

export interface MomentumSkewInstance {
  /** Probability of the large value (1 − p)b/p; the median is −b. */
  readonly p: number;
  readonly b: number;
  /** 1 − β: the momentum's weight on the new gradient. */
  readonly oneMinusBeta: number;
  /** r in γ = r(1 − β)b. */
  readonly r: number;
}

export const momentumGamma = (i: MomentumSkewInstance) => i.r * i.oneMinusBeta * i.b;
export const momentumHorizon = (i: MomentumSkewInstance) => Math.ceil((6 * i.b) / (momentumGamma(i) * (1 - 2 * i.p)));

/** The claim for a given M-SignSGD implementation (the library's by default; the gating test plants a broken one). */
export function mSignSgdSkewedNoiseClaim(optimizer: Optimizer<any, OptimizerState> = mSignSgd): HighProbabilityClaim<MomentumSkewInstance> {
  return defineClaim<HighProbabilityClaim<MomentumSkewInstance>>({
    id: "kornilov25/m-signsgd-skewed-noise",
    kind: "high-probability",
    title:
      "Proxy for the M-SignSGD theorem (not the theorem): with 1 − β ≤ 0.03 and γ ∝ 1 − β chosen, M-SignSGD from x¹ = x* stays near x* under skewed zero-mean noise that stalls SignSGD: |x̄| ≤ b/2",
    // No quote: this checks a behaviour the theorem relies on, not a statement the paper prints.
    source: { paper: "kornilov25", item: "M-SignSGD — a proxy for its in-expectation theorem (momentum as averaging), not the theorem's statement or tuning" },
    hypotheses: [
      "a proxy: the theorem's tuning gives 1 − β = 0 and γ = 0 at x¹ = x* (Δ₁ = 0); β and γ here are chosen, not prescribed",
      "f = x²/2, x¹ = x* = 0; two-point zero-mean noise {(1−p)b/p w.p. p, −b w.p. 1−p}, p ∈ [0.05, 0.2], b ∈ [1, 10] (skewed: no symmetry)",
      "M-SignSGD with m⁰ = 0, 1 − β ∈ [0.01, 0.03], γ = r(1 − β)b, r ∈ [0.05, 0.1]; T = ⌈6b/(γ(1 − 2p))⌉; δ = 0.1",
    ],
    tightness: "upper",
    instances: fc.record({ p: arb.logUniform(0.05, 0.2), b: arb.logUniform(1, 10), oneMinusBeta: arb.logUniform(0.01, 0.03), r: arb.logUniform(0.05, 0.1) }),
    delta: () => 0.1,
    statistic: (i, s) =>
      secondHalfMean(optimizer, { gamma: momentumGamma(i), beta: 1 - i.oneMinusBeta }, skewOracle({ ...i, batch: 1 }), momentumHorizon(i), s),
    bound: (i) => i.b / 2,
    parameters: [
      logParameter(
        "p",
        [0.05, 0.2],
        (i) => i.p,
        (i, p) => ({ ...i, p }),
      ),
      logParameter(
        "b",
        [1, 10],
        (i) => i.b,
        (i, b) => ({ ...i, b }),
      ),
      logParameter(
        "1 − β",
        [0.01, 0.03],
        (i) => i.oneMinusBeta,
        (i, oneMinusBeta) => ({ ...i, oneMinusBeta }),
      ),
      logParameter(
        "r (γ = r(1 − β)b)",
        [0.05, 0.1],
        (i) => i.r,
        (i, r) => ({ ...i, r }),
      ),
    ],
    expected: {
      verdict: "holds",
      reason:
        "the momentum is a weighted mean of ≈ 2/(1 − β) ≥ 66 draws, nearly symmetric, so the drift towards the median b disappears (as minibatching removes it)",
    },
  });
}

export const mSignSgdSkewedNoise = mSignSgdSkewedNoiseClaim();
