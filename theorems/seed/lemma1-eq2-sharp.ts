/**
 * seed/lemma1-eq2-sharp — the sharp two-sided form (docs/seed-errata.md, background: Lemma 1's sharp forms) of the seed's Lemma 1 (2):
 *   |f(y) − f(x) − ⟨∇f(x), y − x⟩| ≤ (L0 + L1‖∇f(x)‖)(e^{L1 r} − 1 − L1 r)/L1², r = ‖x − y‖
 * for every x, y, when f satisfies Assumption 2 in its (intended) sup form (docs/seed-errata.md, background: Lemma 1's sharp forms: true under
 * that hypothesis, which the seed leaves out). Checked over random (L0,L1)-smooth functions with
 * proved constants and random near and far pairs of points (see ./lemma1.ts).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { lemma1Check, lemma1Classify, lemma1Degenerate, lemma1Hypotheses, lemma1Instances, lemma1Parameters, type Lemma1Instance } from "./lemma1.ts";

export const lemma1Eq2Sharp = defineClaim<InequalityClaim<Lemma1Instance>>({
  id: "seed/lemma1-eq2-sharp",
  kind: "inequality",
  title: "Sharp two-sided form of Lemma 1 (2) over random (L0,L1)-smooth functions",
  source: { paper: "seed", item: "Lemma 1", equation: "(2)", step: "sharp two-sided form (docs/seed-errata.md, background: Lemma 1's sharp forms)" },
  hypotheses: lemma1Hypotheses,
  tightness: "upper",
  instances: lemma1Instances,
  check: lemma1Check("eq2-sharp"),
  classify: lemma1Classify,
  parameters: lemma1Parameters,
  degenerate: lemma1Degenerate,
  expected: { verdict: "holds", reason: "integrating the sharp form of (1) along the segment bounds the remainder on both sides" },
});
