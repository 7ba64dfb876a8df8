/**
 * Runs T steps of an optimizer and accumulates trajectory statistics in O(d) memory — the gradients
 * at x^1 … x^T are evaluated before each update: S₁ = (1/T)Σ‖∇f(x^k)‖₁, S₂ = (1/T)Σ‖∇f(x^k)‖₂,
 * min and final f − f*, and the oracle calls. An iterate or gradient with NaN or ±∞ ends the run
 * as `diverged` (its statistics are then +∞), never silently.
 */
import { requireInteger } from "../core/validate.ts";
import { allFinite, norm1, norm2 } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

export interface TrajectoryStats {
  readonly T: number;
  readonly meanGradNorm1: number;
  readonly meanGradNorm2: number;
  readonly minGap: number;
  readonly finalGap: number;
  readonly oracleCalls: number;
  readonly diverged: boolean;
  /** Iteration at which divergence was detected (1-based), when diverged. */
  readonly divergedAt?: number;
}

export function runTrajectory<P, S extends OptimizerState>(optimizer: Optimizer<P, S>, state: S, oracle: GradientOracle, T: number): TrajectoryStats {
  requireInteger("T", T, 1);
  const fn = oracle.fn;
  const grad = new Float64Array(fn.dim);
  let s1 = 0;
  let s2 = 0;
  let minGap = Infinity;
  const calls0 = oracle.calls;
  for (let k = 1; k <= T; k++) {
    fn.gradient(state.x, grad);
    const gap = fn.value(state.x) - fn.fStar;
    if (!allFinite(state.x) || !allFinite(grad) || !Number.isFinite(gap)) {
      return { T, meanGradNorm1: Infinity, meanGradNorm2: Infinity, minGap: Infinity, finalGap: Infinity, oracleCalls: oracle.calls - calls0, diverged: true, divergedAt: k };
    }
    s1 += norm1(grad);
    s2 += norm2(grad);
    if (gap < minGap) minGap = gap;
    optimizer.step(state, oracle);
  }
  const finalGap = fn.value(state.x) - fn.fStar;
  const diverged = !allFinite(state.x) || !Number.isFinite(finalGap);
  return {
    T,
    meanGradNorm1: s1 / T,
    meanGradNorm2: s2 / T,
    minGap: diverged ? Infinity : Math.min(minGap, finalGap),
    finalGap: diverged ? Infinity : finalGap,
    oracleCalls: oracle.calls - calls0,
    diverged,
    divergedAt: diverged ? T + 1 : undefined,
  };
}
