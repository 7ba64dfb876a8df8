/**
 * seed/assumption2-as-typed — the seed's Assumption 2 as printed:
 *   ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(u)‖)‖x − y‖  ∀x, y ∈ ℝ^d,
 * with u unbound (review §1.1: ill-formed). Two readings are audited: (a) "for all u", which forces
 * ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1·inf_u‖∇f(u)‖)‖x − y‖, and (b) u in [x, y] at the minimum of ‖∇f‖ on the
 * segment. f = exp(x) (1-D), which is (0, 1)-smooth in the intended sup form (d); every positive pair
 * (L0, L1) is drawn. The segment minimum is taken over a 65-point grid that contains both ends (for
 * exp, ‖∇f‖ is monotone, so the grid minimum is the exact minimum at an end); inf over ℝ of e^u is 0.
 */
import fc from "fast-check";
import { arb, defineClaim, expAffine, type InequalityClaim } from "signcheck";

export interface Assumption2Instance {
  readonly reading: "for-all-u" | "min-on-segment";
  readonly x: number;
  readonly y: number;
  readonly L0: number;
  readonly L1: number;
}

const GRID = 65;
/** inf_{u ∈ ℝ} |(e^u)'| = inf e^u = 0 (approached as u → −∞, not attained). */
const INF_GRADIENT_NORM_OF_EXP = 0;

const point = fc.double({ min: -10, max: 10, noNaN: true });

export const assumption2AsTyped = defineClaim<InequalityClaim<Assumption2Instance>>({
  id: "seed/assumption2-as-typed",
  kind: "inequality",
  title: "Assumption 2 as typed (u unbound) admits exp(x) for some positive (L0, L1)",
  source: {
    paper: "seed",
    item: "Assumption 2",
    quote: "‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(u)‖)‖x − y‖, ∀x, y ∈ ℝ^d, for the positive constants (L0, L1)",
  },
  hypotheses: ["f = exp(x) on ℝ, (0, 1)-smooth in the intended sup form (review §4, F1)", "L0, L1 ∈ [0.01, 100]", "x, y ∈ [−10, 10]"],
  tightness: "upper",
  instances: fc.record({ reading: fc.constantFrom("for-all-u" as const, "min-on-segment" as const), x: point, y: point, L0: arb.logUniform(0.01, 100), L1: arb.logUniform(0.01, 100) }),
  check: ({ reading, x, y, L0, L1 }) => {
    const f = expAffine([1]);
    const g = (u: number) => f.gradient(Float64Array.of(u))[0];
    let gradNormU = INF_GRADIENT_NORM_OF_EXP;
    if (reading === "min-on-segment") {
      gradNormU = Infinity;
      for (let k = 0; k < GRID; k++) gradNormU = Math.min(gradNormU, Math.abs(g(x + ((y - x) * k) / (GRID - 1))));
    }
    return { lhs: Math.abs(g(x) - g(y)), rhs: (L0 + L1 * gradNormU) * Math.abs(x - y) };
  },
  classify: ({ reading }) => reading,
  expected: {
    verdict: "violated",
    reason: "both readings bound |e^x − e^y| by (L0 + L1·min)|x − y| with the smaller gradient, which exp outgrows: the search finds pairs far apart where it fails",
  },
});
