/**
 * The pieces every experiment runs with: a method (an optimizer of src/optimizers with its
 * parameters as a function of the stepsize γ), one recorded run of it on a fresh oracle, the unit
 * counter that reports progress between runs and notices a stop, and stepsize tuning on a grid
 * (each γ run on `repeats` tuning streams, separate from the evaluation streams; the score is the
 * mean of a statistic of the final iterate; a diverged run scores +∞). The tuned γ is reported with
 * whether it sits at the edge of its grid (then the grid, not the method, limited it).
 */
import type { Stream } from "../core/stream.ts";
import type { Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";
import type { NoiseLaw } from "../noise/types.ts";
import { gradientOracle } from "../oracles/gradientOracle.ts";
import type { Optimizer, OptimizerState } from "../optimizers/types.ts";
import { traceRun, type Trace } from "./traceRun.ts";
import type { ExperimentContext } from "./types.ts";

export interface Method {
  /** Display name, e.g. "SignSGD". */
  readonly name: string;
  readonly optimizer: Optimizer<any, OptimizerState>;
  /** The optimizer's parameters for stepsize γ. */
  readonly params: (gamma: number) => Record<string, unknown>;
}

export interface Problem {
  readonly fn: SmoothFunction;
  readonly noise: NoiseLaw;
  /** Noise scale: one for every coordinate, or per coordinate. */
  readonly scale: number | Vector;
  readonly T: number;
  /** Step counts to record after (default: traceRun's grid). */
  readonly at?: readonly number[];
  readonly metrics?: (x: Vector) => Readonly<Record<string, number>>;
}

/** One run of `method` with stepsize γ from x⁰, its randomness from `stream`. */
export function runOnce(problem: Problem, method: Method, gamma: number, x0: Vector, stream: Stream): Trace {
  const oracle = gradientOracle({ fn: problem.fn, noise: problem.noise, scale: problem.scale });
  const state = method.optimizer.init(x0, method.params(gamma), stream);
  return traceRun(method.optimizer, state, oracle, { T: problem.T, at: problem.at, metrics: problem.metrics });
}

/** Counts finished units, reports progress before each new one and tells when to stop. */
export class Units {
  private done = 0;
  constructor(
    private readonly ctx: ExperimentContext,
    readonly total: number,
  ) {}

  /** Before a unit: false when the run must stop (the unit is then not run). */
  next(label: string): Promise<boolean> {
    return this.ctx.checkpoint(this.done++, this.total, label);
  }

  get completed(): number {
    return this.done;
  }
}

export interface Tuning {
  readonly method: string;
  readonly grid: readonly number[];
  /** Mean score per γ (+∞ when a tuning run diverged; NaN where the grid was not reached). */
  readonly scores: readonly number[];
  readonly best: number;
  readonly bestScore: number;
  readonly atEdge: boolean;
  readonly repeats: number;
  /** False when the run stopped before the grid was done (best is then over the part done). */
  readonly complete: boolean;
}

export interface TuneOptions {
  readonly method: Method;
  readonly grid: readonly number[];
  readonly repeats: number;
  /** Runs γ on tuning repeat r. */
  readonly run: (gamma: number, repeat: number) => Trace;
  /** Statistic of a finished run to minimise (e.g. its end-of-run f − f*, floored at its resolution). */
  readonly score: (trace: Trace) => number;
  /** Among γ with equal mean scores (all at the floor, say), the least mean tie-break wins (e.g. the mean gap over the run: the fastest). */
  readonly tieBreak?: (trace: Trace) => number;
  readonly units: Units;
}

/** Grid search; undefined when stopped before any γ was scored. */
export async function tuneStepsize({ method, grid, repeats, run, score, tieBreak, units }: TuneOptions): Promise<Tuning | undefined> {
  const scores = grid.map(() => NaN);
  const ties = grid.map(() => NaN);
  let complete = true;
  outer: for (let i = 0; i < grid.length; i++) {
    let sum = 0;
    let tie = 0;
    for (let r = 0; r < repeats; r++) {
      if (!(await units.next(`tuning ${method.name}, γ = ${grid[i].toPrecision(3)} (${r + 1}/${repeats})`))) {
        complete = false;
        break outer;
      }
      const trace = run(grid[i], r);
      const s = trace.diverged ? Infinity : score(trace);
      sum += Number.isNaN(s) ? Infinity : s;
      tie += trace.diverged || !tieBreak ? 0 : tieBreak(trace);
    }
    scores[i] = sum / repeats;
    ties[i] = tie / repeats;
  }
  let best = -1;
  scores.forEach((s, i) => {
    if (Number.isNaN(s)) return;
    if (best < 0 || s < scores[best] || (s === scores[best] && ties[i] < ties[best])) best = i;
  });
  if (best < 0) return undefined;
  return {
    method: method.name,
    grid,
    scores,
    best: grid[best],
    bestScore: scores[best],
    atEdge: best === 0 || best === grid.length - 1,
    repeats,
    complete,
  };
}

/** A start x⁰ with coordinates mean + sd·N(0, 1), drawn from the stream (label, r) — shared by every arm of repeat r. */
export function gaussianStart(ctx: ExperimentContext, label: string, r: number, d: number, mean = 0, sd = 1): Vector {
  const s = ctx.stream(label, r);
  return Float64Array.from({ length: d }, () => mean + sd * s.normal());
}

/** γ₀·2^k for k = lo…hi. */
export function powerGrid(gamma0: number, lo: number, hi: number): number[] {
  const grid: number[] = [];
  for (let k = lo; k <= hi; k++) grid.push(gamma0 * 2 ** k);
  return grid;
}
