/**
 * Shared instances and checks of the four Lemma 1 claims (seed, §4, Lemma 1, (1) and (2), and the
 * sharp forms of docs/seed-errata.md, background): a random (L0,L1)-smooth function with a proved pair
 * (the function families of docs/seed-errata.md, background, composed by the closure rules), a point x and a second point y = x + 10^s·v. Coordinates are
 * sign × log-uniform magnitudes (x: 0 one time in five, else |x_i| ∈ [3e-6, 3]; v: |v_i| ∈ [1e-3, 3],
 * never 0, so y ≠ x) and s is uniform on [−4, 0] (near and far pairs): every decade of both ranges is
 * reached, and x = y happens only when 10^s·v rounds away against x (counted as degenerate). Each claim
 * compares the two sides with the function's declared pair; the right side includes the proven
 * round-off allowance of the left side (see `smoothnessSides`). The worst-case search moves x, v and s.
 */
import fc from "fast-check";
import {
  arb,
  functionFromSpec,
  param,
  smoothFunctionArbitrary,
  smoothnessSides,
  specDim,
  type FunctionSpec,
  type Parameter,
  type SmoothnessForm,
} from "signcheck";

export interface Lemma1Instance {
  readonly fn: FunctionSpec;
  readonly x: Float64Array;
  readonly v: Float64Array;
  /** y = x + 10^s·v. */
  readonly s: number;
}

/** Points in [−3, 3]^d: values and e^{L1·r} stay finite for the random functions' constants. */
const RADIUS = 3;
/** |v_i| ≥ 1e-3·RADIUS: y − x is never 0 coordinatewise through v alone. */
const SMALLEST_DIRECTION = 1e-3;
/** s on a grid of 4000 steps over [−4, 0]: uniform, both ends included. */
const S_STEPS = 4000;

const direction = (d: number) =>
  fc
    .array(
      fc.tuple(fc.boolean(), arb.logUniform(SMALLEST_DIRECTION * RADIUS, RADIUS)).map(([neg, m]) => (neg ? -m : m)),
      { minLength: d, maxLength: d },
    )
    .map((v) => Float64Array.from(v));

export const lemma1Instances: fc.Arbitrary<Lemma1Instance> = smoothFunctionArbitrary().chain((fn) => {
  const d = specDim(fn);
  return fc.record({
    fn: fc.constant(fn),
    x: arb.startingPoint(d, RADIUS),
    v: direction(d),
    s: fc.integer({ min: 0, max: S_STEPS }).map((k) => (-4 * k) / S_STEPS),
  });
});

export const pointsOf = ({ x, v, s }: Lemma1Instance) => ({ x, y: Float64Array.from(x, (xi, i) => xi + 10 ** s * v[i]) });

export function lemma1Check(form: SmoothnessForm) {
  return (i: Lemma1Instance) => {
    const f = functionFromSpec(i.fn);
    const { x, y } = pointsOf(i);
    const sides = smoothnessSides(f, f.smoothness, form, x, y);
    return { lhs: sides.lhs, rhs: sides.rhs + sides.roundoff };
  };
}

export const lemma1Classify = ({ fn }: Lemma1Instance) => fn.family;

export const lemma1Degenerate = (i: Lemma1Instance) => {
  const { x, y } = pointsOf(i);
  return x.every((xi, k) => xi === y[k]) ? "x = y after rounding (10^s·v below x's ulp)" : undefined;
};

const clampCoordinates = (v: number[], lo: number) => Float64Array.from(v, (t) => (t === 0 ? 0 : Math.sign(t) * Math.min(RADIUS, Math.max(lo, Math.abs(t)))));

export const lemma1Parameters: Parameter<Lemma1Instance>[] = [
  param.log("|x_i|", [1e-6 * RADIUS, RADIUS], (i) => i.x, { write: (i, v) => ({ ...i, x: clampCoordinates(v as number[], 1e-6 * RADIUS) }) }),
  param.log("|v_i|", [SMALLEST_DIRECTION * RADIUS, RADIUS], (i) => i.v, {
    write: (i, v) => ({ ...i, v: clampCoordinates(v as number[], SMALLEST_DIRECTION * RADIUS) }),
  }),
  param.linear("s (y = x + 10^s·v)", [-4, 0], (i) => i.s, {
    write: (i, s) => ({ ...i, s: s as number }),
    boundaries: [param.at("s = 0 (far pair)", 0), param.at("s = −4 (near pair)", -4)],
  }),
  param.integer("d", [1, 6], (i) => i.x.length),
  param.categorical(
    "family",
    ["coshSum", "powerNorm", "exp", "logistic", "doubleWell", "logCoshSum", "softmaxCE", "polynomial1d", "scaled", "affine", "sum", "plusBoundedGradient"],
    (i) => i.fn.family,
  ),
];

export const lemma1Hypotheses = [
  "f satisfies Assumption 2 in the sup form (docs/seed-errata.md, background: Assumption 2's readings, the sup form) with the declared (L0, L1)",
  "f drawn from exp(aᵀx), logistic, ‖x‖^p/p, Σcosh, double well, Σ log cosh, softmax CE, closed under scaling, full-row-rank affine maps, separable sums and + (L-smooth, bounded gradient)",
  "x_i = 0 or ±|x_i| with |x_i| ∈ [3e-6, 3] log-uniform; y = x + 10^s·v with |v_i| ∈ [3e-3, 3] log-uniform, s ∈ [−4, 0] uniform",
];
