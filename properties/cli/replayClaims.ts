/**
 * A claims module for the replay tests (properties/cli/replay.test.ts) — never part of the built-in
 * audit: an inequality that fails only on a small corner of its instances (x ≥ 950 in [0, 1000]), so
 * the search finds it (fast-check draws the bounds often) while most instances, and most paths of
 * another seed, satisfy it.
 */
import { defineClaim, fc, type InequalityClaim } from "signcheck";

export const rareFailure = defineClaim<InequalityClaim<number>>({
  id: "signcheck/rare-failure",
  kind: "inequality",
  title: "x < 950 for x in [0, 1000] (false near the top)",
  source: { paper: "signcheck", item: "replay test fixture" },
  hypotheses: [],
  instances: fc.integer({ min: 0, max: 1000 }),
  check: (x) => ({ lhs: x, rhs: 949 }),
  budgets: { quick: { instances: 40, shrinks: 30 } },
  expected: { verdict: "violated", reason: "x = 950 … 1000 violate it" },
});
