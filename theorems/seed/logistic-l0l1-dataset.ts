/**
 * seed/logistic-l0l1-dataset — the seed's §2 claim read for the whole data set, as the experiment
 * uses it: f(w) = (1/n)Σ log(1 + exp(−y_i a_iᵀw)) (+ λ/2‖w‖², λ = 1 as in the notebook) on LIBSVM
 * mushrooms is (0, L1)-smooth with L1 = max_i ‖a_i‖. Checked in the Hessian form at the minimisers
 * w_μ of f + (μ/2)‖w‖² (Newton's method): there ∇f = −μw_μ is small while ∇²f is not (gradients of
 * different samples cancel; docs/seed-errata.md, E10). Needs ../shared/datasets/mushrooms.libsvm or a fetched copy;
 * without it the claim is not applicable (`signcheck data fetch mushrooms`).
 */
import fc from "fast-check";
import {
  arb,
  dataAccess,
  defineClaim,
  logisticObjective,
  norm2,
  param,
  type DataAccess,
  type InequalityClaim,
  type LabelledData,
  type LogisticObjective,
} from "signcheck";

export interface LogisticDatasetInstance {
  readonly lambda: 0 | 1;
  /** Extra ridge μ of the point w_μ = argmin f + (μ/2)‖w‖² (μ = 0: the minimiser of f itself, λ = 1 only). */
  readonly mu: number;
}

/** Objectives built from one loaded file (a data set read by another audit is another object, never mixed up). */
const objectives = new WeakMap<LabelledData, Map<number, LogisticObjective>>();
function objective(data: DataAccess, lambda: number): LogisticObjective {
  const mushrooms = data.load("mushrooms");
  let byLambda = objectives.get(mushrooms);
  if (!byLambda) objectives.set(mushrooms, (byLambda = new Map()));
  let f = byLambda.get(lambda);
  if (!f) byLambda.set(lambda, (f = logisticObjective(mushrooms.A, mushrooms.y, { lambda, name: "mushrooms" })));
  return f;
}

/**
 * One claim per ridge: without it (λ = 0; mushrooms is separable, so the points are the minimisers of
 * f + (μ/2)‖w‖², μ > 0) and with the notebook's λ = 1 (then w* itself, μ = 0, is among the points).
 * Separate claims so that each reaches the report with its own evidence.
 */
function datasetClaim(lambda: 0 | 1) {
  // w* (μ = 0) one draw in five: the rest spread over the three decades of μ.
  const mu = lambda === 1 ? fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: arb.logUniform(1e-3, 1) }) : arb.logUniform(1e-3, 1);
  return defineClaim<InequalityClaim<LogisticDatasetInstance>>({
    id: lambda === 0 ? "seed/logistic-l0l1-dataset" : "seed/logistic-l0l1-dataset-ridge",
    kind: "inequality",
    title: `Data-set logistic loss (mushrooms${lambda === 1 ? ", ridge λ = 1" : ", no ridge"}) is (0, max‖a_i‖)-smooth`,
    source: {
      paper: "seed",
      item: "§2, computational experiment (comments)",
      quote: String.raw`logistic regression function  $l(z,y) = \ln(1 + \exp(-yz))$  is both smooth and  $(L_0, L_1)$ -smooth, with  $L = ||y||^2$  and  $L_0 = 0$ ,  $L_1 = ||y||$`,
    },
    hypotheses: [
      "LIBSVM mushrooms (8124 × 112), labels ±1",
      lambda === 1 ? "ridge λ = 1 (as in the seed's notebook)" : "no ridge (λ = 0)",
      "L0 = 0, L1 = max_i ‖a_i‖",
      `points: minimisers of f + (μ/2)‖w‖², μ ∈ ${lambda === 1 ? "{0} ∪ " : ""}[1e-3, 1]`,
    ],
    tightness: "upper",
    instances: fc.record({ lambda: fc.constant(lambda), mu }),
    // Outside an audit (a direct call), the data set is looked up in the default places.
    applicable: (data = dataAccess()) => {
      data.load("mushrooms");
      return undefined;
    },
    check: ({ mu }, data = dataAccess()) => {
      const f = objective(data, lambda);
      const { w } = f.minimise({ mu });
      return { lhs: f.hessianNorm(w), rhs: f.singleSampleL1 * norm2(f.gradient(w)) };
    },
    parameters: [param.log("μ", [1e-3, 1], (i) => (i.mu === 0 ? 0 : i.mu), { boundaries: [param.at("μ = 0 (w*)", 0)] })],
    classify: ({ mu }) => (mu === 0 ? "minimiser" : "regularised minimiser"),
    budgets: { quick: { instances: 3, shrinks: 3 }, standard: { instances: 20, shrinks: 10 }, thorough: { instances: 40, shrinks: 30 } },
    expected: {
      verdict: "violated",
      reason:
        lambda === 1
          ? "at w*, ∇f(w*) = 0 while ‖∇²f(w*)‖ ≈ 3.4 (gradients of different samples cancel), so no L1 works with L0 = 0"
          : "at the regularised minimisers ∇f = −μw → small while ‖∇²f‖ stays positive, so no L1 works with L0 = 0",
    },
  });
}

export const logisticL0L1Dataset = datasetClaim(0);
export const logisticL0L1DatasetRidge = datasetClaim(1);
