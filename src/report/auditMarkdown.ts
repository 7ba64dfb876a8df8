/**
 * The human-readable audit: `audit.md`. One table row per claim (id, kind, verdict, expected, key
 * figure), then one section per claim with its source, hypotheses, evidence and — when violated —
 * the shrunk counterexample and the command that replays it. Only computed results are shown.
 */
import { describeDatasetUse } from "../data/locateDataset.ts";
import { REFERENCES, isReferenceKey } from "../references.ts";
import type { AuditResult } from "../claims/auditClaims.ts";
import { formatNumber } from "../claims/formatNumber.ts";
import type { ClaimResult, RateSummary } from "../claims/types.ts";

const ICON: Record<string, string> = { holds: "✅", violated: "❌", inconclusive: "❔", "not-applicable": "➖", error: "💥" };

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

const num = (x: unknown): string => formatNumber(x, 5);

function rateLine(label: string, s: RateSummary): string {
  const parts = [`${s.failures}/${s.trials} failures vs target ${num(s.target)}`, `rate interval [${num(s.interval.lo)}, ${num(s.interval.hi)}] at confidence ${num(s.interval.confidence)}`];
  if (s.exactProbability !== undefined) parts.push(`exact rate ${num(s.exactProbability)}`);
  if (s.observedQuantile !== undefined) parts.push(`observed (1−δ)-quantile ${num(s.observedQuantile)} (upper confidence bound ${num(s.quantileUpper)} at confidence ${num(s.quantileConfidence)}) vs bound ${num(s.bound)}`);
  if (s.statisticMean !== undefined) parts.push(`statistic mean ${num(s.statisticMean)}${s.statisticSd !== undefined ? ` (sd ${num(s.statisticSd)})` : ""}`);
  if (s.slack !== undefined) parts.push(`slack ${num(s.slack)}`);
  return `- ${label}: ${parts.join("; ")}`;
}

function section(r: ClaimResult): string {
  const e = r.evidence;
  const src = r.source;
  const ref = src.reference ?? (isReferenceKey(src.paper) ? REFERENCES[src.paper] : undefined);
  const out = [
    `### ${r.id}`,
    "",
    `**${r.title}** — ${r.kind}${r.expected ? `; expected **${r.expected.verdict}**${r.expected.from ? ` (decisive from ${r.expected.from})` : ""}: ${r.expected.reason}` : ""}`,
    "",
    `- verdict: ${ICON[r.verdict]} **${r.verdict}** — ${r.summary}`,
    `- source: ${src.paper}${ref ? ` (${ref.pinned})` : ""}, ${src.item}${src.equation ? `, eq. ${src.equation}` : ""}${src.step ? `, ${src.step}` : ""}`,
  ];
  if (src.quote) out.push(`- as printed: “${src.quote}”`);
  if (r.hypotheses.length) out.push(`- hypotheses: ${r.hypotheses.join("; ")}`);
  out.push(`- evidence: seed ${e.seed}, budget ${e.budget}; ${e.instances} instances, ${e.trials} trials, ${e.failures} failures${e.diverged ? `, ${e.diverged} diverged` : ""}`);
  if (e.alpha !== undefined) out.push(`- decision: α = ${e.alpha} (Bonferroni, ${num(e.alphaPerTest)} per test); certified ${e.certified}, refuted ${e.refuted}, undecided ${e.undecided}${e.vacuous ? `, vacuous ${e.vacuous}` : ""}`);
  if (e.leastSlack !== undefined) out.push(`- least slack (bound ÷ observed): ${num(e.leastSlack)}`);
  if (e.maxRatio !== undefined || e.maxGap !== undefined) out.push(`- worst lhs/rhs ${num(e.maxRatio)}, worst lhs − rhs ${num(e.maxGap)}, closest approach ${num(e.closestApproach)} tolerances (a violation needs > 1)`);
  if (e.worst && !e.counterexample) out.push(rateLine("least-slack instance", e.worst));
  if (e.counterexample) {
    out.push(`- counterexample (shrunk): \`${JSON.stringify(e.counterexample.instance)}\``);
    const d = e.counterexample.detail as Partial<RateSummary> & Record<string, unknown>;
    if (d.interval) out.push(rateLine("at the counterexample", d as RateSummary));
    else out.push(`- at the counterexample: ${Object.entries(d).map(([k, v]) => `${k} = ${num(v)}`).join(", ")}`);
  }
  if (e.confirmation) out.push(rateLine("confirmation on fresh streams", e.confirmation));
  if (e.replay) out.push(`- replay: \`${e.replay}\``);
  if (e.coverage) out.push(`- coverage: ${Object.entries(e.coverage).map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  if (r.notApplicable) out.push(`- not applicable: ${r.notApplicable.reason}`);
  for (const use of r.data ?? []) out.push(`- data: ${describeDatasetUse(use)}`);
  if (r.error) out.push(`- error: ${r.error.message}${r.error.input !== undefined ? ` — input \`${JSON.stringify(r.error.input)}\`` : ""}`);
  for (const n of e.notes) out.push(`- note: ${n}`);
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
    `Family-wise error rate of the statistical verdicts (union bound over claims): ≤ ${num(result.familyWiseErrorRate)}. ` +
      "`holds` means *not refuted* on the instances tested at that level, never *proven*; inequality claims are searched, not proved.",
    "",
    "| claim | kind | verdict | expected | key figure |",
    "| --- | --- | --- | --- | --- |",
    ...result.claims.map((r) => `| [${r.id}](#${r.id.replace(/[^a-z0-9-]/g, "").toLowerCase()}) | ${r.kind} | ${ICON[r.verdict]} ${r.verdict} | ${r.expected?.verdict ?? "—"} | ${cell(r.summary)} |`),
    "",
    "## Claims",
    "",
    ...result.claims.map(section).flatMap((s) => [s, ""]),
  ];
  return lines.join("\n");
}
