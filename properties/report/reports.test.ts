/**
 * The report layer: how figures read, how claim text is escaped in Markdown and HTML, the machine-path scrub,
 * the missing-data notice, the appendices (the extension point for extra sections), the multi-seed page and
 * the time-field filter.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  auditClaims,
  auditReportFiles,
  auditSeeds,
  defineClaim,
  escapeHtml,
  fc,
  fig,
  figs,
  headline,
  markdownCode,
  markdownText,
  markdownToHtml,
  plural,
  provenance,
  ratioFig,
  scrubMachinePaths,
  seedsReportFiles,
  withoutTimeFields,
  type InequalityClaim,
  type ReportFile,
} from "signcheck/internal";

const REF = { authors: "A. Tester", year: 2026, title: "Notes", pinned: "github.com/me/notes@1a2b3c4" };

/** A small claim of one's own: lhs = x ≤ 3 on x ∈ {0, …, 3}, with whatever else `extra` sets. */
function smallClaim(id: string, extra: Partial<InequalityClaim<number>> = {}) {
  return defineClaim<InequalityClaim<number>>({
    id,
    kind: "inequality",
    title: id,
    source: { paper: "mine", item: "x", reference: REF },
    hypotheses: [],
    instances: fc.integer({ min: 0, max: 3 }),
    check: (x) => ({ lhs: x, rhs: 3 }),
    ...extra,
  });
}

const file = (files: readonly ReportFile[], path: string) => files.find((f) => f.path === path)!.content;

describe("figures read as a paper prints them", () => {
  test("significant digits, scientific form outside [10⁻³, 10⁵), a minus sign, ∞", () => {
    expect(fig(12345, 5)).toBe("12345");
    expect([0, 1, 0.5, -2.25, 12345, 123456, 1e-4, 3.56e19, -6.89e-291, 0.001, Infinity, -Infinity].map((x) => fig(x))).toEqual([
      "0",
      "1",
      "0.5",
      "−2.25",
      "12350",
      "1.235×10⁵",
      "10⁻⁴",
      "3.56×10¹⁹",
      "−6.89×10⁻²⁹¹",
      "0.001",
      "∞",
      "−∞",
    ]);
  });
  test("two figures side by side get the digits that tell them apart", () => {
    expect(figs(1.0000213, 1.0000208)).toEqual(["1.0000213", "1.0000208"]);
    expect(figs(0.5, 0.25)).toEqual(["0.5", "0.25"]);
    expect(figs(2, 2)).toEqual(["2", "2"]);
  });
  test("a ratio near 1 is written as its distance from 1; counts agree with their nouns", () => {
    expect(ratioFig(1 - 2.8e-14)).toBe("1 − 2.8×10⁻¹⁴");
    expect(ratioFig(1.0000967, 6)).toBe("1.0001");
    expect(ratioFig(1.00000967, 6)).toBe("1 + 9.7×10⁻⁶");
    expect([plural(1, "instance"), plural(3, "instance"), plural(0, "failure")]).toEqual(["1 instance", "3 instances", "0 failures"]);
  });
});

describe("claim text is escaped in the reports as on the terminal", () => {
  test("Markdown: no link, image, tag or entity can be formed; control characters escaped; code fenced past backticks", () => {
    expect(markdownText("see [x](http://e.example) <img src=x> &amp; a < b\u001b[2J")).toBe(
      "see [x]\\(http://e.example) &lt;img src=x> &amp;amp; a < b\\u001b[2J",
    );
    expect(markdownCode("a`b``c")).toBe("```a`b``c```");
    expect(escapeHtml(`<script>"x"&'y'</script>`)).toBe("&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;");
  });

  test("a hostile claims module cannot inject into audit.md or index.html", async () => {
    const hostile = defineClaim<InequalityClaim<number>>({
      id: "mine/hostile",
      kind: "inequality",
      title: 'Looks <img src=x onerror="alert(1)"> [click](http://evil.example) \u202eevil',
      source: { paper: "mine", item: "Lemma <b>1</b>", reference: REF },
      hypotheses: ["x ∈ [0, 10] </li><script>alert(2)</script>"],
      instances: fc.integer({ min: 0, max: 10 }),
      check: (x) => {
        if (x > 3) throw new Error(`boom <script>alert(3)</script>\n✓ forged line \u001b[2J`);
        return { lhs: x, rhs: 10 };
      },
    });
    const result = auditClaims([hostile], { seed: 1, budget: "quick" });
    const files = await auditReportFiles(result, { provenance: provenance() });
    const md = file(files, "audit.md");
    const html = file(files, "index.html");
    expect(md).not.toMatch(/<img|<script|\]\(http:\/\/evil/);
    expect(md).toContain("\\u001b[2J");
    expect(md).toContain("\\u202eevil");
    // the table row, the verdict line and the error line: each still one line, the newline escaped
    const forged = md.split("\n").filter((l) => l.includes("forged line"));
    expect(forged).toHaveLength(3);
    for (const l of forged) expect(l).toContain("boom &lt;script>alert(3)&lt;/script>\\n✓ forged line");
    expect(html).not.toMatch(/<img|<b>1|alert\(\d\)<\/script>/);
    expect(html.match(/<script>/g)).toHaveLength(1); // the page's own
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(headline(result.claims[0])).toMatch(/^the claim's code threw: boom/);
  });
});

describe("no path of the machine", () => {
  test("scrubMachinePaths replaces whole paths (and leading parts), longest first, nothing else", () => {
    const paths = [
      { path: "/home/u/proj", placeholder: "." },
      { path: "/home/u", placeholder: "~" },
      { path: "/data", placeholder: "<data>" },
    ];
    expect(scrubMachinePaths("read /home/u/proj/x.ts and /home/u/.cache/m and /data/m.libsvm", paths)).toBe("read ./x.ts and ~/.cache/m and <data>/m.libsvm");
    expect(scrubMachinePaths("/home/u/project2 and /database and a/data", paths)).toBe("~/project2 and /database and a/data");
  });
});

describe("the missing-data notice", () => {
  test("claims that could not run for want of a data set are listed with the fetch command, in both renderings", async () => {
    const empty = mkdtempSync(join(tmpdir(), "signcheck-nodata-"));
    const needsData = smallClaim("mine/needs-mushrooms", {
      applicable: (data) => {
        data?.load("mushrooms");
        return undefined;
      },
    });
    const env = { SIGNCHECK_NO_SHARED: "1", SIGNCHECK_DATA_DIR: empty, SIGNCHECK_CACHE_DIR: empty };
    const result = auditClaims([needsData], { seed: 1, budget: "quick", data: { env } });
    expect(result.claims[0].verdict).toBe("not-applicable");
    expect(headline(result.claims[0])).toBe("data set mushrooms is not available here; `signcheck data fetch mushrooms` fetches it");
    const files = await auditReportFiles(result, { provenance: provenance(), machinePaths: [{ path: empty, placeholder: "<data>" }] });
    const md = file(files, "audit.md");
    expect(md).toContain("## Claims that could not run here");
    expect(md).toMatch(
      /The data set \*\*mushrooms\*\* is not available here, so this claim was not run: mine\/needs-mushrooms\. Fetch it with `signcheck data fetch mushrooms`/,
    );
    expect(md).not.toContain(empty);
    expect(file(files, "index.html")).toContain('id="missing-data"');
  });
});

describe("appendices: extra sections a claims module supplies", () => {
  const claim = smallClaim("mine/fine");
  const result = auditClaims([claim], { seed: 1, budget: "quick" });

  test("rendered after the claims in both reports; with `file`, written beside them and linked from audit.md", async () => {
    const appendices = [
      {
        id: "errors",
        title: "Errors found",
        markdown: "| claim | error |\n| --- | --- |\n| mine/fine | none, see [the claim](#minefine) or [elsewhere](https://example.org) |\n",
      },
      { id: "traceability", title: "Traceability", markdown: "# Traceability\n\n- **Lemma 1** → `mine/fine`\n", file: "traceability.md" },
    ];
    const files = await auditReportFiles(result, { provenance: provenance(), appendices });
    const md = file(files, "audit.md");
    expect(md).toContain("## Appendix: Errors found\n\n| claim | error |");
    expect(md).toContain("## Appendix: Traceability\n\nSee [traceability.md](traceability.md).");
    expect(file(files, "traceability.md")).toBe("# Traceability\n\n- **Lemma 1** → `mine/fine`\n");
    const html = file(files, "index.html");
    expect(html).toContain('<section id="appendix-errors"><h2>Appendix: Errors found</h2>');
    expect(html).toContain('<a href="#minefine">the claim</a>');
    expect(html).toContain("elsewhere (https://example.org)"); // an outside link is shown, not linked
    expect(html).toContain("<li><strong>Lemma 1</strong> → <code>mine/fine</code></li>");
    expect(JSON.parse(file(files, "audit.json")).files).toContain("traceability.md");
  });

  test("a bad appendix is refused, naming it", async () => {
    await expect(
      auditReportFiles(result, { provenance: provenance(), appendices: [{ id: "x", title: "X", markdown: "", file: "../escape.md" }] }),
    ).rejects.toThrow(/appendices\[0\]\.file/);
    await expect(
      auditReportFiles(result, { provenance: provenance(), appendices: [{ id: "x", title: "X", markdown: "", file: "index.html" }] }),
    ).rejects.toThrow(/appendices\[0\]\.file/);
    await expect(auditReportFiles(result, { provenance: provenance(), appendices: [{ id: "a b", title: "X", markdown: "" }] })).rejects.toThrow(
      /appendices\[0\]\.id/,
    );
  });

  test("markdownToHtml: headings shifted, lists, tables, code blocks escaped", () => {
    expect(markdownToHtml("# T\n\ntext *em* **b**\n\n```\n<x>\n```\n\n1. one\n2. two", 2)).toBe(
      "<h3>T</h3>\n<p>text <em>em</em> <strong>b</strong></p>\n<pre><code>&lt;x&gt;</code></pre>\n<ol><li>one</li><li>two</li></ol>",
    );
  });
});

describe("multi-seed audits", () => {
  test("an HTML page beside the Markdown: the verdicts by seed, filterable", async () => {
    const claim = smallClaim("mine/s");
    const result = auditSeeds([claim], [1, 2], { budget: "quick" });
    const files = await seedsReportFiles(result, { provenance: provenance() });
    expect(files.map((f) => f.path)).toEqual(["audit.md", "index.html", "audit.json"]);
    expect(file(files, "index.html")).toMatch(
      /<th scope="col"><button type="button">seed 1<\/button><\/th><th scope="col"><button type="button">seed 2<\/button>/,
    );
    expect(JSON.parse(file(files, "audit.json")).timeFields).toEqual(["date", "audits[].claims[].durationMs"]);
  });
});

test("withoutTimeFields drops the fields a report lists, element by element", () => {
  const json = {
    timeFields: ["date", "claims[].durationMs"],
    environmentFields: ["node"],
    date: "x",
    node: "v20",
    claims: [
      { id: "a", durationMs: 3 },
      { id: "b", durationMs: 4 },
    ],
  };
  expect(withoutTimeFields(json)).toEqual({
    timeFields: ["date", "claims[].durationMs"],
    environmentFields: ["node"],
    node: "v20",
    claims: [{ id: "a" }, { id: "b" }],
  });
  expect(withoutTimeFields(json, { environment: true })).not.toHaveProperty("node");
  expect(() => withoutTimeFields({})).toThrow(/timeFields/);
});
