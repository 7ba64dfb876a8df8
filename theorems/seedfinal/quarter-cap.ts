/**
 * seedfinal/quarter-cap and seedfinal/quarter-cap-as-used — the completion's second stepsize condition
 * (seedfinal, proof of the Theorem, after its first display): "Let us choose γ_k ≤ 1/(4L1d), then
 * L1·d·γ_k·exp(L1√dγ_k) ≤ ¼". At γ_k = 1/(4L1d) the left side is ¼·e^{1/(4√d)} > ¼ for every d: the
 * printed implication is false (docs/seed-errata.md, E2). The next display uses the term halved,
 * (L1·d·γ_k·e^{L1√dγ_k}/2)·γ_k‖∇f‖₁ ≤ (γ_k/4)‖∇f‖₁, i.e. L1dγ_k·e^{L1√dγ_k}/2 ≤ ¼, which holds (at most
 * e^{1/4}/8 ≈ 0.16). Derivations over L1 > 0, d ≤ 1000 and γ_k = θ/(4L1d), θ ∈ (0, 1] (θ = 1 a quarter
 * of the time), in intervals.
 */
import fc from "fast-check";
import {
  arb,
  certifiedSides,
  completionStepCapIn,
  defineClaim,
  INTERVAL,
  iv,
  param,
  TOL,
  type InequalityClaim,
  type Parameter,
  type RealInterval,
} from "signcheck";
import { logParameter } from "../seed/proof41.ts";

export interface QuarterCapInstance {
  readonly L1: number;
  readonly d: number;
  readonly theta: number;
}

const instances: fc.Arbitrary<QuarterCapInstance> = fc.record({
  L1: arb.logUniform(1e-3, 1e3),
  d: fc.oneof(fc.constant(1), arb.iterations({ min: 1, max: 1000 })),
  theta: arb.stepsize({ lo: 1e-6, hi: 1, cap: 1 }),
});

const parameters: Parameter<QuarterCapInstance>[] = [
  logParameter(
    "L1",
    [1e-3, 1e3],
    (i) => i.L1,
    (i, L1) => ({ ...i, L1 }),
  ),
  param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
  logParameter(
    "θ = 4L1dγ_k",
    [1e-6, 1],
    (i) => i.theta,
    (i, theta) => ({ ...i, theta }),
    [param.at("γ at 1/(4L1d)", 1)],
  ),
];

/** L1·d·γ·e^{L1√dγ} at γ = θ/(4L1d). */
function term({ L1, d, theta }: QuarterCapInstance): RealInterval {
  const gamma = iv(theta).mul(completionStepCapIn(INTERVAL, iv(L1), iv(d)));
  return iv(L1)
    .mul(iv(d))
    .mul(gamma)
    .mul(iv(L1).mul(iv(d).sqrt()).mul(gamma).exp());
}

const source = {
  paper: "seedfinal",
  item: "proof of the Theorem ((L0,L1) HP complexity for minibatch-SignSGD), stepsize condition after the first display",
  quote: String.raw`Let us choose $\gamma_k \leq \frac{1}{4L_1d}$, then we have $L_1d\gamma_k\exp(L_1\sqrt{d}\gamma_k) \leq \frac14$`,
};

const hypotheses = [
  "checked as a derivation step: for all reals satisfying its premises",
  "L1 ∈ [1e-3, 1e3], d ∈ [1, 1000] (d = 1 included), γ_k = θ/(4L1d) with θ ∈ [1e-6, 1] (θ = 1 a quarter of the time)",
];

export const quarterCap = defineClaim<InequalityClaim<QuarterCapInstance>>({
  id: "seedfinal/quarter-cap",
  kind: "inequality",
  title: "γ_k ≤ 1/(4L1d) ⇒ L1·d·γ_k·exp(L1√dγ_k) ≤ ¼, as printed",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  check: (i) => certifiedSides(term(i), iv(0.25)),
  tolerance: TOL.exact,
  parameters,
  classify: (i) => (i.theta === 1 ? "γ at 1/(4L1d)" : "γ below"),
  expected: { verdict: "violated", reason: "at γ_k = 1/(4L1d) the left side is ¼·e^{1/(4√d)} > ¼, for every d" },
});

export const quarterCapAsUsed = defineClaim<InequalityClaim<QuarterCapInstance>>({
  id: "seedfinal/quarter-cap-as-used",
  kind: "inequality",
  title: "γ_k ≤ 1/(4L1d) ⇒ L1·d·γ_k·exp(L1√dγ_k)/2 ≤ ¼, the form the next display uses",
  source,
  hypotheses,
  tightness: "upper",
  instances,
  check: (i) => certifiedSides(term(i).div(iv(2)), iv(0.25)),
  tolerance: TOL.exact,
  parameters,
  classify: (i) => (i.theta === 1 ? "γ at 1/(4L1d)" : "γ below"),
  expected: { verdict: "holds", reason: "at most ⅛·e^{1/(4√d)} ≤ ⅛·e^{1/4} ≈ 0.16 < ¼" },
});
