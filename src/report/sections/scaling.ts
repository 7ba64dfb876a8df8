/** Report section of `scaling` evidence: the fitted slope with its interval, the sizes and the median costs. */
import type { ScalingEvidence, SlopeSummary } from "../../claims/types.ts";
import { num } from "./common.ts";
import { statisticalSection } from "./statistical.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function slopeLine(label: string, s: SlopeSummary): string {
  const costs = s.sizes.map((n, j) => `${num(n)} → ${num(s.medianCosts[j])}`).join(", ");
  return `${label}${STREAMS[s.streams]}: median log–log slope ${num(s.medianSlope)}, interval [${num(s.lower)}, ${num(s.upper)}] (each end at confidence ${num(s.confidence)}) over ${s.replicates} replicates vs claimed exponent ${num(s.exponent)} (holds needs upper ≤ ${num(s.exponent + s.margin)}, violated needs lower > ${num(s.exponent + s.lowerOrder)}); median cost per size: ${costs} — \`${JSON.stringify(s.instance)}\``;
}

export function scalingSection(e: ScalingEvidence): string[] {
  return statisticalSection(e, slopeLine, { slack: "room in the exponent: claimed − median slope", worst: "steepest instance" });
}
