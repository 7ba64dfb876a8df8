/**
 * seed/logistic-l0l1-single-sample — the seed's §2 comment, one sample: the logistic loss
 * ℓ(w) = log(1 + exp(−y aᵀw)) is (L0, L1)-smooth with L0 = 0, L1 = ‖a‖ (the seed writes ‖y‖ for the
 * scalar margin). Checked in the Hessian form ‖∇²ℓ(w)‖ ≤ 0 + ‖a‖‖∇ℓ(w)‖ (equivalent to Assumption 2
 * in the sup form for C² functions, docs/seed-errata.md, E11), with ‖a‖ from 1e-2 to 10 and w far into both tails.
 */
import fc from "fast-check";
import { arb, defineClaim, logisticSample, param, smoothnessSides, type InequalityClaim } from "signcheck";

export interface LogisticSampleInstance {
  readonly a: Float64Array;
  readonly y: number;
  readonly w: Float64Array;
}

const instances: fc.Arbitrary<LogisticSampleInstance> = arb.dimension({ min: 1, max: 5 }).chain((d) =>
  fc
    .record({
      // Direction entries: 0 one time in five, else ±log-uniform in [1e-3, 1] (normalised below).
      direction: arb.startingPoint(d, 1).map((v) => Array.from(v)),
      norm: arb.logUniform(1e-2, 10),
      y: fc.constantFrom(1, -1),
      w: arb.startingPoint(d, 30),
    })
    .map(({ direction, norm, y, w }) => {
      const len = Math.hypot(...direction);
      // v/len before scaling: norm·v/len would underflow to 0 for subnormal directions.
      const a = Float64Array.from(direction, (v) => (len > 0 ? (v / len) * norm : 0));
      if (a.every((v) => v === 0)) a[0] = norm;
      return { a, y, w };
    }),
);

export const logisticL0L1SingleSample = defineClaim<InequalityClaim<LogisticSampleInstance>>({
  id: "seed/logistic-l0l1-single-sample",
  kind: "inequality",
  title: "Single-sample logistic loss is (0, ‖a‖)-smooth",
  source: {
    paper: "seed",
    item: "§2, computational experiment (comments)",
    quote: String.raw`logistic regression function  $l(z,y) = \ln(1 + \exp(-yz))$  is both smooth and  $(L_0, L_1)$ -smooth, with  $L = ||y||^2$  and  $L_0 = 0$ ,  $L_1 = ||y||$`,
  },
  hypotheses: ["one sample a ∈ ℝ^d, d ≤ 5, ‖a‖ ∈ [0.01, 10], label y = ±1", "w ∈ [−30, 30]^d", "Hessian form of Assumption 2 (equivalent for C²)"],
  tightness: "tight",
  instances,
  check: ({ a, y, w }) => {
    const f = logisticSample(a, y);
    const s = smoothnessSides(f, { L0: 0, L1: f.smoothness.L1 }, "hessian", w);
    return { lhs: s.lhs, rhs: s.rhs + s.roundoff };
  },
  parameters: [
    param.log("‖a‖", [1e-2, 10], (i) => Math.hypot(...i.a), { write: (i, v) => ({ ...i, a: i.a.map((t) => (t * (v as number)) / Math.hypot(...i.a)) }) }),
    param.log("|w_i|", [30e-6, 30], (i) => i.w, {
      write: (i, v) => ({ ...i, w: Float64Array.from(v as number[], (t) => (t === 0 ? 0 : Math.sign(t) * Math.min(30, Math.max(30e-6, Math.abs(t))))) }),
    }),
    param.integer("d", [1, 5], (i) => i.a.length),
    param.categorical("y", [1, -1], (i) => i.y),
  ],
  classify: ({ a, y, w }) => {
    const margin = y * a.reduce((s, v, i) => s + v * w[i], 0);
    return margin < -5 ? "margin < −5" : margin > 5 ? "margin > 5" : "|margin| ≤ 5";
  },
  expected: { verdict: "holds", reason: "‖a‖²s(1 − s) ≤ ‖a‖·(‖a‖s) = ‖a‖‖∇ℓ‖ since 1 − s ≤ 1 (docs/seed-errata.md, E10)" },
});
