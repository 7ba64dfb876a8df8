/**
 * What the human-readable audit says, once, for both renderings (audit.md and index.html): the header
 * (version, commit, Node, seed, budget, the data sets by name and sha256, the command that reproduces it),
 * the verdict counts, the claims that could not run for want of a data set and how to fetch it, the
 * summary table, one section per claim — title, verdict with its headline, source, hypotheses, the
 * kind's evidence lines, data sets, expectation, the command that reproduces the claim alone, and its
 * figures — the experiments found beside the report, and the appendices a claims module supplies. Times
 * (durations, the date) stay in audit.json, so two runs of the same audit give the same Markdown and HTML.
 *
 * Appendices are the extension point for extra sections: `{ id, title, markdown, file? }` — rendered after
 * the claims in audit.md (or linked, when `file` names a file of its own, which auditReportFiles then
 * writes) and in index.html (converted from the Markdown subset of markdownHtml.ts, escaped).
 */
import type { AuditResult } from "../claims/auditClaims.ts";
import type { ClaimResult } from "../claims/types.ts";
import { REFERENCES, isReferenceKey } from "../references.ts";
import { plural } from "../core/formatFigure.ts";
import { headline } from "./headline.ts";
import { datasetRecords, describeDataset, type DatasetRecord, type Provenance } from "./provenance.ts";
import { code, strong, t, type Line } from "./richText.ts";
import { instanceCode, looseness, num } from "./sections/common.ts";
import { evidenceLines } from "./sections/index.ts";

export const ICON: Record<string, string> = { holds: "✅", violated: "❌", inconclusive: "❔", "not-applicable": "➖", error: "💥", unstable: "⚠️" };

/** A figure of a claim or experiment: its file (relative to the report folder), caption and, once rendered, its SVG. */
export interface FigureRef {
  readonly file: string;
  /** A short name (alt text). */
  readonly title?: string;
  readonly caption: string;
  readonly svg?: string;
}

/** An extra section supplied by a claims module (an errors table, a traceability matrix, …). */
export interface AppendixPage {
  /** Anchor and, with `file`, the file's identity: letters, digits and '-'. */
  readonly id: string;
  readonly title: string;
  /** The section's body, in Markdown (headings, paragraphs, lists, tables, code). */
  readonly markdown: string;
  /** Also written as its own file beside audit.md (a name like "traceability.md"); audit.md then links to it. */
  readonly file?: string;
  /** With `file`: audit.md also embeds the section (headings shifted under its own), besides linking the file. */
  readonly inline?: boolean;
}

/** An experiment's committed outputs found beside the report (reports/experiments/NAME/). */
export interface ExperimentEntry {
  readonly name: string;
  readonly title: string;
  readonly headline: string;
  readonly command: string;
  readonly partial: boolean;
  readonly smoke: boolean;
  /** Folder relative to the report folder. */
  readonly folder: string;
  /** Its files (relative to its folder): report.md, results.json, the figures and raw series. */
  readonly files: readonly string[];
  readonly data: readonly DatasetRecord[];
}

export interface AuditDocumentOptions {
  readonly provenance?: Omit<Provenance, "date">;
  /** Figures per claim id. */
  readonly figures?: ReadonlyMap<string, readonly FigureRef[]>;
  readonly experiments?: readonly ExperimentEntry[];
  readonly appendices?: readonly AppendixPage[];
}

export function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/gi, "").toLowerCase();
}

const VERDICT_ORDER = ["holds", "violated", "inconclusive", "not-applicable", "error"] as const;

/** "25 hold, 14 violated, 2 not applicable" */
export function countsText(counts: Record<string, number>): string {
  const words: Record<string, (n: number) => string> = {
    holds: (n) => `${n} ${n === 1 ? "holds" : "hold"}`,
    violated: (n) => `${n} violated`,
    inconclusive: (n) => `${n} inconclusive`,
    "not-applicable": (n) => `${n} not applicable`,
    error: (n) => plural(n, "error"),
  };
  return VERDICT_ORDER.filter((v) => counts[v])
    .map((v) => words[v](counts[v]))
    .join(", ");
}

/** The data sets every claim read, once each. */
export function auditDatasets(result: AuditResult): DatasetRecord[] {
  return datasetRecords(result.claims.flatMap((r) => r.data ?? []));
}

function commitText(p: Omit<Provenance, "date">): string {
  if (!p.git) return "not from a git checkout";
  return `code at commit ${p.git.commit.slice(0, 12)}${p.git.codeChanged ? " with uncommitted changes" : ""}`;
}

/** The paragraphs of the header. */
export function headerLines(result: AuditResult, options: AuditDocumentOptions): Line[] {
  const p = options.provenance;
  const data = auditDatasets(result);
  const lines: Line[] = [
    t`signcheck ${result.version}${p ? `, ${commitText(p)}, Node ${p.node}` : ""}; root seed ${result.seed}, budget ${result.budget}. Reproduce: ${code(result.createdWith)}${p?.git ? " from a checkout of that commit" : ""}${data.length ? ", with the data sets below in place" : ""}.`,
  ];
  if (data.length) lines.push([`Data sets read: ${data.map(describeDataset).join("; ")}.`]);
  const mismatches = result.mismatches.length
    ? [strong("Not as expected"), `: ${result.mismatches.join(", ")}.`]
    : ["Every verdict matches its claim's expectation."];
  lines.push([
    `${plural(result.claims.length, "claim")}: ${countsText(result.counts)}. `,
    ...mismatches,
    ...(result.errors.length ? [" ", strong("Errors"), `: ${result.errors.join(", ")}.`] : []),
  ]);
  lines.push([
    `Family-wise error rate of the statistical verdicts and figures (union bound over the claims): ≤ ${num(result.familyWiseErrorRate)}. `,
    code("holds"),
    " means not refuted on the instances tested at that level, never proven; inequality claims are searched, not proved. " +
      "Tightness is the smallest factor the bound can be multiplied by and still not be refuted on the same instances.",
  ]);
  return lines;
}

export interface MissingData {
  readonly dataset: string;
  readonly fetch: string;
  readonly claims: readonly string[];
}

/** The claims that could not run because a data set is absent, grouped by data set. */
export function missingData(result: AuditResult): MissingData[] {
  const groups = new Map<string, { fetch: string; claims: string[] }>();
  for (const r of result.claims) {
    const na = r.notApplicable;
    if (!na?.missingData) continue;
    const name = na.dataset ?? "a data set";
    const g = groups.get(name) ?? { fetch: na.fetch ?? "signcheck data fetch NAME", claims: [] };
    g.claims.push(r.id);
    groups.set(name, g);
  }
  return [...groups].map(([dataset, g]) => ({ dataset, ...g }));
}

export function missingDataLines(result: AuditResult): Line[] {
  return missingData(result).map(
    (m) =>
      t`The data set ${strong(m.dataset)} is not available here, so ${m.claims.length === 1 ? "this claim was" : `these ${m.claims.length} claims were`} not run: ${m.claims.join(", ")}. Fetch it with ${code(m.fetch)} (or give a copy with ${code(`--data ${m.dataset}=FILE`)}, or put it in ${code("$SIGNCHECK_DATA_DIR")}), then run the command above again.`,
  );
}

export function titleLine(r: ClaimResult): Line {
  const loose = r.verdict === "holds" ? looseness(r.evidence.tightness) : undefined;
  const expected = r.expected
    ? [`; expected `, strong(r.expected.verdict), `${r.expected.from ? ` (decisive from budget ${r.expected.from})` : ""}: ${r.expected.reason}`]
    : [];
  return [...(loose ? [strong(`${loose[0].toUpperCase()}${loose.slice(1)}.`), " "] : []), strong(r.title), ` — ${r.kind}`, ...expected];
}

/** The key figure of the summary table: the headline, with the looseness first when the bound is loose. */
export function keyFigure(r: ClaimResult): string {
  const loose = r.verdict === "holds" ? looseness(r.evidence.tightness) : undefined;
  return `${loose ? `${loose}; ` : ""}${headline(r)}`;
}

/** The bullets of a claim's section; `icons: false` leaves the verdict's emoji out (the HTML page shows a coloured badge). */
export function claimLines(r: ClaimResult, { icons = true }: { icons?: boolean } = {}): Line[] {
  const src = r.source;
  const ref = src.reference ?? (isReferenceKey(src.paper) ? REFERENCES[src.paper] : undefined);
  const out: Line[] = [
    [`verdict: ${icons ? `${ICON[r.verdict]} ` : ""}`, strong(r.verdict), ` — ${headline(r)}`],
    [`source: ${src.paper}${ref ? ` (${ref.pinned})` : ""}, ${src.item}${src.equation ? `, eq. ${src.equation}` : ""}${src.step ? `, ${src.step}` : ""}`],
  ];
  if (src.quote) out.push([`as printed: “${src.quote}”`]);
  if (r.hypotheses.length) out.push([`hypotheses: ${r.hypotheses.join("; ")}`]);
  if (r.verdict !== "not-applicable" && r.verdict !== "error") out.push(...evidenceLines(r.evidence));
  for (const d of datasetRecords(r.data ?? [])) out.push([`data: ${describeDataset(d)}`]);
  if (r.error)
    out.push(
      t`error${r.error.where === "applicable" ? " in applicable()" : r.error.where === "auditor" ? " in the auditor" : ""}: ${r.error.message}${r.error.input !== undefined ? [" — input ", ...instanceCode(r.error.input)] : []}`,
    );
  const same = r.expected !== undefined && r.expected.verdict === r.verdict;
  out.push(r.match.ok ? [`expectation: met${same ? "" : ` — ${r.match.reason}`}`] : [strong("expectation: NOT met"), ` — ${r.match.reason}`]);
  if (r.reproduce) out.push(t`reproduce this claim alone: ${code(r.reproduce)}`);
  return out;
}
