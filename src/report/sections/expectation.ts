/** Report section of `expectation` evidence: the mean with its confidence bounds and which estimator decided. */
import type { ExpectationEvidence, MeanSummary } from "../../claims/types.ts";
import { num } from "./common.ts";
import { statisticalSection } from "./statistical.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function meanLine(label: string, s: MeanSummary): string {
  const range = `declared range [${num(s.range.lo)}, ${s.range.hi === undefined ? "∞" : num(s.range.hi)}]`;
  const bounds = `E[X] ∈ [${num(s.lower)}, ${s.upper === undefined ? "no upper bound without hi" : num(s.upper)}] (each side at confidence ${num(s.confidence)}; lower bound ${s.truncation === Infinity ? "untruncated" : `truncated at M = ${num(s.truncation)}`})`;
  return `${label}${STREAMS[s.streams]}: mean ${num(s.mean)} (sd ${num(s.sd)}) over ${s.trials} draws vs bound ${num(s.bound)}; ${bounds}; ${range}; ${s.estimator ? `decided by ${s.estimator}` : "undecided"}; slack ${num(s.slack)} — \`${JSON.stringify(s.instance)}\``;
}

export function expectationSection(e: ExpectationEvidence): string[] {
  return statisticalSection(e, meanLine, { slack: "bound ÷ mean", worst: "least-slack instance" });
}
