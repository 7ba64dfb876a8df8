/**
 * A claims module that reads a data set through the audit's data access, for the tests of data-set
 * verification, overrides and isolation (properties/data/dataSafety.test.ts) — never part of the
 * built-in audit. Its claim holds on any file of mushrooms' shape: no row has more non-zeros than
 * there are features.
 */
import { defineClaim, fc, type InequalityClaim } from "signcheck";

export const datasetRows = defineClaim<InequalityClaim<number>>({
  id: "signcheck/dataset-rows",
  kind: "inequality",
  title: "no row of mushrooms has more non-zeros than features",
  source: { paper: "signcheck", item: "data-set test fixture" },
  hypotheses: ["mushrooms, as found by the audit's data access"],
  instances: fc.integer({ min: 0, max: 8123 }),
  applicable: (data) => {
    data!.load("mushrooms");
    return undefined;
  },
  check: (row, data) => {
    const { A } = data!.load("mushrooms");
    return { lhs: A.rowPtr[row + 1] - A.rowPtr[row], rhs: A.cols };
  },
  budgets: { quick: { instances: 4, shrinks: 0 } },
  expected: { verdict: "holds", reason: "a row has at most one entry per feature" },
});
