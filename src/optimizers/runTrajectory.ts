/**
 * Runs T steps of an optimizer and accumulates trajectory statistics in O(d) memory — the gradients
 * at x^1 … x^T are evaluated before each update: S₁ = (1/T)Σ‖∇f(x^k)‖₁, the final f − f*, the oracle
 * calls and the bits sent (uplink summed over workers, downlink); on request also S₂ = (1/T)Σ‖∇f(x^k)‖₂
 * (`norm2`), the least f(x^k) − f* over k = 1 … T + 1 (`gap`), and the sign mismatches
 * #{(k, i): sign(g^k_i) ≠ sign(∇f(x^k)_i)} between the vector the step acted on (state.g) and the true
 * gradient (`mismatches`; the event of the seed's bound (4)). Optionally every `record.every`
 * iterations (k, f − f*, ‖∇f‖₁) are recorded for plots (the only memory beyond O(d)).
 *
 * Divergence: an iterate or gradient with NaN or ±∞ ends the run as `diverged` (its statistics are
 * then +∞), never silently; so does a non-finite f − f* at the end, or at any iterate when `gap` is
 * on. The hot loop (issue 10) differentiates f once per step — ∇f(x^k) is handed to the step, which
 * hands it to the oracle — and computes what is asked only: f per step costs as much as ∇f (Σcosh:
 * one cosh beside one sinh per coordinate), the scaled ‖·‖₂ a division per coordinate and the
 * mismatch count a pass, so they are options. A non-finite iterate is
 * caught where f refuses it (functions reject non-finite points with an InputError), not by a pass of
 * its own.
 */
import { InputError } from "../core/errors.ts";
import { signMismatches } from "../core/sign.ts";
import { requireInteger } from "../core/validate.ts";
import { allFinite, norm1, norm2, type Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

/** One recorded step of a trajectory. */
export interface TrajectoryRecord {
  readonly k: number[];
  readonly gap: number[];
  readonly gradNorm1: number[];
}

/** What `runTrajectory` returns: final point, best and mean gradient norms, bits, oracle calls, divergence. */
export interface TrajectoryStats {
  readonly T: number;
  readonly meanGradNorm1: number;
  /** (1/T)Σ‖∇f(x^k)‖₂: only with the `norm2` option (+∞ when diverged). */
  readonly meanGradNorm2?: number;
  /** min_k f(x^k) − f* over k = 1 … T + 1: only with the `gap` option (+∞ when diverged). */
  readonly minGap?: number;
  /** f(x^{T+1}) − f* (+∞ when diverged). */
  readonly finalGap: number;
  readonly oracleCalls: number;
  readonly diverged: boolean;
  /** Iteration at which divergence was detected (1-based; T + 1 for the final iterate), when diverged. */
  readonly divergedAt?: number;
  /** Sign mismatches over the run: only with the `mismatches` option, and when the optimizer exposes state.g. */
  readonly signMismatches?: number;
  /** Bits sent during the run: uplink summed over the workers, and downlink (undefined when not counted). */
  readonly bitsUp?: number;
  readonly bitsDown?: number;
  /** Uplink bits per iteration per worker, bitsUp / (T·M). */
  readonly bitsUpPerWorkerPerIteration?: number;
  readonly record?: TrajectoryRecord;
}

/** Options of `runTrajectory`: what to record and which statistics to compute. */
export interface TrajectoryOptions {
  /** Record (k, f − f*, ‖∇f‖₁) every `every` iterations (and at k = 1). */
  readonly record?: { readonly every: number };
  /** Evaluate f − f* at every iterate: `minGap`, and a non-finite f ends the run as diverged (default false). */
  readonly gap?: boolean;
  /** Accumulate S₂ = (1/T)Σ‖∇f(x^k)‖₂ (`meanGradNorm2`; default false). */
  readonly norm2?: boolean;
  /** Count the sign mismatches between state.g and ∇f(x^k) (`signMismatches`; default false). */
  readonly mismatches?: boolean;
}

/** Runs an optimizer for T steps on an oracle and returns the trajectory's statistics (divergence reported). */
export function runTrajectory<P, S extends OptimizerState>(
  optimizer: Optimizer<P, S>,
  state: S,
  oracle: GradientOracle,
  T: number,
  options: TrajectoryOptions = {},
): TrajectoryStats {
  requireInteger("T", T, 1);
  const every = options.record ? requireInteger("record.every", options.record.every, 1) : 0;
  const trackGap = options.gap === true;
  const trackNorm2 = options.norm2 === true;
  const trackMismatches = options.mismatches === true;
  const record: TrajectoryRecord | undefined = every ? { k: [], gap: [], gradNorm1: [] } : undefined;
  const fn = oracle.fn;
  const grad = new Float64Array(fn.dim);
  let s1 = 0;
  let s2 = 0;
  let minGap = Infinity;
  let mismatches = 0;
  // The run's fixed facts, for the result (built by module functions, not closures over the loop).
  const run: Run = { T, trackGap, trackNorm2, trackMismatches, record, oracle, state, calls: oracle.calls, bitsUp: state.bitsUp, bitsDown: state.bitsDown };
  for (let k = 1; k <= T; k++) {
    if (!gradientAt(fn, state.x, grad)) return diverged(run, k, mismatches);
    const n1 = norm1(grad);
    // ‖∇f‖₁ is finite when every entry is (or overflows, rarely): one pass instead of two.
    // Stryker disable next-line ConditionalExpression: the norm test is a shortcut; allFinite decides alone
    if (!(n1 < Infinity) && !allFinite(grad)) return diverged(run, k, mismatches);
    const recordNow = record !== undefined && (k === 1 || k % every === 0);
    if (trackGap || recordNow) {
      const gap = fn.value(state.x) - fn.fStar;
      if (trackGap) {
        if (!Number.isFinite(gap)) return diverged(run, k, mismatches);
        // Stryker disable next-line EqualityOperator: an equal gap leaves the minimum as it is
        if (gap < minGap) minGap = gap;
      }
      if (recordNow) {
        record.k.push(k);
        record.gap.push(gap);
        record.gradNorm1.push(n1);
      }
    }
    s1 += n1;
    // Stryker disable next-line ConditionalExpression: the sum is reported only when tracked; the test saves a pass over ∇f
    if (trackNorm2) s2 += norm2(grad);
    optimizer.step(state, oracle, grad);
    if (trackMismatches && state.g) mismatches += signMismatches(grad, state.g);
  }
  const finalGap = allFinite(state.x) ? fn.value(state.x) - fn.fStar : NaN;
  if (!Number.isFinite(finalGap)) return diverged(run, T + 1, mismatches);
  return {
    T,
    meanGradNorm1: s1 / T,
    meanGradNorm2: trackNorm2 ? s2 / T : undefined,
    minGap: trackGap ? Math.min(minGap, finalGap) : undefined,
    finalGap,
    oracleCalls: oracle.calls - run.calls,
    diverged: false,
    signMismatches: trackMismatches && state.g ? mismatches : undefined,
    ...communication(run),
    record,
  };
}

/**
 * ∇f(x) into `grad`; false when x is not finite, which f refuses with an InputError (a try/catch of
 * its own: the loop's numbers are not kept live into a handler).
 */
function gradientAt(fn: SmoothFunction, x: Vector, grad: Vector): boolean {
  try {
    fn.gradient(x, grad);
    return true;
  } catch (e) {
    if (e instanceof InputError && !allFinite(x)) return false;
    throw e;
  }
}

interface Run {
  readonly T: number;
  readonly trackGap: boolean;
  readonly trackNorm2: boolean;
  readonly trackMismatches: boolean;
  readonly record: TrajectoryRecord | undefined;
  readonly oracle: GradientOracle;
  readonly state: OptimizerState;
  /** Oracle calls and bits at the start. */
  readonly calls: number;
  readonly bitsUp: number | undefined;
  readonly bitsDown: number | undefined;
}

function diverged(run: Run, k: number, mismatches: number): TrajectoryStats {
  return {
    T: run.T,
    meanGradNorm1: Infinity,
    meanGradNorm2: run.trackNorm2 ? Infinity : undefined,
    minGap: run.trackGap ? Infinity : undefined,
    finalGap: Infinity,
    oracleCalls: run.oracle.calls - run.calls,
    diverged: true,
    divergedAt: k,
    signMismatches: run.trackMismatches && run.state.g ? mismatches : undefined,
    ...communication(run),
    record: run.record,
  };
}

function communication({ state, T, bitsUp: up0, bitsDown: down0 }: Run): Pick<TrajectoryStats, "bitsUp" | "bitsDown" | "bitsUpPerWorkerPerIteration"> {
  const bitsUp = up0 === undefined ? undefined : state.bitsUp! - up0;
  const bitsDown = down0 === undefined ? undefined : state.bitsDown! - down0;
  return { bitsUp, bitsDown, bitsUpPerWorkerPerIteration: bitsUp === undefined ? undefined : bitsUp / (T * (state.workers ?? 1)) };
}
