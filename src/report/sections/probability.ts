/** Report section of `probability` and `high-probability` evidence (the same rate figures; the statistic's quantile for the latter). */
import type { HighProbabilityEvidence, ProbabilityEvidence, RateSummary } from "../../claims/types.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, num, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";
import { rateLine } from "./rate.ts";

export function rateDetail(label: string, s: RateSummary): string[] {
  return [rateLine(label, s)];
}

export function probabilitySection(e: ProbabilityEvidence | HighProbabilityEvidence): string[] {
  return [
    runLine(e),
    ...alphaLine(e, e),
    ...(e.leastSlack !== undefined ? [`least slack (bound ÷ observed, non-degenerate instances): ${num(e.leastSlack)}`] : []),
    ...(e.worst && !e.counterexample ? [rateLine("least-slack instance", e.worst)] : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, rateDetail),
    ...(e.confirmation ? [rateLine("confirmation of the counterexample", e.confirmation)] : []),
    ...(e.worstConfirmation ? [rateLine("confirmation of the worst violation", e.worstConfirmation)] : []),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
