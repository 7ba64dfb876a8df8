/**
 * The section every statistical kind shares (probability, high-probability, tuning, expectation,
 * scaling): run and α lines, least slack with the re-estimated least-slack instance, degeneracy,
 * tightness, search, counterexamples with their confirmations on fresh streams, coverage and notes —
 * given the kind's own one-line rendering of a tested instance.
 */
import type { StatisticalEvidence } from "../../claims/engine/decideStatistical.ts";
import { plural } from "../../core/formatFigure.ts";
import type { Line } from "../richText.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

export interface StatisticalLabels<S = unknown> {
  /** The least-slack line (none: the kind reports its extreme instance otherwise). */
  readonly leastSlack?: (value: number, worst: S | undefined) => Line;
  /** What the run line counts (default Monte-Carlo trials). */
  readonly runs?: "trials" | "runs";
  /** How the least-slack instance is called, e.g. "least-slack instance". */
  readonly worst: string;
}

export function statisticalSection<S>(e: StatisticalEvidence<string, S>, line: (label: string, s: S) => Line, labels: StatisticalLabels<S>): Line[] {
  return [
    ...runLine(e, labels.runs ?? "trials"),
    ...alphaLine(e, e),
    ...(e.leastSlack !== undefined && labels.leastSlack ? [labels.leastSlack(e.leastSlack, e.worst)] : []),
    ...(e.worst && !e.counterexample ? [line(labels.worst, e.worst)] : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...(e.searchUndecided
      ? [
          [
            `${plural(e.searchUndecided, "instance")} of the worst-case search ${e.searchUndecided === 1 ? "was" : "were"} undecided at this budget (counted neither for nor against)`,
          ],
        ]
      : []),
    ...counterexampleLines(e, (label, s) => [line(label, s)]),
    ...(e.confirmation ? [line("confirmation of the counterexample", e.confirmation)] : []),
    ...(e.worstConfirmation ? [line("confirmation of the worst violation", e.worstConfirmation)] : []),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
