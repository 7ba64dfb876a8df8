/**
 * The Markdown subset report appendices are written in, as HTML for index.html: headings (#…######),
 * paragraphs, bullet and numbered lists, pipe tables, fenced code blocks, and inline code, **bold**,
 * *emphasis* and links. Everything is escaped first; a link keeps its target only when it stays inside
 * the report (a relative path or an #anchor) — any other target is shown as text, so an appendix cannot
 * make the page reach the network.
 */
import { printable } from "../core/printable.ts";
import { escapeHtml } from "./richText.ts";

/** Inline Markdown (already one block) to HTML. */
export function inlineHtml(text: string): string {
  const parts = printable(text).split(/(`+)([^`]*?)\1/);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    if (i % 3 === 0) out += inlineProse(parts[i]);
    else if (i % 3 === 2) out += `<code>${escapeHtml(parts[i])}</code>`;
  }
  return out;
}

function inlineProse(text: string): string {
  let s = escapeHtml(text);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) => {
    const local = href.startsWith("#") || (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("//"));
    return local ? `<a href="${href}">${label}</a>` : `${label} (${href})`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, "$1<em>$2</em>");
  return s;
}

function tableRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, "|"));
}

/** Block Markdown to HTML; headings are shifted by `headingOffset` levels (an appendix sits under an h2). */
export function markdownToHtml(markdown: string, headingOffset = 0): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
      continue;
    }
    const fence = /^(```+|~~~+)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith(fence[1])) body.push(lines[i++]);
      i++;
      out.push(`<pre><code>${body.map((l) => escapeHtml(printable(l))).join("\n")}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(`<h${level}>${inlineHtml(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = tableRow(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(tableRow(lines[i++]));
      out.push(
        `<table><thead><tr>${head.map((h) => `<th>${inlineHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
      );
      continue;
    }
    const bullet = /^\s*([-*+]|\d+[.)])\s+/;
    if (bullet.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      while (i < lines.length && bullet.test(lines[i])) {
        let item = lines[i++].replace(bullet, "");
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !bullet.test(lines[i])) item += ` ${lines[i++].trim()}`;
        items.push(`<li>${inlineHtml(item)}</li>`);
      }
      out.push(`<${ordered ? "ol" : "ul"}>${items.join("")}</${ordered ? "ol" : "ul"}>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^(#{1,6}\s|```|~~~|\s*\||\s*([-*+]|\d+[.)])\s)/.test(lines[i])) para.push(lines[i++].trim());
    out.push(`<p>${inlineHtml(para.join(" "))}</p>`);
  }
  return out.join("\n");
}
