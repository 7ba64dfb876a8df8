// A claims module of your own: one claim about one sign step, audited with `npx signcheck audit my-claims.ts`.
import { arb, coshSum, defineClaim, fc, norm1, norm2, sign, type InequalityClaim } from "signcheck";

interface Instance {
  x: Float64Array;
  gamma: number;
}

/** One sign step on f = Σcosh x_i obeys the (L0,L1) descent inequality with (L0, L1) = (1, 1). */
export const signStepDescent = defineClaim<InequalityClaim<Instance>>({
  id: "mynotes/sign-step-descent",
  kind: "inequality",
  title: "A sign step obeys the (L0,L1) descent inequality",
  source: {
    paper: "mynotes",
    item: "Lemma 3",
    equation: "(7)",
    reference: { authors: "A. Researcher", year: 2026, title: "My notes on SignSGD", pinned: "github.com/me/notes@1a2b3c4" },
  },
  hypotheses: ["f = Σcosh x_i is (1,1)-smooth", "0 < γ ≤ 1"],
  instances: arb.dimension({ min: 1, max: 8 }).chain((d) => fc.record({ x: arb.startingPoint(d, 3), gamma: arb.stepsize({ lo: 1e-4, hi: 1 }) })),
  check: ({ x, gamma }) => {
    const f = coshSum(x.length);
    const g = f.gradient(x);
    const y = x.map((xi, i) => xi - gamma * sign(g[i]));
    const r = norm2(y.map((yi, i) => yi - x[i]));
    // f(y) ≤ f(x) + ⟨∇f(x), y − x⟩ + (L0 + L1‖∇f(x)‖)/2 · e^{L1‖y−x‖} · ‖y − x‖²
    return { lhs: f.value(y), rhs: f.value(x) - gamma * norm1(g) + ((1 + norm2(g)) / 2) * Math.exp(r) * r * r };
  },
  expected: { verdict: "holds", reason: "the seed's Lemma 1 (2) with (L0, L1) = (1, 1)" },
});
