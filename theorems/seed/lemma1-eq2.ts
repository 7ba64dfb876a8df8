/**
 * seed/lemma1-eq2 — the seed's Lemma 1, (2):
 *   f(y) ≤ f(x) + ⟨∇f(x), y − x⟩ + (L0 + L1‖∇f(x)‖)/2·exp(L1‖x − y‖)·‖x − y‖²
 * for every x, y, when f satisfies Assumption 2 in its (intended) sup form (docs/seed-errata.md, background: Lemma 1's sharp forms: true under
 * that hypothesis, which the seed leaves out). Checked over random (L0,L1)-smooth functions with
 * proved constants and random near and far pairs of points (see ./lemma1.ts).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { lemma1Check, lemma1Classify, lemma1Degenerate, lemma1Hypotheses, lemma1Instances, lemma1Parameters, type Lemma1Instance } from "./lemma1.ts";

export const lemma1Eq2 = defineClaim<InequalityClaim<Lemma1Instance>>({
  id: "seed/lemma1-eq2",
  kind: "inequality",
  title: "Lemma 1 (2) over random (L0,L1)-smooth functions",
  source: {
    paper: "seed",
    item: "Lemma 1",
    equation: "(2)",
    quote: String.raw`f(y) \le f(x) + \langle \nabla f(x), y - x \rangle + \frac{L_0 + L_1 \|\nabla f(x)\|_2}{2} \exp(L_1 \|x - y\|_2) \|x - y\|_2^2.`,
  },
  hypotheses: lemma1Hypotheses,
  tightness: "upper",
  instances: lemma1Instances,
  check: lemma1Check("eq2"),
  classify: lemma1Classify,
  parameters: lemma1Parameters,
  degenerate: lemma1Degenerate,
  expected: { verdict: "holds", reason: "integrating the sharp form of (1) gives (e^{t} − 1 − t)/L1² ≤ t²e^{t}/(2L1²)" },
});
