/**
 * The budget of a claim at a level: its kind's defaults (in `kinds/<kind>.ts`) overridden by the
 * claim's `budgets`. `quick` is the test budget (CI runs every theorem at it), `standard` is
 * `npm run audit`, `thorough` is for a night run. An override naming an unknown level or field, or a
 * value out of range, is a ClaimDefinitionError; an unknown level asked of `budgetFor` is an InputError.
 */
import { ClaimDefinitionError, InputError } from "../core/errors.ts";
import { KINDS, isKindName } from "./kinds/index.ts";
import { BUDGET_FIELDS, BUDGET_LEVELS, type Budget, type BudgetLevel, type Claim } from "./types.ts";

export function requireBudgetLevel(name: string, level: unknown): BudgetLevel {
  if (!BUDGET_LEVELS.includes(level as BudgetLevel)) throw new InputError(name, level, `one of ${BUDGET_LEVELS.join(", ")}`);
  return level as BudgetLevel;
}

/** Least value of each budget field. */
const MINIMUM: Record<keyof Budget, number> = { instances: 1, trials: 1, minTrials: 1, shrinks: 0, climbStarts: 0, climbSteps: 0, timeLimitSeconds: 0 };

export function checkBudgetOverrides(claim: Pick<Claim, "id" | "budgets">): void {
  const overrides = claim.budgets;
  if (overrides === undefined) return;
  if (typeof overrides !== "object" || overrides === null)
    throw new ClaimDefinitionError(`${claim.id}: budgets must be an object keyed by ${BUDGET_LEVELS.join(", ")}`);
  for (const [level, fields] of Object.entries(overrides)) {
    if (!BUDGET_LEVELS.includes(level as BudgetLevel))
      throw new ClaimDefinitionError(`${claim.id}: budgets.${level} is not a budget level (${BUDGET_LEVELS.join(", ")})`);
    for (const key of Object.keys(fields ?? {})) {
      if (!(BUDGET_FIELDS as readonly string[]).includes(key))
        throw new ClaimDefinitionError(`${claim.id}: budgets.${level}.${key} is not a budget field (${BUDGET_FIELDS.join(", ")})`);
    }
  }
}

/** The budget a claim is audited with at a level: the level's defaults with the claim's own overrides. */
export function budgetFor(claim: Claim, level: BudgetLevel): Budget {
  requireBudgetLevel("budget", level);
  if (!isKindName(claim.kind)) throw new ClaimDefinitionError(`${claim.id}: kind ${JSON.stringify(claim.kind)} is not one of ${Object.keys(KINDS).join(", ")}`);
  checkBudgetOverrides(claim);
  const b: Budget = { ...KINDS[claim.kind].defaults[level], ...claim.budgets?.[level] };
  for (const k of BUDGET_FIELDS) {
    const v = b[k];
    const ok = k === "timeLimitSeconds" ? typeof v === "number" && v > 0 && Number.isFinite(v) : Number.isInteger(v) && v >= MINIMUM[k];
    if (!ok) {
      throw new ClaimDefinitionError(
        `${claim.id}: budget ${level}.${k} = ${v} is not accepted: expected ${k === "timeLimitSeconds" ? "a finite number of seconds > 0" : `an integer ≥ ${MINIMUM[k]}`}`,
      );
    }
  }
  if (b.minTrials > b.trials) throw new ClaimDefinitionError(`${claim.id}: budget ${level}.minTrials = ${b.minTrials} exceeds trials = ${b.trials}`);
  return b;
}

export function levelRank(level: BudgetLevel): number {
  return BUDGET_LEVELS.indexOf(level);
}
