/**
 * The section every statistical kind shares (probability, high-probability, tuning, expectation,
 * scaling): run and α lines, least slack with the re-estimated least-slack instance, degeneracy,
 * tightness, search, counterexamples with their confirmations on fresh streams, coverage and notes —
 * given the kind's own one-line rendering of a tested instance.
 */
import type { StatisticalEvidence } from "../../claims/engine/decideStatistical.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, num, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

export interface StatisticalLabels {
  /** What the least slack measures, e.g. "bound ÷ observed". */
  readonly slack: string;
  /** How the least-slack instance is called, e.g. "least-slack instance". */
  readonly worst: string;
}

export function statisticalSection<S>(e: StatisticalEvidence<string, S>, line: (label: string, s: S) => string, labels: StatisticalLabels): string[] {
  return [
    runLine(e),
    ...alphaLine(e, e),
    ...(e.leastSlack !== undefined ? [`least slack (${labels.slack}, non-degenerate instances): ${num(e.leastSlack)}`] : []),
    ...(e.worst && !e.counterexample ? [line(labels.worst, e.worst)] : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, (label, s) => [line(label, s)]),
    ...(e.confirmation ? [line("confirmation of the counterexample", e.confirmation)] : []),
    ...(e.worstConfirmation ? [line("confirmation of the worst violation", e.worstConfirmation)] : []),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
