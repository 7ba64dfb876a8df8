/**
 * The seeded Monte-Carlo trial runner. It runs `trial(stream, index)` for index = 0, 1, … with the
 * stream keyed by (root seed, claim, instance hash, index, domain), feeds each result to the
 * decision rule, and stops as soon as the rule says so or the budget is spent. It keeps only what the
 * rule keeps (counts, per-trial statistics), never whole trajectories. Because every trial owns its
 * stream, the results are the same whatever order, worker or shard runs them.
 */
import { streamFor, type Stream, type StreamKey } from "../core/stream.ts";
import { requireInteger } from "../core/validate.ts";

export interface DecisionRule<R, S> {
  /** A fresh state. */
  init(): S;
  /** Record one trial's result. */
  observe(state: S, result: R, index: number): void;
  /** After `n` trials: stop now? */
  shouldStop(state: S, n: number): boolean;
}

export interface TrialRun<S> {
  readonly state: S;
  /** Trials actually run. */
  readonly trials: number;
  /** True when the rule stopped before the budget was spent. */
  readonly stoppedEarly: boolean;
}

export interface RunTrialsOptions<R, S> {
  readonly key: Omit<StreamKey, "trial">;
  readonly trial: (stream: Stream, index: number) => R;
  readonly rule: DecisionRule<R, S>;
  readonly maxTrials: number;
  /** Called before every trial: a time limit throws from here (cooperatively; a trial that never returns is not interrupted). */
  readonly checkpoint?: () => void;
}

export function runTrials<R, S>({ key, trial, rule, maxTrials, checkpoint }: RunTrialsOptions<R, S>): TrialRun<S> {
  requireInteger("maxTrials", maxTrials, 1);
  const state = rule.init();
  for (let i = 0; i < maxTrials; i++) {
    checkpoint?.();
    rule.observe(state, trial(streamFor({ ...key, trial: i }), i), i);
    if (rule.shouldStop(state, i + 1)) return { state, trials: i + 1, stoppedEarly: i + 1 < maxTrials };
  }
  return { state, trials: maxTrials, stoppedEarly: false };
}
