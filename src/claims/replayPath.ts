/**
 * What a replay path may be: the fast-check path `run:shrink:shrink…` of a counterexample found by the
 * claim's own search at one budget. The search draws `instances` runs, so the run index is below it.
 * The shrink steps are not bounded by the budget: a step may skip many candidates at no cost (instances
 * already seen — a mapped arbitrary can shrink to the same instance again — and candidates past the shrink
 * budget, which are not evaluated), so an index of 88 after 6 evaluations is real. What replaying a path costs
 * is fast-check walking every candidate before each index (an element of 10⁷ took 7.5 s, of 10²³ forever), so
 * the bound is on that walk: each element below MAX_SHRINK_INDEX, at most MAX_SHRINK_STEPS steps and at most
 * MAX_SHRINK_WALK candidates in all — about 0.1 s of generation at the worst — far beyond what a search of any
 * budget walks, and refused with a one-line error beyond it.
 */
import { InputError } from "../core/errors.ts";
import type { Budget } from "./types.ts";

const PATH = /^\d+(:\d+)*$/;
/** Largest shrink index accepted (fast-check generates this many candidates to reach it). */
export const MAX_SHRINK_INDEX = 10_000;
/** Most shrink steps accepted. */
export const MAX_SHRINK_STEPS = 1_000;
/** Most candidates walked over the whole path (the sum of the shrink indices). */
export const MAX_SHRINK_WALK = 100_000;

export function requireReplayPath(path: string, budget: Budget): string {
  const shown = typeof path === "string" && path.length > 40 ? `${path.slice(0, 40)}…` : path;
  if (typeof path !== "string" || path.length > 6 * (1 + MAX_SHRINK_STEPS) || !PATH.test(path)) {
    throw new InputError("--path", shown, "a fast-check path such as 3:0:1 (the one printed next to a violation)");
  }
  const parts = path.split(":").map(Number);
  if (!(parts[0] < budget.instances))
    throw new InputError("--path", shown, `a run index (first element) below ${budget.instances}, the instances of this budget`);
  if (parts.length > 1 + MAX_SHRINK_STEPS) throw new InputError("--path", shown, `at most ${MAX_SHRINK_STEPS} shrink steps after the run index`);
  const k = parts.findIndex((p, i) => i > 0 && !(p < MAX_SHRINK_INDEX));
  if (k > 0) throw new InputError("--path", shown, `shrink steps below ${MAX_SHRINK_INDEX}; element ${k + 1} is ${parts[k]}`);
  const walk = parts.slice(1).reduce((a, b) => a + b, 0);
  if (walk > MAX_SHRINK_WALK) throw new InputError("--path", shown, `shrink steps summing to at most ${MAX_SHRINK_WALK} candidates (they sum to ${walk})`);
  return path;
}
