/**
 * Runs T steps of an optimizer and accumulates trajectory statistics in O(d) memory — the gradients
 * at x^1 … x^T are evaluated before each update: S₁ = (1/T)Σ‖∇f(x^k)‖₁, S₂ = (1/T)Σ‖∇f(x^k)‖₂,
 * min and final f − f*, the oracle calls, the bits sent (uplink summed over workers, downlink), and
 * the sign mismatches #{(k, i): sign(g^k_i) ≠ sign(∇f(x^k)_i)} between the vector the step acted on
 * (state.g) and the true gradient (the event of the seed's bound (4)). Optionally every `record.every`
 * iterations (k, f − f*, ‖∇f‖₁) are recorded for plots (the only memory beyond O(d)). An iterate or
 * gradient with NaN or ±∞ ends the run as `diverged` (its statistics are then +∞), never silently.
 */
import { requireInteger } from "../core/validate.ts";
import { allFinite, norm1, norm2 } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

export interface TrajectoryRecord {
  readonly k: number[];
  readonly gap: number[];
  readonly gradNorm1: number[];
}

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
  /** Sign mismatches over the run (undefined when the optimizer does not expose state.g). */
  readonly signMismatches?: number;
  /** Bits sent during the run: uplink summed over the workers, and downlink (undefined when not counted). */
  readonly bitsUp?: number;
  readonly bitsDown?: number;
  /** Uplink bits per iteration per worker, bitsUp / (T·M). */
  readonly bitsUpPerWorkerPerIteration?: number;
  readonly record?: TrajectoryRecord;
}

export interface TrajectoryOptions {
  /** Record (k, f − f*, ‖∇f‖₁) every `every` iterations (and at k = 1). */
  readonly record?: { readonly every: number };
}

export function runTrajectory<P, S extends OptimizerState>(
  optimizer: Optimizer<P, S>, state: S, oracle: GradientOracle, T: number, options: TrajectoryOptions = {},
): TrajectoryStats {
  requireInteger("T", T, 1);
  const every = options.record ? requireInteger("record.every", options.record.every, 1) : 0;
  const record: TrajectoryRecord | undefined = every ? { k: [], gap: [], gradNorm1: [] } : undefined;
  const fn = oracle.fn;
  const grad = new Float64Array(fn.dim);
  let s1 = 0;
  let s2 = 0;
  let minGap = Infinity;
  let mismatches = 0;
  const calls0 = oracle.calls;
  const up0 = state.bitsUp;
  const down0 = state.bitsDown;
  const M = state.workers ?? 1;
  const comm = () => {
    const bitsUp = up0 === undefined ? undefined : state.bitsUp! - up0;
    const bitsDown = down0 === undefined ? undefined : state.bitsDown! - down0;
    return { bitsUp, bitsDown, bitsUpPerWorkerPerIteration: bitsUp === undefined ? undefined : bitsUp / (T * M) };
  };
  for (let k = 1; k <= T; k++) {
    // The iterate is checked before f is evaluated: functions reject non-finite points with an InputError.
    const finite = allFinite(state.x);
    if (finite) fn.gradient(state.x, grad);
    const gap = finite ? fn.value(state.x) - fn.fStar : NaN;
    if (!finite || !allFinite(grad) || !Number.isFinite(gap)) {
      return {
        T, meanGradNorm1: Infinity, meanGradNorm2: Infinity, minGap: Infinity, finalGap: Infinity, oracleCalls: oracle.calls - calls0,
        diverged: true, divergedAt: k, signMismatches: state.g ? mismatches : undefined, ...comm(), record,
      };
    }
    const n1 = norm1(grad);
    s1 += n1;
    s2 += norm2(grad);
    if (gap < minGap) minGap = gap;
    if (record && (k === 1 || k % every === 0)) {
      record.k.push(k);
      record.gap.push(gap);
      record.gradNorm1.push(n1);
    }
    optimizer.step(state, oracle);
    const g = state.g;
    if (g) {
      for (let i = 0; i < grad.length; i++) {
        const a = grad[i];
        const b = g[i];
        if ((a > 0 ? 1 : a < 0 ? -1 : 0) !== (b > 0 ? 1 : b < 0 ? -1 : 0)) mismatches++;
      }
    }
  }
  const finalGap = allFinite(state.x) ? fn.value(state.x) - fn.fStar : NaN;
  const diverged = !Number.isFinite(finalGap);
  return {
    T,
    meanGradNorm1: s1 / T,
    meanGradNorm2: s2 / T,
    minGap: diverged ? Infinity : Math.min(minGap, finalGap),
    finalGap: diverged ? Infinity : finalGap,
    oracleCalls: oracle.calls - calls0,
    diverged,
    divergedAt: diverged ? T + 1 : undefined,
    signMismatches: state.g ? mismatches : undefined,
    ...comm(),
    record,
  };
}
