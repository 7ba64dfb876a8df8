/**
 * Shared instances and checks of the four Lemma 1 claims (seed, §4, Lemma 1, (1) and (2), and the
 * sharp forms of review §1.2): a random (L0,L1)-smooth function with a proved pair (families of review
 * §4 composed by the closure rules), and two points x, y = x + 10^s·v (near and far pairs). Each
 * claim compares the two sides with the function's declared pair; the right side includes the
 * proven round-off allowance of the left side (see `smoothnessSides`).
 */
import fc from "fast-check";
import { functionFromSpec, smoothFunctionArbitrary, smoothnessSides, specDim, type FunctionSpec, type SmoothnessForm } from "signcheck";

export interface Lemma1Instance {
  readonly fn: FunctionSpec;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** Points in [−3, 3]^d: values and e^{L1·r} stay finite for the random functions' constants. */
const RADIUS = 3;

const coords = (d: number) => fc.array(fc.double({ min: -RADIUS, max: RADIUS, noNaN: true }), { minLength: d, maxLength: d });

export const lemma1Instances: fc.Arbitrary<Lemma1Instance> = smoothFunctionArbitrary().chain((fn) => {
  const d = specDim(fn);
  return fc.record({ x: coords(d), v: coords(d), s: fc.double({ min: -4, max: 0, noNaN: true }) }).map(({ x, v, s }) => ({
    fn,
    x: Float64Array.from(x),
    y: Float64Array.from(x, (xi, i) => xi + 10 ** s * v[i]),
  }));
});

export function lemma1Check(form: SmoothnessForm) {
  return ({ fn, x, y }: Lemma1Instance) => {
    const f = functionFromSpec(fn);
    const s = smoothnessSides(f, f.smoothness, form, x, y);
    return { lhs: s.lhs, rhs: s.rhs + s.roundoff };
  };
}

export const lemma1Classify = ({ fn }: Lemma1Instance) => fn.family;

export const lemma1Hypotheses = [
  "f satisfies Assumption 2 in the sup form (review §1.1 reading (d)) with the declared (L0, L1)",
  "f drawn from exp(aᵀx), logistic, ‖x‖^p/p, Σcosh, double well, Σ log cosh, softmax CE, closed under scaling, full-row-rank affine maps, separable sums and + (L-smooth, bounded gradient)",
  "x ∈ [−3, 3]^d, y = x + 10^s·v with v ∈ [−3, 3]^d, s ∈ [−4, 0]",
];
