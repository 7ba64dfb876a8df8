/**
 * The seed's experimental problem (seed §2; the authors' notebook, seedfinal's `code/main.ipynb`):
 * ridge logistic regression on LIBSVM mushrooms, f(w) = (1/n)Σ log(1 + exp(−y_i a_iᵀw)) + (λ/2)‖w‖²
 * with λ = 1, trained on an 80 % split and scored on the other 20 %. Alongside, both sets of
 * constants an experiment needs:
 * - the notebook's, as it computed them: R = max‖a_i‖ over the training rows, "L" = R² + λ,
 *   "L1" = R + λ (used as if L0 = 0), δ = 0.99, and its stepsizes γ_L = 1/(L d^{3/2} log(1/δ)) for
 *   GD/SGD and γ_L1 = 1/(L1 d^{3/2} log(1/δ)) for SignGD — without the factor 48 of the paper's
 *   γ ≤ 1/(48 L1 d^{3/2} log(1/δ)) (seed §3, proof of the SignSGD bound), which is γ_paper here;
 * - the true ones, computed: L = λ_max(AᵀA)/(4n) + λ (a proved smoothness constant), f* and w* by
 *   Newton's method, and ‖∇²f(w*)‖, below which no valid L0 can lie whatever L1 (docs/seed-errata.md, E10 and E13).
 * The split is a seeded permutation with a fixed key, the same for every run (the notebook fixed
 * sklearn's random_state = 42; its exact permutation is not reproduced).
 */
import { streamFor } from "../core/stream.ts";
import { csrRowNorms, csrSelectRows, csrTimes, type CsrMatrix } from "../data/csrMatrix.ts";
import { logisticObjective, type LogisticObjective } from "../data/logisticObjective.ts";
import type { LabelledData } from "../data/readLibsvm.ts";
import { norm2, type Vector } from "../core/vector.ts";

export const NOTEBOOK = {
  lambda: 1,
  delta: 0.99,
  testShare: 0.2,
} as const;

export interface MushroomsProblem {
  readonly train: LogisticObjective;
  readonly d: number;
  readonly nTrain: number;
  readonly nTest: number;
  /** Share of the held-out rows that w classifies correctly (y_i·a_iᵀw > 0). */
  testAccuracy(w: Vector): number;
  readonly notebook: {
    readonly R: number;
    readonly L: number;
    readonly L1: number;
    readonly delta: number;
    /** 1/(L d^{3/2} log(1/δ)): the notebook's GD/SGD stepsize. */
    readonly gammaL: number;
    /** 1/(L1 d^{3/2} log(1/δ)): the notebook's SignGD stepsize. */
    readonly gammaL1: number;
    /** 1/(48 L1 d^{3/2} log(1/δ)): the stepsize the paper states, with the notebook's L1. */
    readonly gammaPaper: number;
  };
  readonly truth: {
    readonly L: number;
    readonly fStar: number;
    readonly wStar: Float64Array;
    /** ‖∇²f(w*)‖: every valid (L0, L1) has L0 ≥ ‖∇²f(w*)‖ − L1‖∇f(w*)‖, and ‖∇f(w*)‖ is round-off. */
    readonly L0AtOptimum: number;
    readonly gradNormAtOptimum: number;
  };
}

/** Row indices of a seeded 80/20 split (Fisher–Yates on a fixed-key stream). */
export function splitRows(n: number, testShare: number): { train: Int32Array; test: Int32Array } {
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const stream = streamFor({ seed: 42, claim: "experiments/mushrooms-split", instance: String(n), trial: 0 });
  for (let i = n - 1; i > 0; i--) {
    const j = stream.int(i + 1);
    const tmp = perm[i];
    perm[i] = perm[j];
    perm[j] = tmp;
  }
  const nTest = Math.round(n * testShare);
  const test = perm.slice(0, nTest).sort();
  const train = perm.slice(nTest).sort();
  return { train, test };
}

function accuracy(A: CsrMatrix, y: Float64Array, w: Vector): number {
  const z = csrTimes(A, w);
  let right = 0;
  for (let i = 0; i < z.length; i++) if (y[i] * z[i] > 0) right++;
  return right / z.length;
}

export function mushroomsProblem(data: LabelledData): MushroomsProblem {
  const { train: trainRows, test: testRows } = splitRows(data.A.rows, NOTEBOOK.testShare);
  const Atrain = csrSelectRows(data.A, trainRows);
  const ytrain = Float64Array.from(trainRows, (i) => data.y[i]);
  const Atest = csrSelectRows(data.A, testRows);
  const ytest = Float64Array.from(testRows, (i) => data.y[i]);
  const lambda = NOTEBOOK.lambda;
  const objective = logisticObjective(Atrain, ytrain, { lambda, name: "mushrooms train" });
  const { w: wStar } = objective.minimise();
  // The objective computes f* lazily by the same Newton run; hand it over instead of running it twice.
  const train = Object.create(objective, { fStar: { value: objective.value(wStar), enumerable: true } }) as LogisticObjective;
  const d = train.dim;
  const R = csrRowNorms(Atrain).reduce((m, v) => Math.max(m, v), 0);
  const L = R * R + lambda;
  const L1 = R + lambda;
  const logInvDelta = Math.log(1 / NOTEBOOK.delta);
  const d32 = d ** 1.5;
  return {
    train,
    d,
    nTrain: trainRows.length,
    nTest: testRows.length,
    testAccuracy: (w) => accuracy(Atest, ytest, w),
    notebook: {
      R,
      L,
      L1,
      delta: NOTEBOOK.delta,
      gammaL: 1 / (L * d32 * logInvDelta),
      gammaL1: 1 / (L1 * d32 * logInvDelta),
      gammaPaper: 1 / (48 * L1 * d32 * logInvDelta),
    },
    truth: {
      L: train.lossSmoothness + lambda,
      fStar: train.fStar,
      wStar,
      L0AtOptimum: train.hessianNorm(wStar),
      gradNormAtOptimum: norm2(train.gradient(wStar)),
    },
  };
}
