/**
 * The human-readable audit: `audit.md`. One table row per claim (id, kind, verdict, expected, key
 * figure), then one section per claim: its title — and, first, whether the bound is loose — source,
 * hypotheses, and the kind's evidence section (src/report/sections/<kind>.ts): figures, tightness,
 * coverage per parameter, counterexamples with their replay commands. Only computed results are shown.
 */
import { describeDatasetUse } from "../data/locateDataset.ts";
import { REFERENCES, isReferenceKey } from "../references.ts";
import type { AuditResult } from "../claims/auditClaims.ts";
import type { ClaimResult } from "../claims/types.ts";
import { looseness, num } from "./sections/common.ts";
import { evidenceLines } from "./sections/index.ts";

export const ICON: Record<string, string> = { holds: "✅", violated: "❌", inconclusive: "❔", "not-applicable": "➖", error: "💥", unstable: "⚠️" };

export function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, "").toLowerCase();
}

export function claimSection(r: ClaimResult): string {
  const src = r.source;
  const ref = src.reference ?? (isReferenceKey(src.paper) ? REFERENCES[src.paper] : undefined);
  const loose = r.verdict === "holds" ? looseness(r.evidence.tightness) : undefined;
  const out = [
    `### ${r.id}`,
    "",
    `${loose ? `**${loose}.** ` : ""}**${r.title}** — ${r.kind}${r.expected ? `; expected **${r.expected.verdict}**${r.expected.from ? ` (decisive from ${r.expected.from})` : ""}: ${r.expected.reason}` : ""}`,
    "",
    `- verdict: ${ICON[r.verdict]} **${r.verdict}** — ${r.summary}`,
    `- source: ${src.paper}${ref ? ` (${ref.pinned})` : ""}, ${src.item}${src.equation ? `, eq. ${src.equation}` : ""}${src.step ? `, ${src.step}` : ""}`,
  ];
  if (src.quote) out.push(`- as printed: “${src.quote}”`);
  if (r.hypotheses.length) out.push(`- hypotheses: ${r.hypotheses.join("; ")}`);
  out.push(...evidenceLines(r.evidence).map((l) => `- ${l}`));
  if (r.notApplicable) out.push(`- not applicable: ${r.notApplicable.reason}`);
  for (const use of r.data ?? []) out.push(`- data: ${describeDatasetUse(use)}`);
  if (r.error) out.push(`- error: ${r.error.message}${r.error.input !== undefined ? ` — input \`${JSON.stringify(r.error.input)}\`` : ""}`);
  out.push(`- ${r.match.ok ? "matches" : "**MISMATCH**"}: ${r.match.reason}; ${r.durationMs} ms`);
  return out.join("\n");
}

export function auditMarkdown(result: AuditResult): string {
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
  const lines = [
    "# signcheck audit",
    "",
    `signcheck ${result.version}, root seed ${result.seed}, budget ${result.budget}. Reproduce: \`${result.createdWith}\`.`,
    "",
    `${result.claims.length} claims: ${counts}. Mismatches with expectations: ${result.mismatches.length ? result.mismatches.join(", ") : "none"}.${result.errors.length ? ` Errors: ${result.errors.join(", ")}.` : ""}`,
    "",
    `Family-wise error rate of the statistical verdicts and figures (union bound over claims): ≤ ${num(result.familyWiseErrorRate)}. ` +
      "`holds` means *not refuted* on the instances tested at that level, never *proven*; inequality claims are searched, not proved. " +
      "Tightness is the smallest factor the bound can be multiplied by and still not be refuted on the same instances.",
    "",
    "| claim | kind | verdict | expected | key figure |",
    "| --- | --- | --- | --- | --- |",
    ...result.claims.map((r) => {
      const loose = r.verdict === "holds" ? looseness(r.evidence.tightness) : undefined;
      return `| [${r.id}](#${anchor(r.id)}) | ${r.kind} | ${ICON[r.verdict]} ${r.verdict} | ${r.expected?.verdict ?? "—"} | ${cell(`${loose ? `${loose}; ` : ""}${r.summary}`)} |`;
    }),
    "",
    "## Claims",
    "",
    ...result.claims.map(claimSection).flatMap((s) => [s, ""]),
  ];
  return lines.join("\n");
}
