/**
 * seed/lemma1-eq1 — the seed's Lemma 1, (1):
 *   ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(y)‖)·exp(L1‖x − y‖)·‖x − y‖
 * for every x, y, when f satisfies Assumption 2 in its (intended) sup form (docs/seed-errata.md, background: Lemma 1's sharp forms: true under
 * that hypothesis, which the seed leaves out). Checked over random (L0,L1)-smooth functions with
 * proved constants and random near and far pairs of points (see ./lemma1.ts).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { lemma1Check, lemma1Classify, lemma1Degenerate, lemma1Hypotheses, lemma1Instances, lemma1Parameters, type Lemma1Instance } from "./lemma1.ts";

export const lemma1Eq1 = defineClaim<InequalityClaim<Lemma1Instance>>({
  id: "seed/lemma1-eq1",
  kind: "inequality",
  title: "Lemma 1 (1) over random (L0,L1)-smooth functions",
  source: {
    paper: "seed",
    item: "Lemma 1",
    equation: "(1)",
    quote: String.raw`\|\nabla f(x) - \nabla f(y)\|_{2} \le (L_{0} + L_{1} \|\nabla f(y)\|_{2}) \exp(L_{1} \|x - y\|_{2}) \|x - y\|_{2}. \tag{1}`,
  },
  hypotheses: lemma1Hypotheses,
  tightness: "upper",
  instances: lemma1Instances,
  check: lemma1Check("eq1"),
  classify: lemma1Classify,
  parameters: lemma1Parameters,
  degenerate: lemma1Degenerate,
  expected: {
    verdict: "holds",
    reason:
      "Grönwall gives the sharp form (e^{L1 r} − 1)/L1 ≤ r·e^{L1 r}, and (1) holds under the sup form of Assumption 2 (docs/seed-errata.md, background: Lemma 1's sharp forms)",
  },
});
