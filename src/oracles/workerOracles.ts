/**
 * M independent worker oracles for distributed methods (bernstein19, §2: each worker m holds its own
 * stochastic gradient oracle). Each has its own call counter; independence comes from the draws:
 * workers sample the step's stream one after another, so their noises are independent given x^k.
 */
import { requireInteger } from "../core/validate.ts";
import { gradientOracle, type GradientOracle, type GradientOracleOptions } from "./gradientOracle.ts";

/** M independent oracles with the same options, one per worker. */
export function workerOracles(options: GradientOracleOptions, M: number): GradientOracle[] {
  requireInteger("M", M, 1);
  return Array.from({ length: M }, () => gradientOracle(options));
}

/** Oracle calls summed over the workers. */
export function totalCalls(workers: readonly GradientOracle[]): number {
  return workers.reduce((s, w) => s + w.calls, 0);
}
