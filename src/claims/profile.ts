/**
 * A claim's profile: what its sequential rate tests cost against a fixed-sample design of the same α and power
 * (`stats/fixedSampleSize.ts`; the alternative is a rate off by a factor 2 from δ in the direction the test
 * decided). Collected from every sequential test the claim runs — random instances, the worst-case search,
 * shrinking, re-estimation — while it is audited; plain data in its result, so a profile is the same whatever
 * worker, shard or resumed run computed it. The time a claim took is its result's `durationMs`.
 */
import { compareWithFixedSample } from "../stats/fixedSampleSize.ts";
import type { SequentialTestRun } from "./engine/context.ts";

/** The alternative the comparison uses, in words (the reports print it). */
export const FIXED_SAMPLE_ALTERNATIVE =
  "a rate off by a factor 2 from the target δ: δ/2 for a test that certified or stayed undecided, min(2δ, (1+δ)/2) for one that refuted";

export interface SequentialSavings {
  /** Sequential rate tests run, and the trials they used. */
  readonly tests: number;
  readonly trials: number;
  /** Of those, the tests with a comparison (the sequential design's power at the alternative ≥ 1/2) … */
  readonly compared: number;
  /** … the trials they used … */
  readonly comparedTrials: number;
  /** … and the trials fixed-sample designs of the same α and power would have used on the same tests. */
  readonly fixedTrials: number;
}

export interface ClaimProfile {
  readonly sequential?: SequentialSavings;
}

export interface ProfileCollector {
  readonly onSequentialTest: (test: SequentialTestRun) => void;
  /** The profile so far (undefined when nothing was sampled sequentially). */
  profile(): ClaimProfile | undefined;
}

export function profileCollector(): ProfileCollector {
  let tests = 0;
  let trials = 0;
  let compared = 0;
  let comparedTrials = 0;
  let fixedTrials = 0;
  return {
    onSequentialTest({ design, decision, trials: used }) {
      tests++;
      trials += used;
      const c = compareWithFixedSample(design, decision);
      if (c.fixedTrials === undefined) return;
      compared++;
      comparedTrials += used;
      fixedTrials += c.fixedTrials;
    },
    profile: () => (tests === 0 ? undefined : { sequential: { tests, trials, compared, comparedTrials, fixedTrials } }),
  };
}
