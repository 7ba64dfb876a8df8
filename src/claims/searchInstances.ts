/**
 * The fast-check search shared by every decider: draw up to `budget.instances` instances from the
 * claim's arbitrary with a seed derived from (root seed, claim id), evaluate each (once per distinct
 * instance hash: a repeated instance is the same test, so it neither costs nor spends α twice), and
 * on a failure let fast-check shrink — at most `budget.shrinks` further evaluations, after which
 * candidates are not evaluated (reported as passing) so shrinking ends with the least failing
 * instance found. An exception thrown by the claim's code is captured with the instance that raised
 * it. With `path`, the run replays exactly one instance (the `signcheck replay` path).
 */
import fc from "fast-check";
import { hashToInt31, instanceHash } from "../core/hash.ts";
import type { Budget, Claim } from "./types.ts";

export interface Evaluation<E> {
  readonly pass: boolean;
  readonly value: E;
}

export interface SearchOutcome<I, E> {
  /** Distinct instances evaluated, in order, with their evaluations. */
  readonly evaluated: Map<string, { instance: I; evaluation: Evaluation<E>; shrinking: boolean }>;
  readonly failed: boolean;
  readonly counterexample?: { instance: I; hash: string; path: string; evaluation: Evaluation<E> };
  readonly thrown?: { message: string; instance?: I };
  readonly fcSeed: number;
  /** Evaluations skipped because the shrink budget was spent. */
  readonly shrinkBudgetSpent: boolean;
}

function fcSeedFor(rootSeed: number, claimId: string): number {
  return hashToInt31(`${rootSeed}|${claimId}`);
}

export function searchInstances<I, E>(
  claim: Claim<I>,
  rootSeed: number,
  budget: Budget,
  evaluate: (instance: I, hash: string) => Evaluation<E>,
  replayPath?: string,
): SearchOutcome<I, E> {
  const fcSeed = fcSeedFor(rootSeed, claim.id);
  const evaluated = new Map<string, { instance: I; evaluation: Evaluation<E>; shrinking: boolean }>();
  let failures = 0;
  let shrinkEvaluations = 0;
  let shrinkBudgetSpent = false;
  let thrown: { message: string; instance?: I; hash: string } | undefined;

  const property = fc.property(claim.instances, (instance: I) => {
    const hash = instanceHash(instance);
    const seen = evaluated.get(hash);
    if (seen) return seen.evaluation.pass;
    const shrinking = failures > 0;
    if (shrinking) {
      if (shrinkEvaluations >= budget.shrinks) {
        shrinkBudgetSpent = true;
        return true;
      }
      shrinkEvaluations++;
    }
    let evaluation: Evaluation<E>;
    try {
      evaluation = evaluate(instance, hash);
    } catch (error) {
      thrown = { message: error instanceof Error ? error.message : String(error), instance, hash };
      failures++;
      throw error;
    }
    evaluated.set(hash, { instance, evaluation, shrinking });
    if (!evaluation.pass) failures++;
    return evaluation.pass;
  });

  let details: fc.RunDetails<[I]>;
  try {
    details = fc.check(property, {
      seed: fcSeed,
      numRuns: replayPath === undefined ? budget.instances : 1,
      path: replayPath,
      endOnFailure: replayPath !== undefined,
    });
  } catch (error) {
    // The arbitrary itself threw while generating an instance.
    return {
      evaluated,
      failed: false,
      thrown: { message: `while generating an instance: ${error instanceof Error ? error.message : String(error)}` },
      fcSeed,
      shrinkBudgetSpent,
    };
  }
  if (thrown) {
    const last = details.counterexample ? details.counterexample[0] : thrown.instance;
    return { evaluated, failed: true, thrown: { message: thrown.message, instance: last }, fcSeed, shrinkBudgetSpent };
  }
  if (!details.failed || !details.counterexample) return { evaluated, failed: false, fcSeed, shrinkBudgetSpent };
  const instance = details.counterexample[0];
  const hash = instanceHash(instance);
  const entry = evaluated.get(hash);
  if (!entry) throw new Error(`internal: counterexample ${hash} was not evaluated`);
  return {
    evaluated,
    failed: true,
    counterexample: { instance, hash, path: details.counterexamplePath ?? "", evaluation: entry.evaluation },
    fcSeed,
    shrinkBudgetSpent,
  };
}
