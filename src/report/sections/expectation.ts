/** Report section of `expectation` evidence: the mean with its confidence bounds and which estimator decided. */
import type { ExpectationEvidence, MeanSummary } from "../../claims/types.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, num, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function meanLine(label: string, s: MeanSummary): string {
  const range = `declared range [${num(s.range.lo)}, ${s.range.hi === undefined ? "∞" : num(s.range.hi)}]`;
  const bounds = `E[X] ∈ [${num(s.lower)}, ${s.upper === undefined ? "no upper bound without hi" : num(s.upper)}] (each side at confidence ${num(s.confidence)}; lower bound ${s.truncation === Infinity ? "untruncated" : `truncated at M = ${num(s.truncation)}`})`;
  return `${label}${STREAMS[s.streams]}: mean ${num(s.mean)} (sd ${num(s.sd)}) over ${s.trials} draws vs bound ${num(s.bound)}; ${bounds}; ${range}; ${s.estimator ? `decided by ${s.estimator}` : "undecided"}; slack ${num(s.slack)} — \`${JSON.stringify(s.instance)}\``;
}

export function expectationSection(e: ExpectationEvidence): string[] {
  return [
    runLine(e),
    ...alphaLine(e, e),
    ...(e.leastSlack !== undefined ? [`least slack (bound ÷ mean, non-degenerate instances): ${num(e.leastSlack)}`] : []),
    ...(e.worst && !e.counterexample ? [meanLine("least-slack instance", e.worst)] : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, (label, s) => [meanLine(label, s)]),
    ...(e.confirmation ? [meanLine("confirmation of the counterexample", e.confirmation)] : []),
    ...(e.worstConfirmation ? [meanLine("confirmation of the worst violation", e.worstConfirmation)] : []),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
