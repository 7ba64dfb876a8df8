/**
 * seed/logistic-l-vs-l1 (+ -per-sample) — the seed's §2 comment: the logistic loss is smooth and
 * (L0, L1)-smooth "with L = ||y||² and L0 = 0, L1 = ||y|| which can be much smaller than L". "Can be" is
 * existential: the claim is that on the problem the experiment runs — logistic regression on LIBSVM
 * mushrooms, the seed's data set — L1 is smaller than L, which is what would make an L1-tuned stepsize
 * pay. Decided there with L the smoothness constant of the data-set loss f(w) = (1/n)Σlog(1 + e^{−y_i a_iᵀw}),
 * L = λ_max(AᵀA)/(4n) (s(1 − s) ≤ ¼; tight at w = 0), and L1 = max_i ‖a_i‖ (each sample's loss is
 * (0, ‖a_i‖)-smooth; the value the seed and its notebook use). "Much smaller" is not quantified; the
 * check is the weakest reading, L1 < L. Without the data set the claim is not applicable (fetch it with
 * `signcheck data fetch mushrooms`). The seed's own L = ‖y‖² (‖a_i‖² = 21 on mushrooms) is a valid but
 * loose constant (8× the data set's L); against it L1 is smaller, which says nothing about the problem.
 * The "-per-sample" claim keeps the universal reading over single samples (not the seed's claim): one
 * sample's tight L is ‖a‖²/4, below L1 = ‖a‖ whenever ‖a‖ < 4 (for labels ±1 in the scalar reading,
 * L1 = 1 > L = ¼). docs/seed-errata.md, E10.
 */
import fc from "fast-check";
import {
  arb,
  dataAccess,
  defineClaim,
  logisticObjective,
  logisticSample,
  param,
  type DataAccess,
  type InequalityClaim,
  type LabelledData,
  type LogisticObjective,
} from "signcheck";

/** The objective built from one loaded file (a data set read by another audit is another object, never mixed up). */
const objectives = new WeakMap<LabelledData, LogisticObjective>();
function objective(data: DataAccess): LogisticObjective {
  const mushrooms = data.load("mushrooms");
  let f = objectives.get(mushrooms);
  if (!f) objectives.set(mushrooms, (f = logisticObjective(mushrooms.A, mushrooms.y, { name: "mushrooms" })));
  return f;
}

export interface LogisticDataInstance {
  readonly dataset: "mushrooms";
}

const quote = String.raw`logistic regression function  $l(z,y) = \ln(1 + \exp(-yz))$  is both smooth and  $(L_0, L_1)$ -smooth, with  $L = ||y||^2$  and  $L_0 = 0$ ,  $L_1 = ||y||$  which can be much smaller than L`;

export const logisticLvsL1 = defineClaim<InequalityClaim<LogisticDataInstance>>({
  id: "seed/logistic-l-vs-l1",
  kind: "inequality",
  title: "On the seed's data set (mushrooms), L1 = max‖a_i‖ is smaller than the smoothness constant L of the logistic loss",
  source: { paper: "seed", item: "§2, computational experiment (comments)", quote },
  hypotheses: [
    "existential, decided on the seed's problem: LIBSVM mushrooms (8124 × 112, labels ±1), f(w) = (1/n)Σ log(1 + exp(−y_i a_iᵀw)), no ridge",
    "L = λ_max(AᵀA)/(4n), the tight smoothness constant of f; L1 = max_i ‖a_i‖",
    'the weakest reading of "much smaller": L1 < L',
  ],
  tightness: "upper",
  instances: fc.constant({ dataset: "mushrooms" as const }),
  // Outside an audit (a direct call), the data set is looked up in the default places.
  applicable: (data = dataAccess()) => {
    data.load("mushrooms");
    return undefined;
  },
  check: (_i, data = dataAccess()) => {
    const f = objective(data);
    return { lhs: f.singleSampleL1, rhs: f.lossSmoothness };
  },
  parameters: [param.categorical("data set", ["mushrooms"], (i) => i.dataset)],
  budgets: { quick: { instances: 1, shrinks: 0 }, standard: { instances: 1, shrinks: 0 }, thorough: { instances: 1, shrinks: 0 } },
  expected: { verdict: "violated", reason: "on mushrooms L1 = √21 ≈ 4.58 while L = λ_max(AᵀA)/(4n) ≈ 2.59: L1 is the larger" },
});

export interface LogisticLvsL1Instance {
  readonly a: Float64Array;
}

const perSampleInstances: fc.Arbitrary<LogisticLvsL1Instance> = fc.oneof(
  fc.constantFrom(1, -1).map((y) => ({ a: Float64Array.of(y) })),
  arb.dimension({ min: 1, max: 5 }).chain((d) =>
    fc
      .record({ direction: fc.array(fc.tuple(fc.boolean(), arb.logUniform(1e-2, 1)), { minLength: d, maxLength: d }), norm: arb.logUniform(0.1, 20) })
      .map(({ direction, norm }) => {
        const v = direction.map(([neg, m]) => (neg ? -m : m));
        const len = Math.hypot(...v);
        return { a: Float64Array.from(v, (x) => (norm * x) / len) };
      }),
  ),
);

export const logisticLvsL1PerSample = defineClaim<InequalityClaim<LogisticLvsL1Instance>>({
  id: "seed/logistic-l-vs-l1-per-sample",
  kind: "inequality",
  title: "Universal reading over single samples (not the seed's claim): L1 = ‖a‖ ≤ the tight L = ‖a‖²/4 of one sample's loss",
  source: { paper: "seed", item: "§2, computational experiment (comments)", quote },
  hypotheses: [
    "one sample a (scalar margin: a = y = ±1; parameter space: ‖a‖ ∈ [0.1, 20])",
    "L = sup‖∇²ℓ‖ = ‖a‖²/4 (at margin 0)",
    "a universal reading the seed does not make: every sample",
  ],
  tightness: "upper",
  instances: perSampleInstances,
  check: ({ a }) => {
    const f = logisticSample(a, 1);
    return { lhs: f.smoothness.L1, rhs: f.hessianNorm(new Float64Array(a.length)) };
  },
  classify: ({ a }) => (a.length === 1 && Math.abs(a[0]) === 1 ? "scalar margin, y = ±1" : "parameter space"),
  parameters: [
    param.log("‖a‖", [0.1, 20], ({ a }) => Math.hypot(...a), {
      // Rescales a to the new norm (direction kept): the hypotheses only bound ‖a‖.
      write: (i, v) => {
        const n = Math.hypot(...i.a);
        const to = Math.min(20, Math.max(0.1, v as number));
        return { a: Float64Array.from(i.a, (x) => (x * to) / n) };
      },
      boundaries: [param.at("scalar margin, y = ±1 (‖a‖ = 1)", 1)],
    }),
    param.integer("d", [1, 5], ({ a }) => a.length),
  ],
  expected: { verdict: "violated", reason: "L1 = ‖a‖ ≤ ‖a‖²/4 only when ‖a‖ ≥ 4; for labels ±1 in the scalar reading L1 = 1 > L = 1/4" },
});
