/**
 * A plain-text account of one claim result — verdict, key figure, the kind's evidence section and,
 * when violated, the counterexamples and the commands that replay them. Used by the vitest matcher's
 * failure message and the CLI's replay output; the same section lines as the Markdown report.
 */
import type { ClaimResult } from "../claims/types.ts";
import { looseness } from "./sections/common.ts";
import { evidenceLines } from "./sections/index.ts";

export function describeResult(r: ClaimResult): string {
  const loose = r.verdict === "holds" ? looseness(r.evidence.tightness) : undefined;
  const lines = [
    `${r.id}: ${r.verdict}${loose ? ` — ${loose}` : ""}${r.expected ? ` (expected ${r.expected.verdict}${r.expected.from ? ` from ${r.expected.from}` : ""})` : ""} — ${r.summary}`,
    `  source: ${r.source.paper}, ${r.source.item}${r.source.equation ? `, eq. ${r.source.equation}` : ""}${r.source.step ? `, ${r.source.step}` : ""}`,
    ...evidenceLines(r.evidence).map((l) => `  ${l}`),
  ];
  if (r.error) lines.push(`  error: ${r.error.message}${r.error.input !== undefined ? `; input: ${JSON.stringify(r.error.input)}` : ""}`);
  if (r.notApplicable) lines.push(`  not applicable: ${r.notApplicable.reason}`);
  lines.push(`  match: ${r.match.ok ? "ok" : "MISMATCH"} — ${r.match.reason}`);
  return lines.join("\n");
}
