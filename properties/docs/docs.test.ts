/**
 * The repository explains itself, and its explanations are checked against the code as it is:
 *   - every relative link of README.md, DEVELOPERS.md and docs/ resolves to a file of the repository, and
 *     an anchor to a heading of that file;
 *   - every repository path they name (src/…, theorems/…, properties/…, …) exists, or is a file the same
 *     page creates in a recipe;
 *   - none points outside the repository: the one folder outside it they may name is the data-set
 *     look-up's fallback `../shared/datasets/`;
 *   - the import rule of docs/design.md (its layer line, read from the page) holds for every import of src/,
 *     and the built-in claims of theorems/ import only the public entry `signcheck`;
 *   - the versions DEVELOPERS.md names are the ones package.json pins;
 *   - the recipes apply to the code as it is: in a scratch copy of the repository, their `diff` blocks are
 *     applied (each hunk located by its context and removed lines, which must occur exactly once) and their
 *     `ts` blocks written — at the path of the block's info string (a new file), or as a module beside the
 *     others — and the whole must type-check.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? markdownUnder(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : []))
    .sort();
}

const DOCS = markdownUnder("docs");
const PAGES = ["README.md", "DEVELOPERS.md", ...DOCS];

interface Block {
  /** The language of the fence (`ts`, `diff`, `sh`, …) and the rest of its info string. */
  readonly lang: string;
  readonly info: string;
  readonly text: string;
  readonly line: number;
}

const FENCE = /^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(FENCE)].map((m) => {
    const [lang = "", ...rest] = m[1].trim().split(/\s+/);
    return { lang, info: rest.join(" "), text: m[2], line: markdown.slice(0, m.index).split("\n").length };
  });
}

/** The page without its fenced blocks and inline code spans: what links and headings are read from. */
function prose(markdown: string): string {
  return markdown.replace(FENCE, "").replace(/`[^`\n]*`/g, "");
}

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters of any script kept), spaces as hyphens. */
function slug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*]/g, "");
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of markdown.replace(FENCE, "").matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

const inside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);

describe("links", () => {
  test.each(PAGES)("%s: every relative link resolves inside the repository, anchors included", (page) => {
    const text = read(page);
    const links = [...prose(text).matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
    const problems: string[] = [];
    for (const link of links) {
      const [path, anchor] = link.split("#") as [string, string | undefined];
      const target = path === "" ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURIComponent(path));
      if (!inside(target)) problems.push(`${link}: outside the repository`);
      else if (!existsSync(target)) problems.push(`${link}: no such file`);
      else if (anchor !== undefined) {
        if (!target.endsWith(".md")) problems.push(`${link}: an anchor into a file that is not Markdown`);
        else if (!anchors(readFileSync(target, "utf8")).has(decodeURIComponent(anchor))) problems.push(`${link}: no heading with this anchor`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every page of docs/ is reachable from docs/index.md", () => {
    const index = read("docs/index.md");
    const linked = new Set([...prose(index).matchAll(/\]\(([^)#\s]+)/g)].map((m) => join("docs", m[1])));
    expect(DOCS.filter((d) => d !== join("docs", "index.md") && !linked.has(d))).toEqual([]);
  });
});

/** Repository paths a page names: a top-level folder of the repository, then a path (a placeholder `<…>` ends it). */
const PATH = /(?<![\w./@-])(src|theorems|properties|examples|bench|bin|docs|\.ci)\/[\w./-]*/g;

describe("named paths", () => {
  test.each(PAGES)("%s: every repository path it names exists or is created by the page", (page) => {
    const text = read(page);
    const created = new Set(
      blocks(text)
        .filter((b) => isTypeScript(b) && b.info)
        .map((b) => b.info),
    );
    const missing = [...text.matchAll(PATH)].map((m) => m[0].replace(/[.,;:]+$/, "")).filter((p) => !created.has(p) && !existsSync(join(ROOT, p)));
    expect([...new Set(missing)]).toEqual([]);
  });

  test.each(PAGES)("%s: no pointer outside the repository except the data-set look-up's fallback folder", (page) => {
    const text = read(page);
    const outside = [...text.matchAll(/\.\.\/shared\b[\w./-]*/g)].map((m) => m[0]).filter((p) => !p.startsWith("../shared/datasets"));
    expect(outside).toEqual([]);
    expect(text).not.toMatch(/\/work\/|\bDESIGN\.md\b|\bSTYLE\.md\b/);
  });
});

describe("docs/design.md: the import rule holds", () => {
  const design = read("docs/design.md");
  const layerLine = design.split("\n").find((l) => /^core → .* → cli$/.test(l.trim()));

  test("the page states the layer line", () => {
    expect(layerLine).toBeDefined();
  });

  const rank = new Map<string, number>();
  (layerLine ?? "")
    .trim()
    .split(" → ")
    .forEach((group, i) => group.split(", ").forEach((folder) => rank.set(folder, i)));
  /** Files directly in src/: the bibliography, the version and the seeds sit with core; the entries are above every layer. */
  const TOP_LEVEL: Record<string, string | undefined> = {
    "references.ts": "core",
    "version.ts": "core",
    "seeds.ts": "core",
    "index.ts": undefined,
    "internal.ts": undefined,
    "laws.ts": undefined,
    "vitest.ts": undefined,
  };
  /** Folders of src/ that belong to an entry (src/laws/ to signcheck/laws), above every layer like the entry itself. */
  const ENTRY_FOLDERS = ["laws"];
  const ENGINE = ["montecarlo", "claims"];
  const NOT_FOR_THE_ENGINE = ["functions", "noise", "oracles", "optimizers", "theory"];

  function sources(dir: string): string[] {
    return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    );
  }

  /** The layer of a file of src/ (undefined for the entries). */
  function layer(file: string): string | undefined {
    const parts = relative(join(ROOT, "src"), file).split(sep);
    return parts.length === 1 ? TOP_LEVEL[parts[0]] : ENTRY_FOLDERS.includes(parts[0]) ? undefined : parts[0];
  }

  test("every import of src/ goes down the layer line, and the engine imports no building block or paper", () => {
    const problems: string[] = [];
    for (const file of sources("src")) {
      const from = layer(join(ROOT, file));
      if (from === undefined) continue;
      if (!rank.has(from)) {
        problems.push(`${file}: src/${from} is not in the layer line of docs/design.md`);
        continue;
      }
      const text = read(file);
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.\.?\/[^"]+)"/g)].map((m) => m[1]);
      for (const spec of specifiers) {
        const target = resolve(ROOT, dirname(file), spec);
        if (!target.startsWith(join(ROOT, "src") + sep)) {
          problems.push(`${file} imports ${spec}, outside src/`);
          continue;
        }
        const to = layer(target);
        if (to === undefined) problems.push(`${file} imports the entry ${spec}`);
        else if (to === from) continue;
        else if (!(rank.get(to)! < rank.get(from)!)) problems.push(`${file} (${from}) imports ${spec} (${to}): not down the layer line`);
        else if (ENGINE.includes(from) && NOT_FOR_THE_ENGINE.includes(to)) problems.push(`${file}: the engine imports ${spec} (${to})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test("the built-in claims of theorems/ import only the public entry, as a user's claims module does", () => {
  const modules = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
    );
  const files = modules("theorems");
  expect(files.length).toBeGreaterThan(10);
  const problems = files.flatMap((file) => [...read(file).matchAll(/(?:from|import)\s*\(?\s*"(signcheck\/[^"]*)"/g)].map((m) => `${file} imports ${m[1]}`));
  expect(problems).toEqual([]);
});

test("DEVELOPERS.md: every version it names is the one package.json pins", () => {
  const pkg = JSON.parse(read("package.json")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const pins = { ...pkg.dependencies, ...pkg.devDependencies };
  const text = read("DEVELOPERS.md");
  const named: string[] = [];
  for (const [name, version] of Object.entries(pins)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(`(?<![\\w@/-])\`?${escaped}\`?(?![\\w-]) (\\d+\\.\\d+\\.\\d+)`, "g"))) {
      named.push(name);
      expect(`${name} ${m[1]}`).toBe(`${name} ${version}`);
    }
  }
  expect(named.length).toBeGreaterThan(0);
});

function isTypeScript(b: Block): boolean {
  return b.lang === "ts" || b.lang === "typescript";
}

/** A unified diff's hunks per file: context and removed lines locate a hunk, context and added lines replace it. */
function applyDiff(block: Block, dir: string, where: string): string[] {
  const touched: string[] = [];
  const lines = block.text.replace(/\n$/, "").split("\n");
  let file: string | undefined;
  let hunk: { old: string[]; next: string[] } | undefined;
  const flush = () => {
    if (!file || !hunk) return;
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${where}: the diff edits ${file}, which does not exist`);
    if (hunk.old.length === 0) throw new Error(`${where}: a hunk of ${file} has no context line to locate it`);
    const content = readFileSync(path, "utf8").split("\n");
    const at: number[] = [];
    for (let i = 0; i + hunk.old.length <= content.length; i++) if (hunk.old.every((l, j) => content[i + j] === l)) at.push(i);
    if (at.length !== 1) throw new Error(`${where}: the lines\n${hunk.old.join("\n")}\noccur ${at.length} times in ${file} (exactly once needed)`);
    content.splice(at[0], hunk.old.length, ...hunk.next);
    writeFileSync(path, content.join("\n"));
    touched.push(file);
    hunk = undefined;
  };
  for (const line of lines) {
    if (line.startsWith("--- ")) {
      flush();
      file = undefined;
    } else if (line.startsWith("+++ ")) {
      file = line.slice(4).replace(/^b\//, "");
    } else if (line.startsWith("@@")) {
      flush();
      hunk = { old: [], next: [] };
    } else if (hunk) {
      const body = line.slice(1);
      if (line.startsWith("+")) hunk.next.push(body);
      else if (line.startsWith("-")) hunk.old.push(body);
      else {
        hunk.old.push(body);
        hunk.next.push(body);
      }
    } else throw new Error(`${where}: a diff line outside a hunk: ${line}`);
  }
  flush();
  return touched;
}

describe("the recipes apply to the code as it is", () => {
  test("every diff block of docs/ applies and every ts block type-checks, in a scratch copy of the repository", () => {
    const scratch = mkdtempSync(join(tmpdir(), "signcheck-docs-"));
    try {
      for (const dir of ["src", "theorems", "properties", "examples"]) cpSync(join(ROOT, dir), join(scratch, dir), { recursive: true });
      for (const file of ["package.json", "tsconfig.json"]) cpSync(join(ROOT, file), join(scratch, file));
      symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"), "dir");
      const files = new Set<string>();
      const origin = new Map<string, string>();
      let checked = 0;
      for (const page of DOCS) {
        for (const [i, block] of blocks(read(page)).entries()) {
          const where = `${page}:${block.line}`;
          if (block.lang === "diff") {
            for (const f of applyDiff(block, scratch, where)) {
              files.add(f);
              origin.set(f, where);
            }
            checked++;
          } else if (isTypeScript(block)) {
            const path = block.info || join("docs-snippets", `${page.replace(/[/.]/g, "-")}-${i}.ts`);
            if (block.info && existsSync(join(ROOT, block.info)))
              throw new Error(`${where}: the block creates ${block.info}, which already exists: pick another example`);
            mkdirSync(dirname(join(scratch, path)), { recursive: true });
            writeFileSync(join(scratch, path), block.text);
            files.add(path);
            origin.set(path, where);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
      const { compilerOptions } = JSON.parse(read("tsconfig.json")) as { compilerOptions: Record<string, unknown> };
      writeFileSync(join(scratch, "tsconfig.docs.json"), JSON.stringify({ compilerOptions, files: [...files] }, null, 2));
      let output = "";
      try {
        execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.docs.json"], {
          cwd: scratch,
          encoding: "utf8",
          stdio: "pipe",
        });
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string; message: string };
        output = `${e.stdout ?? ""}${e.stderr ?? ""}` || e.message;
      }
      // Name the page and line of each block an error points into.
      const explained = output
        .split("\n")
        .map((l) => {
          const f = [...origin.keys()].find((k) => l.startsWith(k));
          return f ? `${l}   [from ${origin.get(f)}]` : l;
        })
        .join("\n");
      expect(explained).toBe("");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 180_000);
});
