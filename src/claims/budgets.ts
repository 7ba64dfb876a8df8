/**
 * Default budgets per claim kind and level. `quick` is the test budget (CI runs every theorem at it),
 * `standard` is `npm run audit`, `thorough` is for a night run. A claim overrides any field.
 *
 * Sizes: inequality searches are cheap per instance, so they draw hundreds to tens of thousands;
 * rate claims run up to `trials` Monte-Carlo trials on each of `instances` instances, and the
 * sequential test usually stops far earlier (a bound with room certifies after
 * ≈ log(α/J)/log(1 − δ) trials).
 */
import { ClaimDefinitionError } from "../core/errors.ts";
import type { Budget, BudgetLevel, Claim, ClaimKind } from "./types.ts";

const DEFAULTS: Record<ClaimKind, Record<BudgetLevel, Budget>> = {
  inequality: {
    quick: { instances: 300, trials: 1, minTrials: 1, shrinks: 200 },
    standard: { instances: 3000, trials: 1, minTrials: 1, shrinks: 1000 },
    thorough: { instances: 30000, trials: 1, minTrials: 1, shrinks: 5000 },
  },
  probability: {
    quick: { instances: 20, trials: 2000, minTrials: 50, shrinks: 20 },
    standard: { instances: 60, trials: 10000, minTrials: 100, shrinks: 40 },
    thorough: { instances: 200, trials: 100000, minTrials: 200, shrinks: 100 },
  },
  "high-probability": {
    quick: { instances: 6, trials: 600, minTrials: 30, shrinks: 6 },
    standard: { instances: 20, trials: 3000, minTrials: 50, shrinks: 20 },
    thorough: { instances: 60, trials: 20000, minTrials: 100, shrinks: 60 },
  },
};

export function budgetFor(claim: Claim, level: BudgetLevel): Budget {
  const base = DEFAULTS[claim.kind][level];
  const b: Budget = { ...base, ...claim.budgets?.[level] };
  for (const [k, v] of Object.entries(b)) {
    if (!Number.isInteger(v) || v < (k === "shrinks" ? 0 : 1)) {
      throw new ClaimDefinitionError(`${claim.id}: budget ${level}.${k} = ${v} is not accepted: expected an integer ≥ ${k === "shrinks" ? 0 : 1}`);
    }
  }
  if (b.minTrials > b.trials) throw new ClaimDefinitionError(`${claim.id}: budget ${level}.minTrials = ${b.minTrials} exceeds trials = ${b.trials}`);
  return b;
}

export function levelRank(level: BudgetLevel): number {
  return level === "quick" ? 0 : level === "standard" ? 1 : 2;
}
