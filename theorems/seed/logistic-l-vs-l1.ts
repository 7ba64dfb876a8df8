/**
 * seed/logistic-l-vs-l1 — the seed's §2 comment "with L = ‖y‖² and L0 = 0, L1 = ‖y‖, which can be
 * much smaller than L": the claim that L1 is smaller than the smoothness constant L. Compared with the
 * tight L of the loss, sup_w ‖∇²ℓ(w)‖ = ‖a‖²/4 (computed as the Hessian norm at margin 0, where
 * s(1 − s) = 1/4 is largest). Instances: the scalar-margin reading of the seed (ℓ(z) with y = ±1,
 * i.e. a = (y)) and the parameter-space reading with a random a. L1 < L needs ‖a‖ > 4 (review §1.4);
 * "L = ‖y‖²" itself is a valid but 4× loose constant (checked in properties/functions).
 */
import fc from "fast-check";
import { arb, defineClaim, logisticSample, type InequalityClaim } from "signcheck";

export interface LogisticLvsL1Instance {
  readonly a: Float64Array;
}

const instances: fc.Arbitrary<LogisticLvsL1Instance> = fc.oneof(
  fc.constantFrom(1, -1).map((y) => ({ a: Float64Array.of(y) })),
  arb.dimension({ min: 1, max: 5 }).chain((d) =>
    fc.record({ direction: fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: d, maxLength: d }), norm: arb.logUniform(0.1, 20) }).map(({ direction, norm }) => {
      const len = Math.hypot(...direction);
      return { a: Float64Array.from(direction, (v) => (norm * v) / len) };
    }),
  ),
);

export const logisticLvsL1 = defineClaim<InequalityClaim<LogisticLvsL1Instance>>({
  id: "seed/logistic-l-vs-l1",
  kind: "inequality",
  title: "For the logistic loss, L1 = ‖a‖ is smaller than the smoothness constant L",
  source: {
    paper: "seed",
    item: "§2, computational experiment (comments)",
    quote: "L = ||y||² and L0 = 0, L1 = ||y|| which can be much smaller than L",
  },
  hypotheses: ["one sample a (scalar margin: a = y = ±1; parameter space: ‖a‖ ∈ [0.1, 20])", "L = tight smoothness constant sup‖∇²ℓ‖"],
  tightness: "upper",
  instances,
  check: ({ a }) => {
    const f = logisticSample(a, 1);
    return { lhs: f.smoothness.L1, rhs: f.hessianNorm(new Float64Array(a.length)) };
  },
  classify: ({ a }) => (a.length === 1 && Math.abs(a[0]) === 1 ? "scalar margin, y = ±1" : "parameter space"),
  expected: { verdict: "violated", reason: "L1 = ‖a‖ ≤ L = ‖a‖²/4 only when ‖a‖ ≥ 4; for labels ±1 in the scalar reading L1 = 1 > L = 1/4" },
});
