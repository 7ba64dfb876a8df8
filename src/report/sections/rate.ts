/** Report lines of one tested rate (probability, high-probability, tuning): failures, exact interval, quantile and slack. */
import type { RateSummary } from "../../claims/types.ts";
import { num } from "./common.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function rateLine(label: string, s: RateSummary): string {
  const parts = [`${s.failures}/${s.trials} failures vs target ${num(s.target)}${s.diverged ? ` (${s.diverged} diverged)` : ""}`];
  if (s.trials > 0 && s.interval.confidence < 1) parts.push(`rate interval [${num(s.interval.lo)}, ${num(s.interval.hi)}] at confidence ${num(s.interval.confidence)}`);
  if (s.exactProbability !== undefined) parts.push(`exact rate ${num(s.exactProbability)}`);
  if (s.observedQuantile !== undefined) {
    const ci = s.quantileConfidence !== undefined && s.quantileConfidence < 1 ? ` (confidence bounds [${num(s.quantileLower)}, ${num(s.quantileUpper)}] at ${num(s.quantileConfidence)})` : "";
    parts.push(`observed (1−δ)-quantile ${num(s.observedQuantile)}${ci} vs bound ${num(s.bound)}`);
  }
  if (s.statisticMean !== undefined) parts.push(`statistic mean ${num(s.statisticMean)}${s.statisticSd !== undefined ? ` (sd ${num(s.statisticSd)})` : ""}`);
  if (s.slack !== undefined) parts.push(`slack ${num(s.slack)}`);
  return `${label}${STREAMS[s.streams]}: ${parts.join("; ")} — \`${JSON.stringify(s.instance)}\``;
}
