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
 * Random maps are M = c·[I + E | B] (m×m block plus d − m extra columns) with |E_ij| ≤ 0.2/m and
 * |B_ij| ≤ 0.5/√(m·(d − m)): ‖E‖ ≤ ‖E‖_F ≤ 0.2 and ‖B‖ ≤ ‖B‖_F ≤ 0.5, so σ_min(M) ≥ 0.8c and
 * ‖M‖ ≤ 1.7c. The derived L1 = ‖M‖²L1/σ_min stays within 3.7c·L1, and no filter is needed (a filter
 * inside a chained arbitrary can make shrinking search without end). Scale c ∈ [0.3, 1.5].
 */
const E_BOUND = 0.2;
const B_BOUND = 0.5;

const entry = (bound: number) => fc.double({ min: -bound, max: bound, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
/** Vectors with at least one entry of size ≥ 1e-3 (a zero vector makes the family degenerate): mapped, not filtered. */
const nonZeroVector = (len: fc.Arbitrary<number>, bound: number) =>
  len.chain((n) => fc.array(entry(bound), { minLength: n, maxLength: n })).map((a) => (a.some((v) => Math.abs(v) >= 1e-3) ? a : [bound / 2, ...a.slice(1)]));

function leaves(maxLeafDim: number): fc.Arbitrary<FunctionSpec> {
  const dim = fc.integer({ min: 1, max: maxLeafDim });
  return fc.oneof(
    dim.map((d) => ({ family: "coshSum", d }) as const),
    fc.record({ p: fc.constantFrom(4, 3, 2), d: dim }).map(({ p, d }) => ({ family: "powerNorm", p, d }) as const),
    nonZeroVector(dim, 1.5).map((a) => ({ family: "exp", a }) as const),
    fc.record({ a: nonZeroVector(dim, 3), y: fc.constantFrom(1, -1) }).map(({ a, y }) => ({ family: "logistic", a, y }) as const),
    dim.map((d) => ({ family: "doubleWell", d }) as const),
    dim.map((d) => ({ family: "logCoshSum", d }) as const),
    // The softmax leaf has dimension a.length·K: a.length ≤ ⌊maxLeafDim/2⌋ and K ≤ ⌊maxLeafDim/a.length⌋ keep it ≤ maxLeafDim.
    ...(maxLeafDim >= 2
      ? [
          nonZeroVector(fc.integer({ min: 1, max: Math.floor(maxLeafDim / 2) }), 2)
            .chain((a) => fc.integer({ min: 2, max: Math.min(3, Math.floor(maxLeafDim / a.length)) }).map((K) => ({ a, K })))
            .chain(({ a, K }) => fc.integer({ min: 0, max: K - 1 }).map((y) => ({ family: "softmaxCE", a, y, K }) as const)),
        ]
      : []),
    // Even degree 2 or 4 with a positive leading coefficient (bounded below); leading coefficient ≥ 0.1 by mapping.
    fc
      .record({ lower: fc.array(entry(2), { minLength: 2, maxLength: 4 }), lead: fc.double({ min: 0.1, max: 2, noNaN: true }), L1: fc.double({ min: 0.5, max: 3, noNaN: true }) })
      .map(({ lower, lead, L1 }) => ({ family: "polynomial1d", coefficients: [...lower.slice(0, lower.length >= 4 ? 4 : 2), lead], L1 }) as const),
  );
}

function affineOver(inner: FunctionSpec, maxDim: number): fc.Arbitrary<FunctionSpec> {
  const m = specDim(inner);
  const d = Math.min(maxDim, m + 1);
  const extra = d - m;
  return fc
    .record({
      c: fc.double({ min: 0.3, max: 1.5, noNaN: true }),
      E: fc.array(entry(E_BOUND / m), { minLength: m * m, maxLength: m * m }),
      B: fc.array(entry(extra > 0 ? B_BOUND / Math.sqrt(m * extra) : 0), { minLength: m * extra, maxLength: m * extra }),
      b: fc.array(entry(1), { minLength: m, maxLength: m }),
    })
    .map(({ c, E, B, b }) => {
      const M = Array.from({ length: m }, (_, i) => [
        ...Array.from({ length: m }, (_, j) => c * ((i === j ? 1 : 0) + E[i * m + j])),
        ...Array.from({ length: extra }, (_, j) => c * B[i * extra + j]),
      ]);
      return { family: "affine", M, b, inner } as const;
    });
}

/** The leading blocks whose dimensions add up to at most maxDim (the first one always kept). */
function withinDim(blocks: FunctionSpec[], maxDim: number): FunctionSpec[] {
  let total = 0;
  return blocks.filter((b, i) => {
    total += specDim(b);
    return i === 0 || total <= maxDim;
  });
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
        { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((blocks) => ({ family: "sum", blocks: withinDim(blocks, maxDim) }) as const) },
        { weight: 1, arbitrary: sub.map((f) => ({ family: "plusBoundedGradient", f, g: { family: "logCoshSum", d: specDim(f) } }) as const) },
      );
  };
  return build(maxDepth);
}
