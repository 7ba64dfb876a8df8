/**
 * seedfinal/sign-update-step-lemma (+ -signed-a, -corrected) — the "Sign Update Step Lemma" of the
 * authors' completion (seedfinal, Proofs; after Sun et al. 2023, Lemma 1), used for M-SignSGD: for
 * x, m ∈ R^d, A = diag(a_1, …, a_d), an (L0,L1)-smooth f and x' = x − γ·A·sign(m), ε := m − ∇f(x),
 *   f(x') − f(x) ≤ −γ‖A∇f(x)‖₁ + 2γ‖A‖_F‖ε‖₂ + (L0 + L1‖A∇f(x)‖₂)/2 · exp(γL1‖A‖_F)·γ²‖A‖_F².
 * Its proof applies Lemma 1 (2), whose curvature factor is L0 + L1‖∇f(x)‖₂ — not ‖A∇f(x)‖₂ — and uses
 * ⟨∇f, A·sign ∇f⟩ = ‖A∇f‖₁, which needs a_i ≥ 0 (docs/seed-errata.md, E12). Three claims over random
 * (L0,L1)-smooth functions, points, momenta m = ∇f(x) + (0 or any vector), stepsizes and diagonals:
 *   as printed with a_i ≥ 0 (violated: the factor ‖A∇f‖ is too small when a_i < 1 and ∇f is large);
 *   -signed-a, as printed with a_i of any sign (violated);
 *   -corrected, L1‖∇f(x)‖₂ in the curvature factor and a_i ≥ 0 (holds: Lemma 1 (2) plus the sign estimate).
 * The first-order terms are moved to the left and both sides divided by γ²‖A‖_F² (> 0 unless A = 0,
 * where x' = x: degenerate), so that the right side is the lemma's curvature factor alone and lhs/rhs
 * says by how much that factor would have to grow, at any step length:
 *   lhs = (f(x') − f(x) + γ‖A∇f(x)‖₁ − 2γ‖A‖_F‖ε‖₂)/(γ²‖A‖_F²),  rhs = (L0 + L1‖·‖₂)/2 · exp(γL1‖A‖_F).
 * Each right side includes the round-off allowance of the left one (f(x') − f(x) evaluated in floats).
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  EPS,
  EVALUATION_ULPS,
  functionFromSpec,
  norm1,
  norm2,
  param,
  smoothFunctionArbitrary,
  specDim,
  type FunctionSpec,
  type InequalityClaim,
  type Parameter,
} from "signcheck";
import { coordinatesParameter, FUNCTION_FAMILIES, logParameter } from "../seed/proof41.ts";

export interface SignUpdateInstance {
  readonly fn: FunctionSpec;
  readonly x: Float64Array;
  /** m − ∇f(x). */
  readonly error: Float64Array;
  readonly a: Float64Array;
  readonly gamma: number;
}

const coordinate = (lo: number, hi: number, signed: boolean): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.tuple(fc.boolean(), arb.logUniform(lo, hi)).map(([neg, v]) => (signed && neg ? -v : v)) },
  );

function instances(signed: boolean): fc.Arbitrary<SignUpdateInstance> {
  return smoothFunctionArbitrary().chain((fn) => {
    const d = specDim(fn);
    const vec = (arbitrary: fc.Arbitrary<number>) => fc.array(arbitrary, { minLength: d, maxLength: d }).map((v) => Float64Array.from(v));
    return fc.record({
      fn: fc.constant(fn),
      // |x_i| ≤ 4 (where the random functions stay finite): large gradients are where ‖A∇f‖ ≪ ‖∇f‖ matters.
      x: arb.startingPoint(d, 4),
      // m = ∇f(x) exactly a third of the time (ε = 0), else any perturbation.
      error: fc.oneof(fc.constant(new Float64Array(d)), vec(coordinate(1e-3, 1e2, true)), vec(coordinate(1e-3, 1e2, true))),
      a: vec(fc.oneof(fc.constant(1), coordinate(1e-3, 1, signed))),
      gamma: arb.stepsize({ lo: 1e-4, hi: 1 }),
    });
  });
}

/** The two sides of the lemma; `corrected` puts ‖∇f(x)‖₂ in place of ‖A∇f(x)‖₂. */
export function signUpdateSides({ fn, x, error, a, gamma }: SignUpdateInstance, corrected: boolean): { lhs: number; rhs: number } {
  const f = functionFromSpec(fn);
  const { L0, L1 } = f.smoothness;
  const d = f.dim;
  const grad = f.gradient(x, new Float64Array(d));
  const Agrad = Float64Array.from(grad, (g, i) => a[i] * g);
  const next = Float64Array.from(x, (xi, i) => {
    const m = grad[i] + error[i];
    return xi - gamma * a[i] * (m > 0 ? 1 : m < 0 ? -1 : 0);
  });
  const fx = f.value(x);
  const fn1 = f.value(next);
  const AF = norm2(a);
  const curvature = L0 + L1 * (corrected ? norm2(grad) : norm2(Agrad));
  const firstOrder = gamma * norm1(Agrad) - 2 * gamma * AF * norm2(error);
  const scale = gamma * gamma * AF * AF;
  if (scale === 0) return { lhs: 0, rhs: 0 };
  const rhs = (curvature / 2) * Math.exp(gamma * L1 * AF);
  // Evaluation error of f(x') − f(x) (each value to a few ulps of its backward-error scale, see
  // EVALUATION_ULPS) and of the first-order terms moved to the left (a few ulps of their size).
  const roundoff =
    EVALUATION_ULPS *
    EPS *
    (Math.abs(fx) + Math.abs(fn1) + norm2(grad) * (norm2(x) + norm2(next)) + Math.abs(gamma * norm1(Agrad)) + Math.abs(2 * gamma * AF * norm2(error)));
  return { lhs: (fn1 - fx + firstOrder) / scale, rhs: rhs + roundoff / scale };
}

function parameters(signed: boolean): Parameter<SignUpdateInstance>[] {
  return [
    coordinatesParameter<SignUpdateInstance>(
      "|x_i|",
      [4e-6, 4],
      (i) => i.x,
      (i, x) => ({ ...i, x }),
    ),
    coordinatesParameter<SignUpdateInstance>(
      "|ε_i| (m − ∇f(x))",
      [1e-3, 1e2],
      (i) => i.error,
      (i, error) => ({ ...i, error }),
      "ε_i = 0",
    ),
    // a_i ∈ {0} ∪ [1e-3, 1]: signs are kept by the search (a_i ≥ 0 stays ≥ 0).
    {
      ...coordinatesParameter<SignUpdateInstance>(
        "|a_i|",
        [1e-3, 1],
        (i) => i.a,
        (i, a) => ({ ...i, a }),
        "a_i = 0",
      ),
      boundaries: [param.at("a_i = 0", 0), param.at("a_i = 1", 1), ...(signed ? [param.at("a_i < 0", (v: unknown) => (v as number) < 0)] : [])],
    },
    logParameter<SignUpdateInstance>(
      "γ",
      [1e-4, 1],
      (i) => i.gamma,
      (i, gamma) => ({ ...i, gamma }),
      [param.at("γ = 1", 1)],
    ),
    param.integer("d", [1, 6], (i) => i.x.length),
    param.categorical("family", FUNCTION_FAMILIES, (i) => i.fn.family),
  ];
}

const noMove = (i: SignUpdateInstance) => (i.a.every((v) => v === 0) ? "A = 0: x' = x, both sides 0" : undefined);

const source = {
  paper: "seedfinal",
  item: "Proofs, Sign Update Step Lemma (for M-SignSGD)",
  quote: String.raw`f(x') - f(x) \leq - \gamma \|A\nabla f(x)\|_1 + 2\gamma\|A\|_F\|\epsilon\|_2 + \frac{L_0 + L_1\|A  \nabla f(x^k)\|_2 }{2} \exp{(\gamma L_1\|A\|_F)}\gamma^2\|A\|^2_F`,
};

const hypotheses = (signed: boolean) => [
  "f: random (L0,L1)-smooth functions of src/functions with their proved constants (sup form of Assumption 2)",
  "x ∈ [−4, 4]^d; m = ∇f(x) + ε, ε = 0 a third of the time, else coordinates 0 or ±[1e-3, 1e2]; γ ∈ [1e-4, 1]",
  signed ? "A = diag(a), a_i ∈ {1} ∪ {0} ∪ ±[1e-3, 1] (any sign, as the lemma prints it)" : "A = diag(a), a_i ∈ {1} ∪ {0} ∪ [1e-3, 1] (a_i ≥ 0)",
];

export const signUpdateStepLemma = defineClaim<InequalityClaim<SignUpdateInstance>>({
  id: "seedfinal/sign-update-step-lemma",
  kind: "inequality",
  title: "Sign Update Step Lemma as printed (a_i ≥ 0): the curvature factor L0 + L1‖A∇f(x)‖₂",
  source,
  hypotheses: hypotheses(false),
  tightness: "upper",
  instances: instances(false),
  parameters: parameters(false),
  degenerate: noMove,
  check: (i) => signUpdateSides(i, false),
  classify: (i) => `${i.fn.family}${Array.from(i.a).some((v) => v < 1) ? ", some a_i < 1" : ", A = I"}`,
  expected: {
    verdict: "violated",
    reason:
      "the curvature of f along the step is governed by ‖∇f(x)‖, which exceeds ‖A∇f(x)‖ when a_i < 1: with a large gradient the printed bound is too small",
  },
});

export const signUpdateStepLemmaSignedA = defineClaim<InequalityClaim<SignUpdateInstance>>({
  id: "seedfinal/sign-update-step-lemma-signed-a",
  kind: "inequality",
  title: "Sign Update Step Lemma as printed, with a diagonal A of any sign",
  source,
  hypotheses: hypotheses(true),
  tightness: "upper",
  instances: instances(true),
  parameters: parameters(true),
  degenerate: noMove,
  check: (i) => signUpdateSides(i, false),
  classify: (i) => `${i.fn.family}${Array.from(i.a).some((v) => v < 0) ? ", some a_i < 0" : ", a ≥ 0"}`,
  expected: {
    verdict: "violated",
    reason: "with a_i < 0 the step x − γA·sign(m) moves uphill in that coordinate while the bound still subtracts γ|a_i||∇f_i|",
  },
});

export const signUpdateStepLemmaCorrected = defineClaim<InequalityClaim<SignUpdateInstance>>({
  id: "seedfinal/sign-update-step-lemma-corrected",
  kind: "inequality",
  title: "Sign Update Step Lemma corrected: curvature factor L0 + L1‖∇f(x)‖₂, a_i ≥ 0",
  source,
  hypotheses: hypotheses(false),
  tightness: "upper",
  instances: instances(false),
  parameters: parameters(false),
  degenerate: noMove,
  check: (i) => signUpdateSides(i, true),
  classify: (i) => `${i.fn.family}${Array.from(i.a).some((v) => v < 1) ? ", some a_i < 1" : ", A = I"}`,
  expected: { verdict: "holds", reason: "Lemma 1 (2) with ‖x' − x‖ ≤ γ‖A‖_F, and ⟨∇f, A(sign ∇f − sign m)⟩ ≤ 2Σa_i|ε_i| ≤ 2‖A‖_F‖ε‖₂ for a_i ≥ 0" },
});
