/**
 * A plain-text account of one claim result — verdict, key figure, the evidence and, when violated,
 * the counterexample and the command that replays it. Used by the vitest matcher's failure message
 * and the CLI's replay output.
 */
import type { ClaimResult } from "./types.ts";

export function describeResult(r: ClaimResult): string {
  const e = r.evidence;
  const lines = [
    `${r.id}: ${r.verdict}${r.expected ? ` (expected ${r.expected.verdict}${r.expected.from ? ` from ${r.expected.from}` : ""})` : ""} — ${r.summary}`,
    `  source: ${r.source.paper}, ${r.source.item}${r.source.equation ? `, eq. ${r.source.equation}` : ""}${r.source.step ? `, ${r.source.step}` : ""}`,
    `  seed ${e.seed}, budget ${e.budget}: ${e.instances} instances, ${e.trials} trials, ${e.failures} failures${e.diverged ? `, ${e.diverged} diverged` : ""}`,
  ];
  if (e.alpha !== undefined) lines.push(`  α = ${e.alpha} (per test ${e.alphaPerTest?.toExponential(3)}); certified ${e.certified}, refuted ${e.refuted}, undecided ${e.undecided}`);
  if (e.leastSlack !== undefined) lines.push(`  least slack (bound ÷ observed): ${e.leastSlack}`);
  if (e.worst) lines.push(`  worst instance: ${JSON.stringify(e.worst.instance)} → ${e.worst.failures}/${e.worst.trials} failures, interval [${e.worst.interval.lo}, ${e.worst.interval.hi}] vs target ${e.worst.target}`);
  if (e.counterexample) {
    lines.push(`  counterexample: ${JSON.stringify(e.counterexample.instance)}`);
    lines.push(`  detail: ${JSON.stringify(e.counterexample.detail)}`);
  }
  if (e.confirmation) lines.push(`  confirmation on fresh streams: ${e.confirmation.failures}/${e.confirmation.trials} → ${e.confirmation.decision}`);
  if (e.replay) lines.push(`  replay: ${e.replay}`);
  if (r.error) lines.push(`  error: ${r.error.message}${r.error.input !== undefined ? `; input: ${JSON.stringify(r.error.input)}` : ""}`);
  for (const note of e.notes) lines.push(`  note: ${note}`);
  lines.push(`  match: ${r.match.ok ? "ok" : "MISMATCH"} — ${r.match.reason}`);
  return lines.join("\n");
}
