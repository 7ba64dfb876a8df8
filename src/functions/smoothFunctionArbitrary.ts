/**
 * fast-check arbitrary of random (L0,L1)-smooth functions with known constants, as plain specs
 * (`FunctionSpec`, rebuilt by `functionFromSpec`): leaves are the families of review §4 that satisfy
 * Assumption 1, inner nodes the closure rules R1–R4, so every drawn function carries a proved pair.
 * Shrinking goes toward simpler functions (the first leaf, Σcosh in 1-D; fewer combinators) and
 * smaller dimensions. Entries of vectors and matrices are bounded so that values stay finite on the
 * points the claims draw (|x_i| ≤ 4).
 */
import fc from "fast-check";
import { InputError } from "../core/errors.ts";
import { singularValueRange } from "./combinators.ts";
import { specDim, type FunctionSpec } from "./functionFromSpec.ts";

export interface SmoothFunctionArbitraryOptions {
  /** Largest dimension of a leaf (default 3). */
  readonly maxLeafDim?: number;
  /** Largest dimension of the whole function (default 6). */
  readonly maxDim?: number;
  /** Nesting depth of combinators (default 2; 0 gives leaves only). */
  readonly maxDepth?: number;
}

/**
 * Conditioning floor of random affine maps: σ_min/‖M‖ ≥ 1/5 keeps the derived L1 = ‖M‖²L1/σ_min
 * within 5‖M‖L1, so e^{L1·r} in Lemma 1 stays representable for the distances the claims draw.
 */
const MIN_CONDITION = 0.2;

const entry = (bound: number) => fc.double({ min: -bound, max: bound, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const nonZeroVector = (len: fc.Arbitrary<number>, bound: number) =>
  len.chain((n) => fc.array(entry(bound), { minLength: n, maxLength: n })).filter((a) => a.some((v) => Math.abs(v) >= 1e-3));

function leaves(maxLeafDim: number): fc.Arbitrary<FunctionSpec> {
  const dim = fc.integer({ min: 1, max: maxLeafDim });
  return fc.oneof(
    dim.map((d) => ({ family: "coshSum", d }) as const),
    fc.record({ p: fc.constantFrom(4, 3, 2), d: dim }).map(({ p, d }) => ({ family: "powerNorm", p, d }) as const),
    nonZeroVector(dim, 1.5).map((a) => ({ family: "exp", a }) as const),
    fc.record({ a: nonZeroVector(dim, 3), y: fc.constantFrom(1, -1) }).map(({ a, y }) => ({ family: "logistic", a, y }) as const),
    dim.map((d) => ({ family: "doubleWell", d }) as const),
    dim.map((d) => ({ family: "logCoshSum", d }) as const),
    fc
      .record({ a: nonZeroVector(fc.integer({ min: 1, max: Math.max(1, Math.floor(maxLeafDim / 2)) }), 2), K: fc.integer({ min: 2, max: 3 }) })
      .chain(({ a, K }) => fc.integer({ min: 0, max: K - 1 }).map((y) => ({ family: "softmaxCE", a, y, K }) as const)),
  );
}

function affineOver(inner: FunctionSpec, maxDim: number): fc.Arbitrary<FunctionSpec> {
  const m = specDim(inner);
  return fc
    .integer({ min: m, max: Math.max(m, Math.min(maxDim, m + 1)) })
    .chain((d) =>
      fc.record({
        M: fc.array(fc.array(entry(1.5), { minLength: d, maxLength: d }), { minLength: m, maxLength: m }),
        b: fc.array(entry(1), { minLength: m, maxLength: m }),
      }),
    )
    .filter(({ M }) => {
      const { max, min } = singularValueRange(M);
      return max > 0 && min >= MIN_CONDITION * max;
    })
    .map(({ M, b }) => ({ family: "affine", M, b, inner }) as const);
}

export function smoothFunctionArbitrary(options: SmoothFunctionArbitraryOptions = {}): fc.Arbitrary<FunctionSpec> {
  const { maxLeafDim = 3, maxDim = 6, maxDepth = 2 } = options;
  if (!Number.isInteger(maxLeafDim) || maxLeafDim < 1) throw new InputError("maxLeafDim", maxLeafDim, "an integer ≥ 1");
  if (!Number.isInteger(maxDim) || maxDim < maxLeafDim) throw new InputError("maxDim", maxDim, `an integer ≥ maxLeafDim = ${maxLeafDim}`);
  if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new InputError("maxDepth", maxDepth, "an integer ≥ 0");
  const leaf = leaves(maxLeafDim);
  const build = (depth: number): fc.Arbitrary<FunctionSpec> => {
    if (depth === 0) return leaf;
    const sub = build(depth - 1);
    return fc
      .oneof(
        { weight: 3, arbitrary: leaf },
        { weight: 1, arbitrary: fc.record({ c: fc.double({ min: 0.1, max: 10, noNaN: true }), inner: sub }).map(({ c, inner }) => ({ family: "scaled", c, inner }) as const) },
        { weight: 1, arbitrary: sub.chain((inner) => affineOver(inner, maxDim)) },
        { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((blocks) => ({ family: "sum", blocks }) as const) },
        { weight: 1, arbitrary: sub.map((f) => ({ family: "plusBoundedGradient", f, g: { family: "logCoshSum", d: specDim(f) } }) as const) },
      )
      .filter((s) => specDim(s) <= maxDim);
  };
  return build(maxDepth);
}
