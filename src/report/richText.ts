/**
 * A line of report text as typed spans — plain text, code (instances, commands) and emphasis — so that one
 * section renders to Markdown, HTML and plain terminal text alike, and text that comes from a claim's own
 * code can neither break the layout nor inject anything: every span is made printable first (control and
 * bidi characters escaped, core/printable.ts, as on the terminal); Markdown gets link, tag and entity
 * syntax defused and code spans fenced past any backticks inside; HTML gets everything escaped.
 * `t` builds a line from a template: interpolated strings and numbers are plain text, spans stay spans.
 */
import { printable } from "../core/printable.ts";

export type Span = string | { readonly code: string } | { readonly strong: string };
export type Line = readonly Span[];

export const code = (text: string): Span => ({ code: text });
export const strong = (text: string): Span => ({ strong: text });

/** A line from a template: `t\`replay: ${code(cmd)}\``. */
export function t(strings: TemplateStringsArray, ...values: readonly (Span | Line | number)[]): Line {
  const out: Span[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < values.length) {
      const v = values[i];
      if (Array.isArray(v)) out.push(...(v as Line));
      else out.push(typeof v === "number" ? String(v) : (v as Span));
    }
  });
  return out;
}

/** Lines joined with a separator (e.g. "; "). */
export function join(lines: readonly Line[], separator: string): Line {
  return lines.flatMap((l, i) => (i === 0 ? [...l] : [separator, ...l]));
}

/** Markdown text that renders as itself: no link, image, tag or entity can be formed from it. */
export function markdownText(text: string): string {
  return printable(text)
    .replace(/&(?=#?\w+;)/g, "&amp;")
    .replace(/<(?=[A-Za-z/!?])/g, "&lt;")
    .replace(/\]\(/g, "]\\(");
}

/** A Markdown code span holding `text` verbatim (a fence longer than any run of backticks inside). */
export function markdownCode(text: string): string {
  const s = printable(text);
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function toMarkdown(line: Line): string {
  return line.map((s) => (typeof s === "string" ? markdownText(s) : "code" in s ? markdownCode(s.code) : `**${markdownText(s.strong)}**`)).join("");
}

export function toHtml(line: Line): string {
  return line
    .map((s) =>
      typeof s === "string"
        ? escapeHtml(printable(s))
        : "code" in s
          ? `<code>${escapeHtml(printable(s.code))}</code>`
          : `<strong>${escapeHtml(printable(s.strong))}</strong>`,
    )
    .join("");
}

/** Terminal text: code in backticks, emphasis dropped. */
export function toPlain(line: Line): string {
  return line.map((s) => printable(typeof s === "string" ? s : "code" in s ? `\`${s.code}\`` : s.strong)).join("");
}
