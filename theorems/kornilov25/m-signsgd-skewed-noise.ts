/**
 * kornilov25/m-signsgd-skewed-noise — momentum in place of the minibatch: Kornilov et al. 2025's
 * M-SignSGD, m^k = βm^{k−1} + (1 − β)g^k, x^{k+1} = x^k − γ·sign(m^k) (review §3.4–3.5; the seedfinal
 * form prescribes γ = (1 − β)/(8cL1d), i.e. γ ∝ 1 − β), bounds (1/T)ΣE‖∇f(x^k)‖₁ with a noise term that
 * vanishes as 1 − β → 0 — with no symmetry assumption on the noise (only a bounded κ-th moment): the
 * momentum averages ≈ 2/(1 − β) draws, as a batch does. Checked on the skewed zero-mean noise of
 * bernstein18/skewed-noise, which drives SignSGD to the noise's median (x ≈ b): with 1 − β ∈
 * [0.01, 0.03] and γ = r(1 − β)b, r ∈ [0.05, 0.1], M-SignSGD stays near x* = 0, |x̄| ≤ b/2 with
 * probability ≥ 1 − δ, δ = 0.1, where x̄ is the mean of x^k over the second half of
 * T = ⌈6b/(γ(1 − 2p))⌉ steps (three times SignSGD's drift time to b at this γ).
 */
import fc from "fast-check";
import { arb, defineClaim, mSignSgd, type HighProbabilityClaim, type Optimizer, type OptimizerState } from "signcheck";
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
    title: "M-SignSGD (1 − β ≤ 0.03, γ ∝ 1 − β) reaches the minimiser under skewed zero-mean noise that stalls SignSGD: |x̄| ≤ b/2",
    // No quote: the M-SignSGD statement is known here through review §3.5's summary (and seedfinal §3.4's parameters).
    source: { paper: "kornilov25", item: "M-SignSGD, in expectation (review §3.5; parameters as in review §3.4)" },
    hypotheses: [
      "f = x²/2, x¹ = x* = 0; two-point zero-mean noise {(1−p)b/p w.p. p, −b w.p. 1−p}, p ∈ [0.05, 0.2], b ∈ [1, 10] (skewed: no symmetry)",
      "M-SignSGD with m⁰ = 0, 1 − β ∈ [0.01, 0.03], γ = r(1 − β)b, r ∈ [0.05, 0.1]; T = ⌈6b/(γ(1 − 2p))⌉; δ = 0.1",
    ],
    tightness: "upper",
    instances: fc.record({ p: arb.logUniform(0.05, 0.2), b: arb.logUniform(1, 10), oneMinusBeta: arb.logUniform(0.01, 0.03), r: arb.logUniform(0.05, 0.1) }),
    delta: () => 0.1,
    statistic: (i, s) => secondHalfMean(optimizer, { gamma: momentumGamma(i), beta: 1 - i.oneMinusBeta }, skewOracle({ ...i, batch: 1 }), momentumHorizon(i), s),
    bound: (i) => i.b / 2,
    expected: {
      verdict: "holds",
      reason: "the momentum is a weighted mean of ≈ 2/(1 − β) ≥ 66 draws, nearly symmetric, so the drift towards the median b disappears (as minibatching removes it)",
    },
  });
}

export const mSignSgdSkewedNoise = mSignSgdSkewedNoiseClaim();
