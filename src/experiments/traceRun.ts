/**
 * One recorded optimizer run for an experiment: T steps of `optimizer` from x⁰ on `oracle`, with
 * f(x^t), f(x^t) − f*, ‖∇f(x^t)‖₂, the uplink bits sent so far (summed over workers) and optional
 * extra metrics (held-out accuracy, say) recorded after t = 0, …, T steps on a grid of iterations.
 * Unlike runTrajectory (which evaluates ∇f at every iterate for its averages), the function is only
 * evaluated on the grid, so a data-set run costs one data pass a step plus one per recorded point.
 * Over the last tenth of the run (END_SHARE) every iterate is also evaluated, and the means of f,
 * f − f*, ‖∇f‖ and the extra metrics over it are kept as the run's end-of-run values: a single last
 * iterate — or a grid whose points all fall on even steps — would be a lottery for a sign method with
 * constant γ, which visits the same few points in turn.
 * A non-finite iterate or value ends the run as diverged (the step it happened at is kept), never
 * silently: the trace then stops there.
 */
import { InputError } from "../core/errors.ts";
import { requireInteger } from "../core/validate.ts";
import { allFinite, norm2, type Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "../optimizers/types.ts";

/** The share of the run, at its end, over which end-of-run values are averaged. */
export const END_SHARE = 0.1;

export interface Trace {
  /** Steps done at each record (0 = the start). */
  readonly t: number[];
  readonly loss: number[];
  readonly gap: number[];
  readonly gradNorm: number[];
  /** Uplink bits sent after t steps (0 when the optimizer does not count them). */
  readonly bits: number[];
  readonly extra: Record<string, number[]>;
  readonly diverged: boolean;
  /** Steps done when divergence was seen. */
  readonly divergedAt?: number;
  /** Oracle calls over the run. */
  readonly oracleCalls: number;
  /** Means over every iterate of the last tenth of the run (absent when it diverged before the end). */
  readonly end?: Readonly<Record<string, number>>;
}

export interface TraceOptions {
  readonly T: number;
  /** Record after these step counts (sorted, within 0…T); default: about 100 points, 0 and T included. */
  readonly at?: readonly number[];
  /** Extra metrics of the iterate, recorded with the others. */
  readonly metrics?: (x: Vector) => Readonly<Record<string, number>>;
}

/** About `points` step counts from 0 to T: every step while T is small, then evenly spaced, 0 and T included. */
export function recordGrid(T: number, points = 100): number[] {
  requireInteger("T", T, 1);
  requireInteger("points", points, 2);
  if (T + 1 <= points) return Array.from({ length: T + 1 }, (_, i) => i);
  const grid = new Set<number>();
  for (let i = 0; i < points; i++) grid.add(Math.round((i * T) / (points - 1)));
  return [...grid].sort((a, b) => a - b);
}

export function traceRun<P, S extends OptimizerState>(optimizer: Optimizer<P, S>, state: S, oracle: GradientOracle, options: TraceOptions): Trace {
  const T = requireInteger("T", options.T, 1);
  const at = options.at ?? recordGrid(T);
  at.forEach((t, i) => {
    if (!(Number.isInteger(t) && t >= 0 && t <= T && (i === 0 || t > at[i - 1]))) throw new InputError(`at[${i}]`, t, `increasing integers in [0, ${T}]`);
  });
  const fn = oracle.fn;
  const grad = new Float64Array(fn.dim);
  const trace: Trace = { t: [], loss: [], gap: [], gradNorm: [], bits: [], extra: {}, diverged: false, oracleCalls: 0 };
  const calls0 = oracle.calls;
  const bits0 = state.bitsUp ?? 0;
  let next = 0;
  const tailFrom = T - Math.floor(END_SHARE * T);
  const sums: Record<string, number> = {};
  let tailCount = 0;
  const finish = (diverged: boolean, t?: number): Trace => ({
    ...trace,
    diverged,
    divergedAt: diverged ? t : undefined,
    oracleCalls: oracle.calls - calls0,
    end: diverged ? undefined : Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / tailCount])),
  });
  for (let t = 0; t <= T; t++) {
    if (!allFinite(state.x)) return finish(true, t);
    const recorded = next < at.length && at[next] === t;
    if (recorded || t >= tailFrom) {
      const loss = fn.value(state.x);
      fn.gradient(state.x, grad);
      if (!Number.isFinite(loss) || !allFinite(grad)) return finish(true, t);
      const values: Record<string, number> = { loss, gap: loss - fn.fStar, gradNorm: norm2(grad), ...(options.metrics ? options.metrics(state.x) : {}) };
      if (recorded) {
        next++;
        trace.t.push(t);
        trace.loss.push(values.loss);
        trace.gap.push(values.gap);
        trace.gradNorm.push(values.gradNorm);
        trace.bits.push((state.bitsUp ?? 0) - bits0);
        for (const key of Object.keys(values)) if (key !== "loss" && key !== "gap" && key !== "gradNorm") (trace.extra[key] ??= []).push(values[key]);
      }
      if (t >= tailFrom) {
        tailCount++;
        for (const [key, value] of Object.entries(values)) sums[key] = (sums[key] ?? 0) + value;
      }
    }
    if (t < T) optimizer.step(state, oracle);
  }
  return finish(false);
}
