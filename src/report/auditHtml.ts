/**
 * The audit as one self-contained HTML page (`index.html`): the document of auditDocument.ts with every
 * figure inlined as SVG, a summary table that can be filtered by verdict (and by a search in the claim
 * ids) and sorted by any column, one section per claim with the command that reproduces it, a section per
 * experiment found beside the report (linking its committed outputs) and the appendices. Nothing is
 * loaded: no external stylesheet, font, script or image; a Content-Security-Policy forbids every request
 * (the inline style and the small inline script for filtering and sorting are the page's own). All text
 * is escaped; claim text is made printable first, as on the terminal.
 */
import type { AuditResult } from "../claims/auditClaims.ts";
import type { SeedsAuditResult } from "../claims/auditSeeds.ts";
import type { ClaimResult } from "../claims/types.ts";
import {
  anchor,
  claimLines,
  countsText,
  headerLines,
  keyFigure,
  missingDataLines,
  titleLine,
  type AuditDocumentOptions,
  type ExperimentEntry,
  type FigureRef,
  type AppendixPage,
} from "./auditDocument.ts";
import { describeDataset } from "./provenance.ts";
import { markdownToHtml } from "./markdownHtml.ts";
import { escapeHtml, toHtml } from "./richText.ts";
import { num } from "./sections/common.ts";

const VERDICTS = ["holds", "violated", "inconclusive", "not-applicable", "error", "unstable"] as const;

const STYLE = `
:root { --fg: #1b1b1b; --muted: #555; --line: #ddd; --bg-alt: #f6f6f4; --holds: #0b7a3e; --violated: #b3261e; --inconclusive: #8a6d00; --na: #666; --error: #7b1fa2; --unstable: #c25e00; }
* { box-sizing: border-box; }
body { font-family: Helvetica, Arial, "Liberation Sans", "Nimbus Sans", sans-serif; color: var(--fg); margin: 0; line-height: 1.45; font-size: 15px; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 64px; }
h1 { font-size: 26px; margin: 12px 0 8px; }
h2 { font-size: 21px; margin: 36px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0 0 6px; }
nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 6px 24px; z-index: 2; font-size: 14px; }
nav a { margin-right: 14px; }
a { color: #0057a3; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 12.5px; background: var(--bg-alt); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
.meta p { margin: 6px 0; }
.notice { border-left: 4px solid var(--inconclusive); background: #fff8e1; padding: 8px 12px; margin: 12px 0; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; margin: 8px 0 10px; font-size: 14px; }
.controls label { white-space: nowrap; }
.controls input[type=search] { padding: 3px 6px; font-size: 14px; min-width: 220px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: var(--bg-alt); position: sticky; top: 33px; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " ↕"; color: #999; font-weight: normal; }
th[aria-sort=ascending] button::after { content: " ↑"; color: var(--fg); }
th[aria-sort=descending] button::after { content: " ↓"; color: var(--fg); }
td.key { color: #333; }
.verdict { display: inline-block; font-weight: bold; font-size: 12.5px; padding: 1px 7px; border-radius: 10px; color: #fff; white-space: nowrap; }
.v-holds { background: var(--holds); } .v-violated { background: var(--violated); } .v-inconclusive { background: var(--inconclusive); }
.v-not-applicable { background: var(--na); } .v-error { background: var(--error); } .v-unstable { background: var(--unstable); }
article.claim { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
article.claim > ul { padding-left: 20px; margin: 8px 0; }
article.claim li { margin: 3px 0; }
.claim .title { margin: 4px 0 8px; }
.mismatch { outline: 3px solid var(--violated); }
figure { margin: 14px 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); max-width: 900px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: flex-start; }
.reproduce { margin: 8px 0 0; font-size: 14px; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  var table = document.getElementById("summary-table");
  if (!table) return;
  var body = table.tBodies[0];
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-verdict]"));
  var search = document.getElementById("claim-search");
  var count = document.getElementById("shown-count");
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.getAttribute("data-verdict")] = b.checked; });
    var q = search ? search.value.trim().toLowerCase() : "";
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var show = on[row.getAttribute("data-verdict")] !== false && (!q || row.getAttribute("data-id").toLowerCase().indexOf(q) >= 0);
      row.hidden = !show;
      var article = document.getElementById(row.getAttribute("data-anchor"));
      if (article) article.hidden = !show;
      if (show) shown++;
    });
    if (count) count.textContent = shown + " of " + body.rows.length + " claims shown";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  if (search) search.addEventListener("input", apply);
  var order = ${JSON.stringify(VERDICTS)};
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-sort") || a.cells[col].textContent;
        var y = b.cells[col].getAttribute("data-sort") || b.cells[col].textContent;
        var ix = order.indexOf(x), iy = order.indexOf(y);
        var c = ix >= 0 && iy >= 0 ? ix - iy : x.localeCompare(y);
        return c * dir || a.getAttribute("data-index") - b.getAttribute("data-index");
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
`;

function page(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may be fetched: only the page's own inline style and script run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    body,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function verdictBadge(v: string): string {
  return `<span class="verdict v-${escapeHtml(v)}">${escapeHtml(v)}</span>`;
}

function figureHtml(f: FigureRef): string {
  if (!f.svg) return "";
  // An SVG from renderSvg: self-contained, ids prefixed per figure (checked when rendered).
  return `<figure data-file="${escapeHtml(f.file)}">${f.svg.replace(/^<\?xml[^>]*>\s*/, "")}<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`;
}

function claimArticle(r: ClaimResult, figures: readonly FigureRef[]): string {
  const items = claimLines(r, { icons: false })
    .map((l) => `<li>${toHtml(l)}</li>`)
    .join("\n");
  return [
    `<article class="claim${r.match.ok ? "" : " mismatch"}" id="${anchor(r.id)}" data-claim="${escapeHtml(r.id)}" data-verdict="${escapeHtml(r.verdict)}">`,
    `<h3>${escapeHtml(r.id)} ${verdictBadge(r.verdict)}</h3>`,
    `<p class="title">${toHtml(titleLine(r))}</p>`,
    `<ul>\n${items}\n</ul>`,
    figures.length ? `<div class="figures">${figures.map(figureHtml).join("\n")}</div>` : "",
    "</article>",
  ].join("\n");
}

function summaryTable(result: AuditResult): string {
  const rows = result.claims.map(
    (r, i) =>
      `<tr data-index="${i}" data-verdict="${escapeHtml(r.verdict)}" data-id="${escapeHtml(r.id)}" data-anchor="${anchor(r.id)}">` +
      `<td><a href="#${anchor(r.id)}">${escapeHtml(r.id)}</a></td><td>${escapeHtml(r.kind)}</td><td data-sort="${escapeHtml(r.verdict)}">${verdictBadge(r.verdict)}</td>` +
      `<td data-sort="${escapeHtml(r.expected?.verdict ?? "")}">${escapeHtml(r.expected?.verdict ?? "—")}${r.match.ok ? "" : " <strong>(not met)</strong>"}</td><td class="key">${escapeHtml(keyFigure(r))}</td></tr>`,
  );
  const present = VERDICTS.filter((v) => result.counts[v]);
  const boxes = present.map((v) => `<label><input type="checkbox" data-verdict="${v}" checked> ${verdictBadge(v)} ${result.counts[v]}</label>`).join("\n");
  const th = (label: string) => `<th scope="col"><button type="button">${label}</button></th>`;
  return [
    `<div class="controls"><span>Show:</span>\n${boxes}\n<input id="claim-search" type="search" placeholder="filter claim ids…" aria-label="filter claim ids"><span id="shown-count"></span></div>`,
    `<table id="summary-table"><thead><tr>${["claim", "kind", "verdict", "expected", "key figure"].map(th).join("")}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table>",
  ].join("\n");
}

function experimentsHtml(experiments: readonly ExperimentEntry[]): string {
  if (!experiments.length) return "";
  const one = (x: ExperimentEntry) => {
    const link = (f: string) => `<a href="${escapeHtml(`${x.folder}/${f}`)}">${escapeHtml(f)}</a>`;
    const figures = x.files.filter((f) => f.endsWith(".svg"));
    const other = x.files.filter((f) => !f.endsWith(".svg"));
    return [
      `<article class="claim" id="experiment-${anchor(x.name)}">`,
      `<h3>${escapeHtml(x.title)}${x.partial ? ' <span class="verdict v-inconclusive">partial run</span>' : ""}${x.smoke ? ' <span class="verdict v-not-applicable">smoke size</span>' : ""}</h3>`,
      `<p>${escapeHtml(x.headline)}</p>`,
      "<ul>",
      `<li>report: <a href="${escapeHtml(`${x.folder}/report.md`)}">${escapeHtml(`${x.folder}/report.md`)}</a>; files: ${other.map(link).join(", ")}</li>`,
      figures.length ? `<li>figures: ${figures.map(link).join(", ")}</li>` : "",
      x.data.length ? `<li>data: ${escapeHtml(x.data.map(describeDataset).join("; "))}</li>` : "",
      "</ul>",
      `<p class="reproduce">Reproduce: <code>${escapeHtml(x.command)}</code></p>`,
      "</article>",
    ].join("\n");
  };
  return [
    `<section id="experiments"><h2>The paper's experiments</h2>`,
    "<p>Rerun with <code>signcheck experiment NAME</code>; each links its committed report, raw series and figures.</p>",
    ...experiments.map(one),
    "</section>",
  ].join("\n");
}

function appendixHtml(a: AppendixPage): string {
  return `<section id="appendix-${anchor(a.id)}"><h2>Appendix: ${escapeHtml(a.title)}</h2>\n${markdownToHtml(a.markdown, 2)}\n</section>`;
}

export function auditHtml(result: AuditResult, options: AuditDocumentOptions = {}): string {
  const missing = missingDataLines(result);
  const experiments = options.experiments ?? [];
  const appendices = options.appendices ?? [];
  const nav = [
    '<a href="#summary">Summary</a>',
    '<a href="#claims">Claims</a>',
    ...(experiments.length ? ['<a href="#experiments">Experiments</a>'] : []),
    ...appendices.map((a) => `<a href="#appendix-${anchor(a.id)}">${escapeHtml(a.title)}</a>`),
  ].join("");
  const body = [
    `<nav>${nav}</nav>`,
    "<main>",
    "<h1>signcheck audit</h1>",
    `<div class="meta">${headerLines(result, options)
      .map((l) => `<p>${toHtml(l)}</p>`)
      .join("\n")}</div>`,
    missing.length ? `<div class="notice" id="missing-data"><strong>Claims that could not run here.</strong> ${missing.map(toHtml).join(" ")}</div>` : "",
    `<section id="summary"><h2>Summary: ${escapeHtml(countsText(result.counts))}</h2>`,
    summaryTable(result),
    "</section>",
    '<section id="claims"><h2>Claims</h2>',
    ...result.claims.map((r) => claimArticle(r, options.figures?.get(r.id) ?? [])),
    "</section>",
    experimentsHtml(experiments),
    ...appendices.map(appendixHtml),
    "</main>",
  ].join("\n");
  return page("signcheck audit", body);
}

/** The multi-seed audit as one page: the verdicts side by side, then the sections of the claims that differ across seeds or missed their expectation. */
export function seedsHtml(result: SeedsAuditResult): string {
  const flagged = new Set([...result.unstable, ...result.mismatches, ...result.errors]);
  const rows = result.claims.map(
    (c, i) =>
      `<tr data-index="${i}" data-verdict="${escapeHtml(c.overall)}" data-id="${escapeHtml(c.id)}" data-anchor="${anchor(c.id)}"><td>${flagged.has(c.id) ? `<a href="#${anchor(c.id)}">${escapeHtml(c.id)}</a>` : escapeHtml(c.id)}</td><td>${escapeHtml(c.kind)}</td>` +
      `${c.verdicts.map((v) => `<td data-sort="${escapeHtml(v)}">${verdictBadge(v)}</td>`).join("")}<td data-sort="${escapeHtml(c.overall)}">${verdictBadge(c.overall)}</td><td>${escapeHtml(c.expected ?? "—")}</td><td>${c.matchesEverySeed ? "yes" : "<strong>no</strong>"}</td></tr>`,
  );
  const counts: Record<string, number> = {};
  for (const c of result.claims) counts[c.overall] = (counts[c.overall] ?? 0) + 1;
  const boxes = VERDICTS.filter((v) => counts[v])
    .map((v) => `<label><input type="checkbox" data-verdict="${v}" checked> ${verdictBadge(v)} ${counts[v]}</label>`)
    .join("\n");
  const th = (label: string) => `<th scope="col"><button type="button">${escapeHtml(label)}</button></th>`;
  const sections = result.claims.flatMap((c, k) =>
    flagged.has(c.id)
      ? [
          `<article class="claim" id="${anchor(c.id)}" data-verdict="${escapeHtml(c.overall)}"><h3>${escapeHtml(c.id)} ${verdictBadge(c.overall)}</h3>`,
          ...result.audits.map(
            (a) =>
              `<h4>root seed ${a.seed}</h4><ul>${claimLines(a.claims[k], { icons: false })
                .map((l) => `<li>${toHtml(l)}</li>`)
                .join("\n")}</ul>`,
          ),
          "</article>",
        ]
      : [],
  );
  const body = [
    `<nav><a href="#summary">Summary</a>${sections.length ? '<a href="#claims">Claims that differ</a>' : ""}</nav>`,
    "<main>",
    "<h1>signcheck audit across root seeds</h1>",
    `<div class="meta"><p>Budget ${escapeHtml(result.budget)}, root seeds ${escapeHtml(result.seeds.join(", "))}. Reproduce: <code>${escapeHtml(result.createdWith)}</code>.</p>`,
    `<p>${result.claims.length} claims; unstable (the verdict depends on the seed): ${escapeHtml(result.unstable.join(", ") || "none")}; expectation not met at some seed: ${escapeHtml(result.mismatches.join(", ") || "none")}${result.errors.length ? `; errors: ${escapeHtml(result.errors.join(", "))}` : ""}.</p>`,
    `<p>Family-wise error rate of all the statistical verdicts and figures (union bound over claims and seeds): ≤ ${escapeHtml(num(result.familyWiseErrorRate))}.</p></div>`,
    '<section id="summary"><h2>Verdicts by root seed</h2>',
    `<div class="controls"><span>Show:</span>\n${boxes}\n<input id="claim-search" type="search" placeholder="filter claim ids…" aria-label="filter claim ids"><span id="shown-count"></span></div>`,
    `<table id="summary-table"><thead><tr>${["claim", "kind", ...result.seeds.map((s) => `seed ${s}`), "overall", "expected", "met at every seed"].map(th).join("")}</tr></thead><tbody>`,
    ...rows,
    "</tbody></table></section>",
    sections.length ? `<section id="claims"><h2>Claims that are unstable or missed their expectation</h2>\n${sections.join("\n")}</section>` : "",
    "</main>",
  ].join("\n");
  return page("signcheck audit across root seeds", body);
}
