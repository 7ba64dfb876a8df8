/**
 * seed/assumption2-as-typed — the seed's Assumption 2 as printed:
 *   ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(u)‖)‖x − y‖  ∀x, y ∈ ℝ^d,
 * with u unbound (docs/seed-errata.md, E11: ill-formed). Two readings are audited: (a) "for all u", which forces
 * ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1·inf_u‖∇f(u)‖)‖x − y‖, and (b) u in [x, y] at the minimum of ‖∇f‖ on the
 * segment. f = exp(x) (1-D), which is (0, 1)-smooth in the intended sup form (d). An instance is a
 * reading and a pair (L0, L1) ∈ [0.01, 100]², shrinking toward the largest constants; the check takes
 * the worst pair (x, y) = (t, t − δ) of a fixed grid (t ≤ 60, δ ≤ 30), so a violation never rests on a
 * small L0 alone: for (b) the ratio tends to (e^δ − 1)/(L1·δ), unbounded in δ. The segment minimum is
 * taken over a 65-point grid containing both ends (for exp, ‖∇f‖ is monotone, so it is exact);
 * inf over ℝ of e^u is 0.
 */
import fc from "fast-check";
import { arb, defineClaim, expAffine, param, type InequalityClaim } from "signcheck";

export interface Assumption2Instance {
  readonly reading: "for-all-u" | "min-on-segment";
  readonly L0: number;
  readonly L1: number;
}

const SEGMENT_GRID = 65;
/** inf_{u ∈ ℝ} |(e^u)'| = inf e^u = 0 (approached as u → −∞, not attained). */
const INF_GRADIENT_NORM_OF_EXP = 0;
/** Pair grid: t = x ∈ {−10, −9, …, 60} (e^60 ≈ 1e26, finite), gap δ = x − y ∈ {1/4, 1/2, 1, 2, …, 30}. */
const T_VALUES = Array.from({ length: 71 }, (_, k) => k - 10);
const DELTAS = [0.25, 0.5, ...Array.from({ length: 30 }, (_, k) => k + 1)];

/** Constants in [0.01, 100], log-uniform, shrinking toward 100 (the hardest case to violate). */
const constant = arb.logUniform(0.01, 100).map((v) => 1 / v);

function sides(reading: Assumption2Instance["reading"], L0: number, L1: number, x: number, y: number) {
  const f = expAffine([1]);
  const g = (u: number) => f.gradient(Float64Array.of(u))[0];
  let gradNormU = INF_GRADIENT_NORM_OF_EXP;
  if (reading === "min-on-segment") {
    gradNormU = Infinity;
    for (let k = 0; k < SEGMENT_GRID; k++) gradNormU = Math.min(gradNormU, Math.abs(g(x + ((y - x) * k) / (SEGMENT_GRID - 1))));
  }
  return { lhs: Math.abs(g(x) - g(y)), rhs: (L0 + L1 * gradNormU) * Math.abs(x - y) };
}

export const assumption2AsTyped = defineClaim<InequalityClaim<Assumption2Instance>>({
  id: "seed/assumption2-as-typed",
  kind: "inequality",
  title: "Assumption 2 as typed (u unbound) admits exp(x) with the drawn positive (L0, L1)",
  source: {
    paper: "seed",
    item: "Assumption 2",
    quote: String.raw`for the positive constants  $(L_0, L_1)$ … $$\|\nabla f(x) - \nabla f(y)\| \le (L_0 + L_1 \|\nabla f(u)\|) \|x - y\|, \quad \forall x, y \in \mathbb{R}^d.$$`,
  },
  hypotheses: [
    "f = exp(x) on ℝ, (0, 1)-smooth in the intended sup form (docs/seed-errata.md, background: function families)",
    "L0, L1 ∈ [0.01, 100]",
    "reading (a) for all u, or (b) u at the minimum of ‖∇f‖ on [x, y]",
  ],
  tightness: "upper",
  instances: fc.record({ reading: fc.constantFrom("min-on-segment" as const, "for-all-u" as const), L0: constant, L1: constant }),
  check: ({ reading, L0, L1 }) => {
    let worst = { lhs: 0, rhs: 1 };
    for (const t of T_VALUES) {
      for (const delta of DELTAS) {
        const s = sides(reading, L0, L1, t, t - delta);
        if (s.lhs * worst.rhs > worst.lhs * s.rhs) worst = s;
      }
    }
    return worst;
  },
  parameters: [
    param.log("L0", [0.01, 100], (i) => i.L0),
    param.log("L1", [0.01, 100], (i) => i.L1),
    param.categorical("reading", ["for-all-u", "min-on-segment"], (i) => i.reading),
  ],
  classify: ({ reading }) => reading,
  expected: {
    verdict: "violated",
    reason: "both readings bound |e^x − e^y| using the smaller gradient, which exp outgrows: (e^δ − 1)/(L1·δ) → ∞, so every drawn pair fails",
  },
});
