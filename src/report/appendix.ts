/**
 * Report appendices: Markdown pages that a claims module adds to an audit's report, built from the
 * results of the audit that just ran — tables that join several claims (a list of a paper's errors
 * with the claims that show each, a traceability matrix from a proof's steps to its claims). A module
 * exports `appendices: ReportAppendix[]` beside its claims; the CLI passes the built-in ones the way it
 * passes the built-in claims (bin/signcheck.js), so this module knows no paper. `signcheck audit`
 * renders each appendix from the results (`renderAppendices`), writes it to DIR/<file>, and ends
 * audit.md with a section that lists the appendices — and embeds those marked `inline` — (`appendixSection`).
 * An appendix computes nothing the audit did not: it reads verdicts and figures from the results, and
 * shows a claim that was not audited in this run (an `--only` selection) as such. A renderer that throws
 * is reported with its message, in the section and on the command line (exit status 2), never dropped.
 */
import { InputError } from "../core/errors.ts";
import type { BudgetLevel, ClaimResult } from "../claims/types.ts";

export interface AppendixContext {
  readonly seed: number;
  readonly budget: BudgetLevel;
  /** The result of a claim by id, or undefined when the claim was not audited in this run. */
  readonly result: (id: string) => ClaimResult | undefined;
}

export interface ReportAppendix {
  /** File written beside audit.md: letters, digits, '.', '-', '_', ending in .md (not audit.md). */
  readonly file: string;
  readonly title: string;
  /** Also embedded as a section of audit.md (for short tables); otherwise only linked from it. */
  readonly inline?: boolean;
  /** The appendix's Markdown body (without its title), from this audit's results. */
  readonly render: (results: readonly ClaimResult[], context: AppendixContext) => string;
}

export interface RenderedAppendix {
  readonly file: string;
  readonly title: string;
  readonly inline: boolean;
  /** The page written to DIR/<file>: a title line and the body (or the error). */
  readonly markdown: string;
  /** Set when the renderer threw. */
  readonly error?: string;
}

const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.md$/;
const RESERVED = new Set(["audit.md"]);

/** Checks one appendix declaration (InputError naming where it came from, the value and the accepted form). */
export function validateAppendix(x: unknown, where: string): ReportAppendix {
  const a = x as Partial<ReportAppendix> | null;
  if (typeof a !== "object" || a === null) throw new InputError(`appendix of ${where}`, x, "an object { file, title, render(results, context), inline? }");
  if (typeof a.file !== "string" || !FILE.test(a.file) || RESERVED.has(a.file)) {
    throw new InputError(`appendix file of ${where}`, a.file, "a file name of letters, digits, '.', '-', '_' ending in .md, other than audit.md");
  }
  if (typeof a.title !== "string" || a.title.trim() === "") throw new InputError(`appendix title of ${where}`, a.title, "a non-empty string");
  if (typeof a.render !== "function") throw new InputError(`appendix render of ${where}`, a.render, "a function (results, context) → Markdown");
  if (a.inline !== undefined && typeof a.inline !== "boolean") throw new InputError(`appendix inline of ${where}`, a.inline, "true or false");
  return a as ReportAppendix;
}

/** Checks a list of appendices: each valid, file names distinct. */
export function validateAppendices(xs: unknown, where: string): ReportAppendix[] {
  if (!Array.isArray(xs)) throw new InputError(`appendices of ${where}`, xs, "an array of appendices");
  const out = xs.map((x) => validateAppendix(x, where));
  const seen = new Set<string>();
  for (const a of out) {
    if (seen.has(a.file)) throw new InputError(`appendix file of ${where}`, a.file, "a file name no other appendix uses");
    seen.add(a.file);
  }
  return out;
}

/** Renders every appendix from the results; a renderer that throws gives a page saying so (and `error`). */
export function renderAppendices(
  appendices: readonly ReportAppendix[],
  results: readonly ClaimResult[],
  run: { seed: number; budget: BudgetLevel },
): RenderedAppendix[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const context: AppendixContext = { seed: run.seed, budget: run.budget, result: (id) => byId.get(id) };
  return appendices.map((a) => {
    const head = `# ${a.title}\n\nFrom the audit at root seed ${run.seed}, budget ${run.budget} (audit.md).\n\n`;
    try {
      const body = a.render(results, context);
      if (typeof body !== "string") throw new Error(`render returned ${typeof body}, not Markdown text`);
      return { file: a.file, title: a.title, inline: a.inline === true, markdown: `${head}${body.trimEnd()}\n` };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      return { file: a.file, title: a.title, inline: a.inline === true, markdown: `${head}This appendix could not be rendered: ${error}\n`, error };
    }
  });
}

/** The section that ends audit.md: one line per appendix (its file), and the inline ones' bodies. */
export function appendixSection(rendered: readonly RenderedAppendix[]): string {
  if (rendered.length === 0) return "";
  const lines = ["", "## Appendices", ""];
  for (const a of rendered) lines.push(`- [${a.title}](${a.file})${a.error ? ` — could not be rendered: ${a.error}` : ""}`);
  for (const a of rendered.filter((r) => r.inline && !r.error)) {
    const body = a.markdown.split("\n").slice(1).join("\n").trim();
    lines.push(
      "",
      `### ${a.title}`,
      "",
      body.replace(/^(#+) /gm, (_m, h: string) => `${"#".repeat(Math.min(6, h.length + 2))} `),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A table cell: pipes escaped, line breaks as spaces (so any text fits one row). */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** A Markdown table from a header and rows of text cells. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const r of rows) if (r.length !== header.length) throw new InputError("table row", r.length, `${header.length} cells (one per header cell)`);
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
