/**
 * The one-line reading of a claim result — the key figure behind its verdict — from its typed evidence:
 * the summary-table cell, the verdict line of a report section, the CLI's result line and a vitest
 * failure's first line. Deciders produce figures only; the words are here, kind by kind:
 *   - inequality: the counterexample's two sides (with the digits it takes to see the gap), or how near
 *     the bound the instances came (equality up to round-off, or so many tolerances below it);
 *   - rate kinds: the failure rate against δ or the bound (exact, or its confidence interval), confirmed
 *     on fresh streams or not; the least slack when the claim holds;
 *   - expectation: the confidence bound on the mean that decided; scaling: the slope interval against the
 *     claimed exponent;
 *   - not-applicable: the reason (a missing data set and how to fetch it); error: where and what was thrown.
 */
import type { ExpectationEvidence, InequalityEvidence, MeanSummary, RateSummary, ScalingEvidence, SlopeSummary } from "../claims/types.ts";
import type { ClaimResult } from "../claims/types.ts";
import type { StatisticalEvidence } from "../claims/engine/decideStatistical.ts";
import { fig, figs, plural, ratioFig } from "../core/formatFigure.ts";
import { AT, searchedText } from "./sections/common.ts";
import { approachText } from "./sections/inequality.ts";

function inequalityHeadline(r: ClaimResult, e: InequalityEvidence): string {
  if (r.verdict === "violated" && e.counterexample) {
    const s = e.counterexample.detail;
    const [lhs, rhs] = figs(s.lhs, s.rhs, 6);
    const ratio = s.ratio !== null ? `lhs/rhs = ${ratioFig(s.ratio, 6)}, ` : "";
    const worst = e.worstCounterexample?.detail.ratio;
    return `lhs ${lhs} > rhs ${rhs} ${AT[e.counterexample.origin]} (${ratio}${fig(s.tolerances, 3)} times the tolerance past the bound)${worst !== undefined && worst !== null ? `; largest lhs/rhs found ${ratioFig(worst, 6)}` : ""}`;
  }
  if (r.verdict === "inconclusive" && e.timedOut)
    return `time limit of ${e.timedOut.limitSeconds} s reached during ${e.timedOut.phase}: not refuted on the ${plural(e.instances, "instance")} tested so far`;
  const tight = e.tightness ? `max lhs/rhs ${ratioFig(e.tightness.value, 6)}` : "";
  const approach = e.closestApproach !== undefined ? `nearest approach: ${approachText(e.closestApproach, undefined)}` : "";
  const degenerate = e.degenerate.count ? `${e.degenerate.count} degenerate` : "";
  return [`not refuted on ${searchedText(e)}`, tight, approach, degenerate].filter(Boolean).join("; ");
}

/** A refuted rate, as "failure rate ≥ 0.796 > δ = 0.1 (50/50 failures)" or "exact probability 0.333 > bound 0.148". */
function rateRefuted(s: RateSummary): string {
  const what = s.bound !== undefined ? `δ = ${fig(s.target)}` : `bound ${fig(s.target)}`;
  if (s.exactProbability !== undefined && s.interval.confidence === 1) {
    if (s.observedQuantile !== undefined && s.bound !== undefined) {
      const [q, b] = figs(s.observedQuantile, s.bound);
      return `statistic ${q} > bound ${b} on every trajectory (deterministic), so the failure rate is 1 > ${what}`;
    }
    const [p, b] = figs(s.exactProbability, s.target);
    return `exact probability ${p} > bound ${b} (no sampling)`;
  }
  return `failure rate ≥ ${fig(s.interval.lo)} > ${what} (${s.failures}/${s.trials} failures${s.diverged ? `, ${s.diverged} diverged` : ""})`;
}

function meanRefuted(s: MeanSummary): string {
  if (s.trials === 0) return `the declared lower end ${fig(s.range.lo)} of the statistic exceeds the bound ${fig(s.bound)} on every draw`;
  const [lo, b] = figs(s.lower, s.bound);
  return `E[X] ≥ ${lo} > bound ${b} (sample mean ${fig(s.mean)} over ${s.trials} draws${s.truncation !== Infinity ? `; lower bound of the mean truncated at M = ${fig(s.truncation)}` : ""})`;
}

function slopeRefuted(s: SlopeSummary): string {
  return `log–log slope ≥ ${fig(s.lower)} > claimed exponent ${fig(s.exponent)} + allowance ${fig(s.lowerOrder)} (median slope ${fig(s.medianSlope)} over ${s.replicates} replicates, ${s.size ?? "n"} from ${fig(s.sizes[0])} to ${fig(s.sizes[s.sizes.length - 1])})`;
}

/** The short form of a confirmation: the figure that refutes again. */
function rateConfirmed(s: RateSummary): string {
  if (s.exactProbability !== undefined && s.interval.confidence === 1) {
    if (s.observedQuantile !== undefined && s.bound !== undefined) return `statistic ${figs(s.observedQuantile, s.bound).join(" > bound ")}`;
    return `probability ${figs(s.exactProbability, s.target).join(" > bound ")}`;
  }
  return `failure rate ≥ ${fig(s.interval.lo)} (${s.failures}/${s.trials} failures)`;
}

function meanConfirmed(s: MeanSummary): string {
  return s.trials === 0 ? meanRefuted(s) : `E[X] ≥ ${fig(s.lower)} (sample mean ${fig(s.mean)} over ${s.trials} draws)`;
}

function slopeConfirmed(s: SlopeSummary): string {
  return `slope ≥ ${fig(s.lower)} (median ${fig(s.medianSlope)})`;
}

function statisticalHeadline<S>(
  r: ClaimResult,
  e: StatisticalEvidence<string, S>,
  refuted: (s: S) => string,
  holds: () => string,
  confirmed: (s: S) => string = refuted,
): string {
  const exact = !e.statistical;
  if (r.verdict === "violated" && e.counterexample) {
    const shrunk = e.counterexample.detail;
    // An exact refutation (closed form, or a deterministic statistic) needs no confirmation on fresh streams.
    if (!e.confirmation && !e.worstConfirmation) {
      const worst =
        e.worstCounterexample && e.worstCounterexample.instanceHash !== e.counterexample.instanceHash
          ? `; worst found: ${confirmed(e.worstCounterexample.detail)}`
          : "";
      return `${refuted(shrunk)} ${AT[e.counterexample.origin]}${worst}`;
    }
    const confirmedShrunk = (e.confirmation as { decision?: string } | undefined)?.decision === "refuted";
    const which = confirmedShrunk ? shrunk : (e.worstCounterexample?.detail ?? shrunk);
    const confirmation = (confirmedShrunk ? e.confirmation : e.worstConfirmation)!;
    return `${refuted(which)} ${confirmedShrunk ? AT[e.counterexample.origin] : "at the worst instance found"}; confirmed on fresh streams: ${confirmed(confirmation)}`;
  }
  if (r.verdict === "inconclusive") {
    if (e.counterexample && e.timedOut)
      return `an instance was refuted, but the time limit of ${e.timedOut.limitSeconds} s was reached before it was confirmed on fresh streams`;
    if (e.counterexample)
      return `an instance was refuted (${refuted((e.worstCounterexample ?? e.counterexample).detail)}), but neither it nor its shrunk form was refuted again on fresh streams`;
    if (e.timedOut) return `time limit of ${e.timedOut.limitSeconds} s reached during ${e.timedOut.phase}`;
    return `${e.undecided} of ${plural(e.instances, "instance")} undecided after up to ${e.budgetDetail.trials} trials each (too close to the bound for this budget)`;
  }
  return `not refuted on ${searchedText(e)} ${exact ? "(decided exactly)" : `at level α = ${fig(e.alpha ?? NaN)}`}; ${holds()}`;
}

function leastSlackText(e: StatisticalEvidence<string, { streams: string }>): string {
  if (e.leastSlack === undefined) return "no instance with a slack";
  const fresh = e.worst?.streams === "reestimate" ? " (re-estimated on fresh streams)" : "";
  return `least slack ${fig(e.leastSlack)}${fresh}`;
}

export function headline(r: ClaimResult): string {
  if (r.verdict === "not-applicable") return r.notApplicable?.reason ?? "not applicable here";
  if (r.verdict === "error") {
    const where = { claim: "the claim's code threw", applicable: "the claim's applicable() threw", auditor: "the auditor failed on this claim" }[
      r.error?.where ?? "claim"
    ];
    return `${where}: ${r.error?.message ?? "(no message)"}`;
  }
  const e = r.evidence;
  switch (e.kind) {
    case "inequality":
      return inequalityHeadline(r, e);
    case "probability":
    case "high-probability":
    case "tuning":
      return statisticalHeadline(r, e, rateRefuted, () => leastSlackText(e), rateConfirmed);
    case "expectation":
      return statisticalHeadline(r, e as ExpectationEvidence, meanRefuted, () => leastSlackText(e), meanConfirmed);
    case "scaling": {
      const s = e as ScalingEvidence;
      return statisticalHeadline(
        r,
        s,
        slopeRefuted,
        () => {
          const steepest = s.worst;
          if (!steepest) return "no slope measured";
          return `steepest median slope ${fig(steepest.medianSlope)} (upper end ${fig(steepest.upper)}) vs claimed exponent ${fig(steepest.exponent)} + margin ${fig(steepest.margin)}`;
        },
        slopeConfirmed,
      );
    }
  }
}
