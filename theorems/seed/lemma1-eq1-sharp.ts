/**
 * seed/lemma1-eq1-sharp — the sharp form (docs/seed-errata.md, background: Lemma 1's sharp forms) of the seed's Lemma 1 (1):
 *   ‖∇f(x) − ∇f(y)‖ ≤ (L0 + L1‖∇f(y)‖)(e^{L1 r} − 1)/L1, r = ‖x − y‖
 * for every x, y, when f satisfies Assumption 2 in its (intended) sup form (docs/seed-errata.md, background: Lemma 1's sharp forms: true under
 * that hypothesis, which the seed leaves out). Checked over random (L0,L1)-smooth functions with
 * proved constants and random near and far pairs of points (see ./lemma1.ts).
 */
import { defineClaim, type InequalityClaim } from "signcheck";
import { lemma1Check, lemma1Classify, lemma1Degenerate, lemma1Hypotheses, lemma1Instances, lemma1Parameters, type Lemma1Instance } from "./lemma1.ts";

export const lemma1Eq1Sharp = defineClaim<InequalityClaim<Lemma1Instance>>({
  id: "seed/lemma1-eq1-sharp",
  kind: "inequality",
  title: "Sharp form of Lemma 1 (1) over random (L0,L1)-smooth functions",
  source: { paper: "seed", item: "Lemma 1", equation: "(1)", step: "sharp form (docs/seed-errata.md, background: Lemma 1's sharp forms)" },
  hypotheses: lemma1Hypotheses,
  tightness: "upper",
  instances: lemma1Instances,
  check: lemma1Check("eq1-sharp"),
  classify: lemma1Classify,
  parameters: lemma1Parameters,
  degenerate: lemma1Degenerate,
  expected: { verdict: "holds", reason: "Grönwall on u(t) = ‖∇f(y + t(x − y)) − ∇f(y)‖; exp(aᵀx) attains it along a with equality in the limit" },
});
