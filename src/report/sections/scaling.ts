/** Report section of `scaling` evidence: the fitted slope with its interval, the sizes and the median costs. */
import type { ScalingEvidence, SlopeSummary } from "../../claims/types.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, num, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function slopeLine(label: string, s: SlopeSummary): string {
  const costs = s.sizes.map((n, j) => `${num(n)} → ${num(s.medianCosts[j])}`).join(", ");
  return `${label}${STREAMS[s.streams]}: median log–log slope ${num(s.medianSlope)}, interval [${num(s.lower)}, ${num(s.upper)}] (each end at confidence ${num(s.confidence)}) over ${s.replicates} replicates vs claimed exponent ${num(s.exponent)} (holds needs upper ≤ ${num(s.exponent + s.margin)}, violated needs lower > ${num(s.exponent + s.lowerOrder)}); median cost per size: ${costs} — \`${JSON.stringify(s.instance)}\``;
}

export function scalingSection(e: ScalingEvidence): string[] {
  return [
    runLine(e),
    ...alphaLine(e, e),
    ...(e.leastSlack !== undefined ? [`least room in the exponent (claimed − median slope): ${num(e.leastSlack)}`] : []),
    ...(e.worst && !e.counterexample ? [slopeLine("steepest instance", e.worst)] : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, (label, s) => [slopeLine(label, s)]),
    ...(e.confirmation ? [slopeLine("confirmation of the counterexample", e.confirmation)] : []),
    ...(e.worstConfirmation ? [slopeLine("confirmation of the worst violation", e.worstConfirmation)] : []),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
