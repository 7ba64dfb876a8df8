/**
 * fast-check arbitrary of random (L0,L1)-smooth functions with known constants, as plain specs
 * (`FunctionSpec`, rebuilt by `functionFromSpec`): leaves are the families of docs/seed-errata.md, background: function families that satisfy
 * Assumption 1, inner nodes the closure rules R1–R4, so every drawn function carries a proved pair.
 * Shrinking goes toward simpler functions (the first leaf, Σcosh in 1-D; fewer combinators) and
 * smaller dimensions. Entries of vectors and matrices are bounded so that values stay finite on the
 * points the claims draw (|x_i| ≤ 4). Every numeric parameter is drawn from a declared range
 * (SMOOTH_FUNCTION_PARAMETERS: sign × log-uniform magnitude, boundary values and 0 included, see
 * core/parameterRange.ts), and `smoothFunctionParameterValues` reads them back from a spec for
 * coverage. Families whose declared L1 is 0 are drawn too: Σ log cosh, ‖x‖²/2, quadratics declared
 * with L1 = 0, and their scaled and affine forms.
 */
import fc from "fast-check";
import { InputError } from "../core/errors.ts";
import { rangeArbitrary, type ParameterRange } from "../core/parameterRange.ts";
import { specDim, type FunctionSpec } from "./functionFromSpec.ts";

/** Options of `smoothFunctionArbitrary`: dimensions and families to draw from. */
export interface SmoothFunctionArbitraryOptions {
  /** Largest dimension of a leaf (default 3). */
  readonly maxLeafDim?: number;
  /** Largest dimension of the whole function (default 6). */
  readonly maxDim?: number;
  /** Nesting depth of combinators (default 2; 0 gives leaves only). */
  readonly maxDepth?: number;
}

/**
 * Random maps are M = c·[I + E | B] (m×m block plus d − m extra columns) with |E_ij| ≤ 0.2/m, E_ii = 0
 * (so that c = M_00 and every drawn entry can be read back from M for coverage), and
 * |B_ij| ≤ 0.5/√(m·(d − m)): ‖E‖ ≤ ‖E‖_F ≤ 0.2 and ‖B‖ ≤ ‖B‖_F ≤ 0.5, so σ_min(M) ≥ 0.8c and
 * ‖M‖ ≤ 1.7c. The derived L1 = ‖M‖²L1/σ_min stays within 3.7c·L1, and no filter is needed (a filter
 * inside a chained arbitrary can make shrinking search without end). Scale c ∈ [0.3, 1.5].
 */
const E_BOUND = 0.2;
const B_BOUND = 0.5;

const range = (name: string, min: number, max: number, signs: ParameterRange["signs"], zero: boolean, note: string): ParameterRange => ({
  name,
  min,
  max,
  scale: "log",
  signs,
  zero,
  note,
});

/** The declared ranges of every numeric parameter the arbitrary draws (magnitudes; log-uniform). */
export const SMOOTH_FUNCTION_PARAMETERS = {
  expA: range("exp.a[i]", 1e-3, 1.5, "both", true, "|a_i| ≤ 1.5 keeps e^{aᵀx} ≤ e^{18} for |x_i| ≤ 4, d ≤ 3; one entry ≥ 1e-3 (a ≠ 0)"),
  logisticA: range("logistic.a[i]", 1e-3, 3, "both", true, "|a_i| ≤ 3: the loss stays O(|aᵀx|) ≤ 36 on |x_i| ≤ 4; one entry ≥ 1e-3"),
  softmaxA: range("softmaxCE.a[i]", 1e-3, 2, "both", true, "|a_i| ≤ 2 (a feature vector of one sample); one entry ≥ 1e-3"),
  polyLower: range("polynomial1d.c[k], k < degree", 1e-3, 2, "both", true, "lower coefficients of a degree-2 or degree-4 polynomial"),
  polyLead: range("polynomial1d.c[degree]", 0.1, 2, "positive", false, "leading coefficient ≥ 0.1 > 0: bounded below"),
  polyL1: range("polynomial1d.L1", 0.5, 3, "positive", true, "the requested L1; 0 (L-smooth) only for degree 2"),
  scaledC: range("scaled.c", 0.1, 10, "positive", false, "R1 scale factor c > 0"),
  affineC: range("affine.c", 0.3, 1.5, "positive", false, "M = c·[I + E | B]: σ_min(M) ≥ 0.8c, ‖M‖ ≤ 1.7c"),
  affineE: range("affine.E[i][j] ÷ (0.2/m), i ≠ j", 1e-3, 1, "both", true, "|E_ij| ≤ 0.2/m so ‖E‖ ≤ 0.2 and M keeps full row rank"),
  affineB: range("affine.B[i][j] ÷ (0.5/√(m(d−m)))", 1e-3, 1, "both", true, "|B_ij| ≤ 0.5/√(m(d−m)) so ‖B‖ ≤ 0.5"),
  affineShift: range("affine.b[i]", 1e-3, 1, "both", true, "the shift b of x ↦ Mx + b"),
} as const satisfies Record<string, ParameterRange>;
const P = SMOOTH_FUNCTION_PARAMETERS;

const draw = (r: ParameterRange, bound = 1) => rangeArbitrary(r).map((v) => v * bound);
/** Vectors with at least one entry of size ≥ the range's min (a zero vector makes the family degenerate): mapped, not filtered. */
const nonZeroVector = (len: fc.Arbitrary<number>, r: ParameterRange) =>
  len.chain((n) => fc.array(draw(r), { minLength: n, maxLength: n })).map((a) => (a.some((v) => Math.abs(v) >= r.min) ? a : [r.max / 2, ...a.slice(1)]));

function leaves(maxLeafDim: number): fc.Arbitrary<FunctionSpec> {
  const dim = fc.integer({ min: 1, max: maxLeafDim });
  return fc.oneof(
    dim.map((d) => ({ family: "coshSum", d }) as const),
    fc.record({ p: fc.constantFrom(4, 3, 2), d: dim }).map(({ p, d }) => ({ family: "powerNorm", p, d }) as const),
    nonZeroVector(dim, P.expA).map((a) => ({ family: "exp", a }) as const),
    fc.record({ a: nonZeroVector(dim, P.logisticA), y: fc.constantFrom(1, -1) }).map(({ a, y }) => ({ family: "logistic", a, y }) as const),
    dim.map((d) => ({ family: "doubleWell", d }) as const),
    dim.map((d) => ({ family: "logCoshSum", d }) as const),
    // The softmax leaf has dimension a.length·K: a.length ≤ ⌊maxLeafDim/2⌋ and K ≤ ⌊maxLeafDim/a.length⌋ keep it ≤ maxLeafDim.
    ...(maxLeafDim >= 2
      ? [
          nonZeroVector(fc.integer({ min: 1, max: Math.floor(maxLeafDim / 2) }), P.softmaxA)
            .chain((a) => fc.integer({ min: 2, max: Math.min(3, Math.floor(maxLeafDim / a.length)) }).map((K) => ({ a, K })))
            .chain(({ a, K }) => fc.integer({ min: 0, max: K - 1 }).map((y) => ({ family: "softmaxCE", a, y, K }) as const)),
        ]
      : []),
    // Even degree 2 or 4 with a positive leading coefficient (bounded below); L1 = 0 only for degree 2 (an L-smooth quadratic).
    fc
      .record({ degree: fc.constantFrom(2, 4), lower: fc.array(draw(P.polyLower), { minLength: 4, maxLength: 4 }), lead: draw(P.polyLead), L1: draw(P.polyL1) })
      .map(
        ({ degree, lower, lead, L1 }) =>
          ({
            family: "polynomial1d",
            coefficients: [...lower.slice(0, degree), lead],
            L1: degree === 2 ? L1 : L1 === 0 ? P.polyL1.min : L1,
          }) as const,
      ),
  );
}

function affineOver(inner: FunctionSpec, maxDim: number): fc.Arbitrary<FunctionSpec> {
  const m = specDim(inner);
  const d = Math.min(maxDim, m + 1);
  const extra = d - m;
  return fc
    .record({
      c: draw(P.affineC),
      E: fc.array(draw(P.affineE, E_BOUND / m), { minLength: m * m, maxLength: m * m }).map((e) => e.map((v, k) => (k % (m + 1) === 0 ? 0 : v))),
      B: fc.array(draw(P.affineB, extra > 0 ? B_BOUND / Math.sqrt(m * extra) : 0), { minLength: m * extra, maxLength: m * extra }),
      b: fc.array(draw(P.affineShift), { minLength: m, maxLength: m }),
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

/** A fast-check arbitrary of random (L0,L1)-smooth functions (as specs) over their declared parameter ranges. */
export function smoothFunctionArbitrary(options: SmoothFunctionArbitraryOptions = {}): fc.Arbitrary<FunctionSpec> {
  const { maxLeafDim = 3, maxDim = 6, maxDepth = 2 } = options;
  if (!Number.isInteger(maxLeafDim) || maxLeafDim < 1) throw new InputError("maxLeafDim", maxLeafDim, "an integer ≥ 1");
  if (!Number.isInteger(maxDim) || maxDim < maxLeafDim) throw new InputError("maxDim", maxDim, `an integer ≥ maxLeafDim = ${maxLeafDim}`);
  if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new InputError("maxDepth", maxDepth, "an integer ≥ 0");
  const leaf = leaves(maxLeafDim);
  const build = (depth: number): fc.Arbitrary<FunctionSpec> => {
    if (depth === 0) return leaf;
    const sub = build(depth - 1);
    return fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.record({ c: draw(P.scaledC), inner: sub }).map(({ c, inner }) => ({ family: "scaled", c, inner }) as const) },
      { weight: 1, arbitrary: sub.chain((inner) => affineOver(inner, maxDim)) },
      { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((blocks) => ({ family: "sum", blocks: withinDim(blocks, maxDim) }) as const) },
      { weight: 1, arbitrary: sub.map((f) => ({ family: "plusBoundedGradient", f, g: { family: "logCoshSum", d: specDim(f) } }) as const) },
    );
  };
  return build(maxDepth);
}

/**
 * The values of every declared parameter in a spec, keyed by the range's name (for coverage): the
 * inverse of the draws above (E and B entries divided by their bounds).
 */
export function smoothFunctionParameterValues(spec: FunctionSpec): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const push = (r: ParameterRange, ...v: number[]): void => void (out[r.name] ??= []).push(...v);
  const walk = (f: FunctionSpec): void => {
    switch (f.family) {
      case "exp":
        return push(P.expA, ...f.a);
      case "logistic":
        return push(P.logisticA, ...f.a);
      case "softmaxCE":
        return push(P.softmaxA, ...f.a);
      case "polynomial1d":
        push(P.polyLower, ...f.coefficients.slice(0, -1));
        push(P.polyLead, f.coefficients[f.coefficients.length - 1]);
        return push(P.polyL1, f.L1);
      case "scaled":
        push(P.scaledC, f.c);
        return walk(f.inner);
      case "affine": {
        // M = c·[I + E | B] with E's diagonal 0: c = M_00, E_ij = M_ij/c (i ≠ j), B_ij = M_{i,m+j}/c.
        const m = f.M.length;
        const extra = f.M[0].length - m;
        const c = f.M[0][0];
        push(P.affineC, c);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < m; j++) if (i !== j) push(P.affineE, f.M[i][j] / c / (E_BOUND / m));
          for (let j = 0; j < extra; j++) push(P.affineB, f.M[i][m + j] / c / (B_BOUND / Math.sqrt(m * extra)));
        }
        if (f.b) push(P.affineShift, ...f.b);
        return walk(f.inner);
      }
      case "sum":
        return f.blocks.forEach(walk);
      case "plusBoundedGradient":
        walk(f.f);
        return walk(f.g);
      default:
        return;
    }
  };
  walk(spec);
  return out;
}
