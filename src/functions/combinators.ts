/**
 * Closure rules of (L0,L1)-smoothness as combinators with derived constants (docs/seed-errata.md, background: function families):
 *   R1 scaled(c, f) = c·f, c > 0: (c·L0, L1);
 *   R2 affineMap(f, M, b) = f(Mx + b) with M of full row rank: (‖M‖²L0, ‖M‖²L1/σ_min(M)) —
 *      ‖∇²g‖ ≤ ‖M‖²(L0 + L1‖∇f‖) and ‖∇f‖ ≤ ‖Mᵀ∇f‖/σ_min(M); rank one (M = aᵀ) gives (‖a‖²L0, ‖a‖L1).
 *      A non-surjective map is refused: e^u + e^{−v} is (0, 1) but on u = v = t it is 2cosh t, which
 *      needs L0 ≥ 2;
 *   R3 separableSum(f_1, …, f_k) on consecutive blocks: (max L0_i, max L1_i), since ‖∇f_i‖ ≤ ‖∇f‖;
 *   R4 plusBoundedGradient(f, g, G) with g L_g-smooth (L1 = 0) and ‖∇g‖ ≤ G: (L0 + L_g + L1·G, L1),
 *      since ‖∇f‖ ≤ ‖∇(f + g)‖ + G. General sums are not closed (the two-sample logistic).
 * Hessian norms of R2 and R4 are exact (from Hessian-vector products), not the bounds above.
 */
import { InputError } from "../core/errors.ts";
import { RANK_RTOL, SIGMA_MIN_RTOL } from "../core/tolerance.ts";
import { requireFiniteVector, requireNonNegative, requirePositive } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import { hessianNormFromProducts, symmetricEigenvalues } from "./symmetricEigen.ts";
import type { SmoothFunction } from "./types.ts";

function requireHv(name: string, f: SmoothFunction): NonNullable<SmoothFunction["hessianVector"]> {
  if (!f.hessianVector) throw new InputError(name, f.name, "a function with hessianVector (needed for an exact Hessian norm)");
  return f.hessianVector.bind(f);
}

/** R1: c·f, c > 0. */
export function scaled(c: number, f: SmoothFunction): SmoothFunction {
  requirePositive("c", c);
  const hv = f.hessianVector?.bind(f);
  const curve = f.validL0?.bind(f);
  return {
    name: `scaled(${f.name})`,
    dim: f.dim,
    spec: { family: "scaled", c, inner: f.spec },
    value: (x) => c * f.value(x),
    gradient(x, out: Vector = new Float64Array(f.dim)) {
      f.gradient(x, out);
      for (let i = 0; i < f.dim; i++) out[i] *= c;
      return out;
    },
    ...(hv && {
      hessianVector(x: Vector, v: Vector, out: Vector = new Float64Array(f.dim)) {
        hv(x, v, out);
        for (let i = 0; i < f.dim; i++) out[i] *= c;
        return out;
      },
    }),
    hessianNorm: (x) => c * f.hessianNorm(x),
    // c‖∇²f‖ ≤ L0' + L1‖c∇f‖ ⟺ ‖∇²f‖ ≤ L0'/c + L1‖∇f‖: the curve scales by c.
    ...(curve && { validL0: (L1: number) => c * curve(L1) }),
    fStar: c * f.fStar,
    fStarAttained: f.fStarAttained,
    convex: f.convex,
    ...(f.unboundedBelow && { unboundedBelow: true }),
    smoothness: { L0: c * f.smoothness.L0, L1: f.smoothness.L1, proof: `R1 scaling by c = ${c} of: ${f.smoothness.proof}` },
  };
}

/** σ_max and σ_min of a matrix given by rows (m ≤ d), from the eigenvalues of MMᵀ. */
export function singularValueRange(rows: readonly (readonly number[])[]): { max: number; min: number } {
  const m = rows.length;
  const d = rows[0]?.length ?? 0;
  if (m < 1 || d < m || rows.some((r) => r.length !== d)) throw new InputError("M", `${m}×${d}`, "an m×d matrix given by rows, 1 ≤ m ≤ d");
  const M = new Float64Array(m * d);
  rows.forEach((r, i) => M.set(r, i * d));
  requireFiniteVector("M", M);
  return extremeSingularValues(M, m, d);
}

/** Singular values σ_max, σ_min of an m×d matrix (m ≤ d), from the eigenvalues of MMᵀ. */
function extremeSingularValues(M: Float64Array, m: number, d: number): { max: number; min: number } {
  const g = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += M[i * d + k] * M[j * d + k];
      g[i * m + j] = s;
    }
  }
  const ev = symmetricEigenvalues(g, m);
  let lo = Infinity;
  let hi = 0;
  for (const v of ev) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { max: Math.sqrt(hi), min: Math.sqrt(Math.max(0, lo)) };
}

/** R2: g(x) = f(Mx + b), M an m×d matrix (rows) of full row rank, m = f.dim. */
export function affineMap(f: SmoothFunction, rows: readonly (readonly number[])[], b?: readonly number[]): SmoothFunction {
  const m = f.dim;
  if (rows.length !== m) throw new InputError("M", `${rows.length} rows`, `${m} rows (the inner function's dimension)`);
  const d = rows[0]?.length ?? 0;
  if (d < m) throw new InputError("M", `${m}×${d}`, `an m×d matrix with d ≥ m = ${m} (a surjective map)`);
  const M = new Float64Array(m * d);
  rows.forEach((r, i) => {
    if (r.length !== d) throw new InputError(`M[${i}]`, `length ${r.length}`, `length ${d}`);
    M.set(r, i * d);
  });
  requireFiniteVector("M", M);
  const shift = Float64Array.from(b ?? new Array<number>(m).fill(0));
  requirePoint("b", shift, m);
  const sv = extremeSingularValues(M, m, d);
  if (!(sv.min >= RANK_RTOL * sv.max) || sv.max === 0) {
    throw new InputError(
      "M",
      `σ_min = ${sv.min}, ‖M‖ = ${sv.max}`,
      `a matrix of full row rank (σ_min ≥ ${RANK_RTOL}·‖M‖)`,
      "a non-surjective map does not preserve (L0,L1)-smoothness: e^u + e^{−v} is (0,1) but 2cosh t needs L0 ≥ 2",
    );
  }
  const hvInner = requireHv("f", f);
  const u = new Float64Array(m);
  const gu = new Float64Array(m);
  const inner = (x: Vector) => {
    requirePoint("x", x, d);
    for (let i = 0; i < m; i++) {
      let s = shift[i];
      for (let k = 0; k < d; k++) s += M[i * d + k] * x[k];
      u[i] = s;
    }
    return u;
  };
  const transposeTimes = (w: Vector, out: Vector) => {
    for (let k = 0; k < d; k++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += M[i * d + k] * w[i];
      out[k] = s;
    }
    return out;
  };
  const hessianVector = (x: Vector, v: Vector, out: Vector = new Float64Array(d)) => {
    const ux = Float64Array.from(inner(x));
    const mv = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += M[i * d + k] * v[k];
      mv[i] = s;
    }
    return transposeTimes(hvInner(ux, mv, new Float64Array(m)), out);
  };
  const n2 = sv.max * sv.max;
  return {
    name: `affine(${f.name})`,
    dim: d,
    spec: { family: "affine", M: rows.map((r) => Array.from(r)), b: Array.from(shift), inner: f.spec },
    value: (x) => f.value(inner(x)),
    gradient: (x, out: Vector = new Float64Array(d)) => transposeTimes(f.gradient(inner(x), gu), out),
    hessianVector,
    hessianNorm: (x) => {
      requirePoint("x", x, d);
      return hessianNormFromProducts(d, (v, out) => hessianVector(x, v, out));
    },
    fStar: f.fStar,
    fStarAttained: f.fStarAttained,
    convex: f.convex,
    ...(f.unboundedBelow && { unboundedBelow: true }),
    smoothness: {
      L0: n2 * f.smoothness.L0,
      // σ_min from √λ_min(MMᵀ) is accurate to SIGMA_MIN_RTOL: divide by its lower end so L1 stays proved.
      L1: (n2 * f.smoothness.L1) / (sv.min * (1 - SIGMA_MIN_RTOL)),
      proof: `R2 affine map, ‖M‖ = ${sv.max}, σ_min = ${sv.min}: (‖M‖²L0, ‖M‖²L1/σ_min) of: ${f.smoothness.proof}`,
    },
  };
}

/** R3: f(x) = Σ_i f_i(x_{block i}), blocks consecutive in the order given. */
export function separableSum(blocks: readonly SmoothFunction[]): SmoothFunction {
  if (blocks.length < 1) throw new InputError("blocks", blocks.length, "at least one function");
  const offsets: number[] = [];
  let d = 0;
  for (const f of blocks) {
    offsets.push(d);
    d += f.dim;
  }
  const part = (x: Vector, i: number) => x.subarray(offsets[i], offsets[i] + blocks[i].dim);
  const hvs = blocks.map((f) => f.hessianVector?.bind(f));
  const allHv = hvs.every((h) => h !== undefined);
  return {
    name: `sum(${blocks.map((f) => f.name).join(", ")})`,
    dim: d,
    spec: { family: "sum", blocks: blocks.map((f) => f.spec) },
    value(x) {
      requirePoint("x", x, d);
      let s = 0;
      blocks.forEach((f, i) => (s += f.value(part(x, i))));
      return s;
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      requirePoint("x", x, d);
      blocks.forEach((f, i) => f.gradient(part(x, i), part(out, i)));
      return out;
    },
    ...(allHv && {
      hessianVector(x: Vector, v: Vector, out: Vector = new Float64Array(d)) {
        requirePoint("x", x, d);
        requirePoint("v", v, d);
        blocks.forEach((_, i) => hvs[i]!(part(x, i), part(v, i), part(out, i)));
        return out;
      },
    }),
    hessianNorm(x) {
      requirePoint("x", x, d);
      let m = 0;
      blocks.forEach((f, i) => (m = Math.max(m, f.hessianNorm(part(x, i)))));
      return m;
    },
    fStar: blocks.reduce((s, f) => s + f.fStar, 0),
    fStarAttained: blocks.every((f) => f.fStarAttained),
    convex: blocks.every((f) => f.convex),
    ...(blocks.some((f) => f.unboundedBelow) && { unboundedBelow: true }),
    smoothness: {
      L0: Math.max(...blocks.map((f) => f.smoothness.L0)),
      L1: Math.max(...blocks.map((f) => f.smoothness.L1)),
      proof: "R3 separable sum: ‖∇²f‖ = max ‖∇²f_i‖ ≤ max L0_i + max L1_i·‖∇f‖, since ‖∇f_i‖ ≤ ‖∇f‖",
    },
  };
}

/**
 * R4: f + g with g L_g-smooth (g.smoothness.L1 = 0, L_g = g.smoothness.L0) and ‖∇g‖ ≤ G everywhere
 * (the caller's proof obligation; `logCoshSum(d).gradientBound` is one). fStar is f* + g*, a lower
 * bound of inf(f + g); fStarAttained is false unless both minimisers coincide, which is not checked.
 */
export function plusBoundedGradient(f: SmoothFunction, g: SmoothFunction, G: number): SmoothFunction {
  if (g.dim !== f.dim) throw new InputError("g", `dimension ${g.dim}`, `dimension ${f.dim} (that of f)`);
  if (g.smoothness.L1 !== 0) throw new InputError("g.smoothness.L1", g.smoothness.L1, "0 (an L-smooth summand)");
  requireNonNegative("G", G);
  const d = f.dim;
  const hf = requireHv("f", f);
  const hg = requireHv("g", g);
  const tmp = new Float64Array(d);
  const hessianVector = (x: Vector, v: Vector, out: Vector = new Float64Array(d)) => {
    hf(x, v, out);
    hg(x, v, tmp);
    for (let i = 0; i < d; i++) out[i] += tmp[i];
    return out;
  };
  const { L0, L1 } = f.smoothness;
  return {
    name: `${f.name} + ${g.name}`,
    dim: d,
    spec: { family: "plusBoundedGradient", f: f.spec, g: g.spec, G },
    value: (x) => f.value(x) + g.value(x),
    gradient(x, out: Vector = new Float64Array(d)) {
      f.gradient(x, out);
      g.gradient(x, tmp);
      for (let i = 0; i < d; i++) out[i] += tmp[i];
      return out;
    },
    hessianVector,
    hessianNorm: (x) => {
      requirePoint("x", x, d);
      return hessianNormFromProducts(d, (v, out) => hessianVector(x, v, out));
    },
    fStar: f.fStar + g.fStar,
    fStarAttained: false,
    convex: f.convex && g.convex,
    ...((f.unboundedBelow || g.unboundedBelow) && { unboundedBelow: true }),
    smoothness: {
      L0: L0 + g.smoothness.L0 + L1 * G,
      L1,
      proof: `R4: ‖∇²(f+g)‖ ≤ L0 + L1(‖∇(f+g)‖ + G) + L_g with L_g = ${g.smoothness.L0}, G = ${G}`,
    },
  };
}
