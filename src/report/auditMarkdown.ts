/**
 * The human-readable audit as Markdown (`audit.md`): the document of auditDocument.ts — header, claims that
 * could not run, summary table (one row per claim: id, kind, verdict, expected, key figure), one section per
 * claim with its figures (`![caption](figures/…svg)`, the SVGs written beside it), the experiments found
 * beside the report, and the appendices. Every span is rendered through richText (claim text escaped).
 */
import type { AuditResult } from "../claims/auditClaims.ts";
import type { ClaimResult } from "../claims/types.ts";
import { profileSection } from "./profileMarkdown.ts";
import {
  anchor,
  claimLines,
  countsText,
  headerLines,
  ICON,
  keyFigure,
  missingDataLines,
  titleLine,
  type AuditDocumentOptions,
  type ExperimentEntry,
  type FigureRef,
  type AppendixPage,
} from "./auditDocument.ts";
import { markdownCode, markdownText, toMarkdown } from "./richText.ts";

export { ICON, anchor };

/** A table cell: escaped, one line, pipes escaped. */
export function cell(s: string): string {
  return markdownText(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function figureBlock(f: FigureRef): string[] {
  const alt = (f.title ?? f.caption).replace(/[[\]\n]/g, " ");
  return [`![${markdownText(alt)}](${f.file})`, "", `*${markdownText(f.caption)}*`, ""];
}

/** One claim's section: heading, title paragraph, bullets, figures. */
export function claimSection(r: ClaimResult, figures: readonly FigureRef[] = [], level = 3): string {
  return [
    `${"#".repeat(level)} ${markdownText(r.id)}`,
    "",
    toMarkdown(titleLine(r)),
    "",
    ...claimLines(r).map((l) => `- ${toMarkdown(l)}`),
    "",
    ...figures.flatMap(figureBlock),
  ]
    .join("\n")
    .trimEnd();
}

function experimentsBlock(experiments: readonly ExperimentEntry[]): string[] {
  if (!experiments.length) return [];
  return [
    "## The paper's experiments",
    "",
    "Rerun with `signcheck experiment NAME` (outputs in `experiments/NAME/`; see each report for the figures and the raw series).",
    "",
    ...experiments.map(
      (x) =>
        `- [${markdownText(x.title)}](${x.folder}/report.md)${x.partial ? " (partial run)" : ""}${x.smoke ? " (smoke size)" : ""} — ${markdownText(x.headline)} Reproduce: ${markdownCode(x.command)}`,
    ),
    "",
  ];
}

function appendixBlock(a: AppendixPage): string[] {
  const link = a.file ? `See [${markdownText(a.file)}](${a.file}).` : "";
  // An embedded page's headings go under the appendix's own level-2 heading.
  const body = a.markdown.trimEnd().replace(/^(#+) /gm, (_m, h: string) => `${"#".repeat(Math.min(6, h.length + 2))} `);
  return [`## Appendix: ${markdownText(a.title)}`, "", ...(a.file && !a.inline ? [link] : a.file ? [link, "", body] : [body]), ""];
}

export function auditMarkdown(result: AuditResult, options: AuditDocumentOptions = {}): string {
  const missing = missingDataLines(result);
  const lines = [
    "# signcheck audit",
    "",
    ...headerLines(result, options).flatMap((l) => [toMarkdown(l), ""]),
    ...(options.figures ? ["The same report with its figures inline, as one page: [index.html](index.html).", ""] : []),
    ...(missing.length ? ["## Claims that could not run here", "", ...missing.flatMap((l) => [toMarkdown(l), ""])] : []),
    "| claim | kind | verdict | expected | key figure |",
    "| --- | --- | --- | --- | --- |",
    ...result.claims.map(
      (r) => `| [${cell(r.id)}](#${anchor(r.id)}) | ${r.kind} | ${ICON[r.verdict]} ${r.verdict} | ${r.expected?.verdict ?? "—"} | ${cell(keyFigure(r))} |`,
    ),
    "",
    "## Claims",
    "",
    ...result.claims.flatMap((r) => [claimSection(r, options.figures?.get(r.id) ?? []), ""]),
    ...profileSection(result.claims),
    ...experimentsBlock(options.experiments ?? []),
    ...(options.appendices ?? []).flatMap(appendixBlock),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

export { countsText };
