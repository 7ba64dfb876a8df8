/**
 * What a replay path may be: the fast-check path `run:shrink:shrink…` of a counterexample found by the
 * claim's own search at one budget. The search draws `instances` runs, so the run index is below it;
 * each shrink step needs a failing evaluation, of which the budget allows `shrinks`; and a step picks
 * among candidates the search evaluated or had already seen, at most instances + shrinks distinct ones.
 * A path outside these bounds cannot come from the search — and replaying it would make fast-check
 * generate that many values first (an element of 10⁷ took 7.5 s, of 10²³ forever) — so it is refused.
 */
import { InputError } from "../core/errors.ts";
import type { Budget } from "./types.ts";

const PATH = /^\d+(:\d+)*$/;

export function requireReplayPath(path: string, budget: Budget): string {
  const shown = typeof path === "string" && path.length > 40 ? `${path.slice(0, 40)}…` : path;
  if (typeof path !== "string" || path.length > 20 * (2 + budget.shrinks) || !PATH.test(path)) {
    throw new InputError("--path", shown, "a fast-check path such as 3:0:1 (the one printed next to a violation)");
  }
  const parts = path.split(":").map(Number);
  if (parts.length > 1 + budget.shrinks) {
    throw new InputError("--path", shown, `at most ${1 + budget.shrinks} elements: a run index and at most ${budget.shrinks} shrink steps (the budget's shrinks)`);
  }
  if (!(parts[0] < budget.instances)) throw new InputError("--path", shown, `a run index (first element) below ${budget.instances}, the instances of this budget`);
  const candidates = budget.instances + budget.shrinks;
  const k = parts.findIndex((p, i) => i > 0 && !(p < candidates));
  if (k > 0) throw new InputError("--path", shown, `shrink steps below ${candidates} (instances + shrinks of this budget); element ${k + 1} is ${parts[k]}`);
  return path;
}
