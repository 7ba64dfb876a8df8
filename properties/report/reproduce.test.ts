/**
 * Reports that reproduce: the same audit run twice (two processes, as a user would on a fresh clone) writes
 * the same files — audit.md, index.html and every figure byte for byte, audit.json equal once the fields it
 * lists as times are taken out — and no file names a path of the machine. A handful of claims of every kind
 * at the quick budget keeps it affordable; the data-set claim runs when the data set is present and is
 * not-applicable otherwise, which must reproduce too.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { withoutTimeFields } from "signcheck";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");

/** One claim of each kind (and a data-set claim). */
const ONLY = [
  "seed/lemma1-eq1",
  "seed/logistic-l0l1-dataset-ridge",
  "seed/eq4-sign-mismatch",
  "seedfinal/signsgd-hp",
  "seedfinal/signsgd-hp-delta-near-1",
  "bernstein18/sign-descent-expectation",
  "nesterov18/gd-quadratic-iterations",
  "laurent00/sgd-quadratic-tuning",
].join(",");

function audit(out: string) {
  const r = spawnSync(process.execPath, [BIN, "audit", "--budget", "quick", "--seed", "11", "--only", ONLY, "--out", out, "--quiet"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe("two runs of the same audit", () => {
  const a = mkdtempSync(join(tmpdir(), "signcheck-repro-a-"));
  const b = mkdtempSync(join(tmpdir(), "signcheck-repro-b-"));

  test("write the same files: Markdown, HTML and figures byte for byte, audit.json but for its time fields", { timeout: 240_000 }, () => {
    audit(a);
    audit(b);
    const list = files(a);
    expect(files(b)).toEqual(list);
    expect(list).toEqual(expect.arrayContaining(["audit.json", "audit.md", "index.html"]));
    expect(list.filter((f) => f.endsWith(".svg")).length).toBeGreaterThanOrEqual(8);
    const ja = JSON.parse(readFileSync(join(a, "audit.json"), "utf8"));
    const jb = JSON.parse(readFileSync(join(b, "audit.json"), "utf8"));
    expect(ja.timeFields).toEqual(["date", "claims[].durationMs"]);
    expect(ja.environmentFields).toEqual(["git", "node"]);
    expect(ja.files.slice().sort()).toEqual(list);
    // The times differ (or may): everything else is equal.
    expect(withoutTimeFields(jb)).toEqual(withoutTimeFields(ja));
    expect(withoutTimeFields(ja)).not.toHaveProperty("date");
    for (const c of (withoutTimeFields(ja) as { claims: Record<string, unknown>[] }).claims) expect(c).not.toHaveProperty("durationMs");
    for (const f of list.filter((f) => f !== "audit.json")) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
  });

  test("the provenance record: version, commit, Node, date, budget, seed, and every data set by name and sha256", () => {
    const j = JSON.parse(readFileSync(join(a, "audit.json"), "utf8"));
    expect(j).toMatchObject({ tool: "signcheck", seed: 11, budget: "quick", node: process.version });
    expect(typeof j.version).toBe("string");
    expect(Number.isNaN(Date.parse(j.date))).toBe(false);
    if (j.git !== null) expect(j.git).toMatchObject({ commit: expect.stringMatching(/^[0-9a-f]{40}$/), codeChanged: expect.any(Boolean) });
    const dataClaim = j.claims.find((c: { id: string }) => c.id === "seed/logistic-l0l1-dataset-ridge");
    if (dataClaim.verdict === "not-applicable") {
      expect(dataClaim.notApplicable).toMatchObject({ missingData: true, dataset: "mushrooms", fetch: "signcheck data fetch mushrooms" });
      expect(readFileSync(join(a, "audit.md"), "utf8")).toContain("## Claims that could not run here");
    } else {
      expect(j.data).toEqual([{ name: "mushrooms", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), verifiedAgainst: "registry" }]);
      for (const use of dataClaim.data) expect(Object.keys(use).sort()).toEqual(["expectedSha256", "name", "sha256"]);
    }
  });

  test("no file names a path of the machine: not the package's folder, the home folder, the data folders or the output folder", () => {
    const forbidden = [ROOT.replace(/\/$/, ""), homedir(), a, join(ROOT, "..", "shared")].filter((p) => p.length > 1);
    for (const f of files(a)) {
      const text = readFileSync(join(a, f), "utf8");
      for (const p of forbidden) expect(text.includes(p), `${f} names ${p}`).toBe(false);
    }
    expect(relative(a, b)).not.toBe("");
  });

  test("the Markdown reads as prose: none of the awkward figures of issue 11", () => {
    const md = readFileSync(join(a, "audit.md"), "utf8");
    // The claims' own text (hypotheses, quotes, titles, reasons) is theirs; the report's words and figures are checked.
    const prose = md
      .split("\n")
      .filter((l) => !/^- (hypotheses|as printed|source):|^\*\*|^### /.test(l))
      .join("\n")
      .replace(/`[^`]*`/g, "")
      .replace(/\]\([^)]*\)/g, "]");
    for (const bad of [
      /\bn\/a\b/,
      /\b1 (instances|values|starts|trials|failures|claims)\b/,
      /not-applicable,? not-applicable/,
      /not-applicable, because/,
      /closest approach -/,
      /\(s\)/,
      /\d[eE][+-]\d/,
      /vs target 1\b/,
      / ms\b/,
    ]) {
      expect(prose, String(bad)).not.toMatch(bad);
    }
  });
});
