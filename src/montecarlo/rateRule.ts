/**
 * The decision rule for "failure rate ≤ δ" on top of `runTrials`: counts failures and divergences,
 * keeps each trial's statistic (for the empirical quantile and the slack), and stops at the first
 * look of the sequential design where the exact test decides.
 */
import { decideRate, type RateDecision, type SequentialDesign } from "../stats/sequentialRateTest.ts";
import type { DecisionRule } from "./runTrials.ts";

/** One trial of a rate claim: did the event ("failure") happen, and the statistic behind it. */
export interface RateTrial {
  readonly failed: boolean;
  /** The statistic compared with the bound (NaN when the claim has none). */
  readonly statistic: number;
  /** The trajectory produced NaN or ±∞: counted as a failure and reported. */
  readonly diverged?: boolean;
}

export interface RateState {
  failures: number;
  diverged: number;
  statistics: number[];
  decision: RateDecision;
  nextLook: number;
}

export function rateRule(design: SequentialDesign): DecisionRule<RateTrial, RateState> {
  return {
    init: () => ({ failures: 0, diverged: 0, statistics: [], decision: "undecided", nextLook: 0 }),
    observe(state, r) {
      if (r.failed || r.diverged) state.failures++;
      if (r.diverged) state.diverged++;
      state.statistics.push(r.statistic);
    },
    shouldStop(state, n) {
      if (n !== design.looks[state.nextLook]) return false;
      state.nextLook++;
      state.decision = decideRate(state.failures, n, design.delta, design.alphaPerLook);
      return state.decision !== "undecided";
    },
  };
}
