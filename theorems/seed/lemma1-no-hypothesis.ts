/**
 * seed/lemma1-no-hypothesis — the seed's Lemma 1 as printed states (1) for "Function f : R^d → R" with
 * no hypothesis at all (the body says "is asymmetrically (L0, L1)-smooth", the title "Symmetric"):
 *   ‖∇f(x) − ∇f(y)‖₂ ≤ (L0 + L1‖∇f(y)‖₂)·exp(L1‖x − y‖₂)·‖x − y‖₂.
 * Read literally it claims (1) for every smooth f and the constants at hand, which is false; it holds
 * under Assumption 2 in its sup form (seed/lemma1-eq1). Checked on smooth functions that satisfy the
 * sup form for NO constants — x₁²x₂², exp(x²), exp(eˣ) — with constants (L0, L1) ∈ [0.1, 10]² and
 * point pairs x, y = x + 10^s·v in [−2, 2]^d (docs/seed-errata.md, E11).
 */
import fc from "fast-check";
import { arb, defineClaim, param, smoothnessSides, symmetricNorm, type InequalityClaim, type SmoothFunction } from "signcheck";
import { clamp, logParameter } from "./proof41.ts";

/**
 * Smooth on R^d, but ‖∇²f‖/(1 + ‖∇f‖) is unbounded: no (L0, L1) pair fits. Closed forms (value,
 * gradient, Hessian norm), so the check needs no symbolic differentiation.
 */
function outside(
  name: string,
  dim: number,
  fStar: number,
  fStarAttained: boolean,
  value: (x: Float64Array) => number,
  grad: (x: Float64Array) => number[],
  hess: (x: Float64Array) => number,
): SmoothFunction {
  return {
    name,
    dim,
    spec: { family: "expression", expression: name },
    value,
    gradient: (x, out = new Float64Array(dim)) => {
      out.set(grad(x));
      return out;
    },
    hessianNorm: hess,
    fStar,
    fStarAttained,
    convex: false,
    smoothness: { L0: Infinity, L1: Infinity, proof: "no finite pair: ‖∇²f‖/(1 + ‖∇f‖) is unbounded" },
  };
}

const OUTSIDE_THE_CLASS: readonly SmoothFunction[] = [
  outside(
    "x1^2 * x2^2",
    2,
    0,
    true,
    ([a, b]) => a * a * b * b,
    ([a, b]) => [2 * a * b * b, 2 * a * a * b],
    ([a, b]) => symmetricNorm(Float64Array.of(2 * b * b, 4 * a * b, 4 * a * b, 2 * a * a), 2),
  ),
  outside(
    "exp(x1^2)",
    1,
    1,
    true,
    ([a]) => Math.exp(a * a),
    ([a]) => [2 * a * Math.exp(a * a)],
    ([a]) => (2 + 4 * a * a) * Math.exp(a * a),
  ),
  outside(
    "exp(exp(x1))",
    1,
    1,
    false,
    ([a]) => Math.exp(Math.exp(a)),
    ([a]) => [Math.exp(a + Math.exp(a))],
    ([a]) => Math.exp(a + Math.exp(a)) * (1 + Math.exp(a)),
  ),
];

export interface NoHypothesisInstance {
  readonly fn: number;
  readonly L0: number;
  readonly L1: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

const coords = (d: number) =>
  fc.array(
    fc.tuple(fc.boolean(), arb.logUniform(1e-3, 2)).map(([n, m]) => (n ? -m : m)),
    { minLength: d, maxLength: d },
  );

const instances: fc.Arbitrary<NoHypothesisInstance> = fc.integer({ min: 0, max: OUTSIDE_THE_CLASS.length - 1 }).chain((fn) => {
  const d = OUTSIDE_THE_CLASS[fn].dim;
  return fc
    .record({ L0: arb.logUniform(0.1, 10), L1: arb.logUniform(0.1, 10), x: coords(d), v: coords(d), s: arb.logUniform(1e-4, 1) })
    .map(({ x, v, s, ...r }) => ({ ...r, fn, x: Float64Array.from(x), y: Float64Array.from(x, (xi, i) => xi + s * v[i]) }));
});

export const lemma1NoHypothesis = defineClaim<InequalityClaim<NoHypothesisInstance>>({
  id: "seed/lemma1-no-hypothesis",
  kind: "inequality",
  title: "Lemma 1 (1) as printed, without a hypothesis on f: every smooth f satisfies it",
  source: {
    paper: "seed",
    item: "Lemma 1",
    equation: "(1)",
    quote: String.raw`Function  $f : \mathbb{R}^d \to \mathbb{R}$  is asymmetrically  $(L_0, L_1)$ -smooth, i.e., for all  $x, y \in \mathbb{R}^d$ , it holds`,
  },
  hypotheses: [
    "none on f (as printed): f ∈ {x₁²x₂², exp(x²), exp(eˣ)}, smooth but in no (L0, L1) class",
    "(L0, L1) ∈ [0.1, 10]²; x ∈ [−2, 2]^d (coordinates ±[1e-3, 2]), y = x + s·v, s ∈ [1e-4, 1]",
  ],
  tightness: "upper",
  instances,
  check: ({ fn, L0, L1, x, y }) => {
    const s = smoothnessSides(OUTSIDE_THE_CLASS[fn], { L0, L1 }, "eq1", x, y);
    return { lhs: s.lhs, rhs: s.rhs + s.roundoff };
  },
  parameters: [
    logParameter(
      "L0",
      [0.1, 10],
      (i) => i.L0,
      (i, L0) => ({ ...i, L0 }),
    ),
    logParameter(
      "L1",
      [0.1, 10],
      (i) => i.L1,
      (i, L1) => ({ ...i, L1 }),
    ),
    // x moves with y − x kept (the pair's offset s·v is part of the draw); coordinates clamped to ±[1e-3, 2].
    param.log("|x_i|", [1e-3, 2], (i) => i.x, {
      write: (i, v) => {
        const x = Float64Array.from(v as number[], (t) => Math.sign(t) * clamp(Math.abs(t), 1e-3, 2));
        return { ...i, x, y: Float64Array.from(x, (xi, k) => xi + (i.y[k] - i.x[k])) };
      },
    }),
    param.categorical(
      "f",
      OUTSIDE_THE_CLASS.map((f) => f.name),
      (i) => OUTSIDE_THE_CLASS[i.fn].name,
    ),
  ],
  classify: ({ fn }) => OUTSIDE_THE_CLASS[fn].name,
  expected: {
    verdict: "violated",
    reason: "the Hessian of these functions outgrows L0 + L1‖∇f‖ (x₁²x₂² at (0, t): ∇f = 0, ‖∇²f‖ = 2t²), so (1) fails for any constants",
  },
});
