/**
 * The identity of an audit run: everything its `audit.json` depends on — the tool's version and a hash of the
 * code that audits (the package's `src/` and `theorems/` in a clone, `dist/` when installed, its package.json,
 * and the fast-check version that generates the instances), the root seed(s), the budget, the time limit, the
 * selected claims in order, each claims module given with the sha256 of its content, and the data-set options.
 * Output options (`--out`, `--json`, `--quiet`, `--workers`, `--profile`) are not part of it: they do not change
 * a result. A journal is resumed, and shard parts are merged, only when their identities are equal; the first
 * field that differs is named in the error. A claims module's own imports (helper files) are not hashed: change
 * one and resume, and the journal's results are from the old helper — run without `--resume` after such a change.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DataFiles } from "../claims/commandLine.ts";
import type { BudgetLevel } from "../claims/types.ts";
import { InputError } from "../core/errors.ts";
import { VERSION } from "../version.ts";

export interface RunIdentity {
  readonly tool: "signcheck";
  readonly version: string;
  readonly code: string;
  /** `--seed N` gives [N] and seedsMode false; `--seeds` gives the list and true (the reports differ). */
  readonly seeds: readonly number[];
  readonly seedsMode: boolean;
  readonly budget: BudgetLevel;
  readonly timeLimit: number | null;
  readonly claims: readonly string[];
  readonly modules: readonly { readonly path: string; readonly sha256: string }[];
  readonly data: { readonly paths: Readonly<Record<string, string>>; readonly sha256: Readonly<Record<string, string | false>> };
}

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
let codeHashMemo: string | undefined;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile() && keep(d.name))
    .map((d) => join(d.parentPath ?? (d as unknown as { path: string }).path, d.name))
    .sort();
}

/** sha256 over the code that decides the verdicts, and the fast-check version that draws the instances. */
export function codeHash(): string {
  if (codeHashMemo) return codeHashMemo;
  const h = createHash("sha256");
  const fromSources = existsSync(join(PACKAGE_ROOT, "src", "cli", "main.ts"));
  const folders = fromSources ? ["src", "theorems"] : ["dist"];
  for (const folder of folders) {
    for (const file of filesUnder(join(PACKAGE_ROOT, folder), (n) => /\.(ts|js|mjs|cjs|json)$/.test(n) && !n.endsWith(".test.ts"))) {
      h.update(file.slice(PACKAGE_ROOT.length)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  h.update(readFileSync(join(PACKAGE_ROOT, "package.json")));
  try {
    const fc = createRequire(join(PACKAGE_ROOT, "package.json")).resolve("fast-check/package.json");
    h.update(`fast-check ${JSON.parse(readFileSync(fc, "utf8")).version as string}`);
  } catch {
    h.update("fast-check ?");
  }
  return (codeHashMemo = h.digest("hex").slice(0, 32));
}

function fileSha256(path: string): string {
  return createHash("sha256")
    .update(readFileSync(resolve(path)))
    .digest("hex");
}

export function runIdentity(spec: {
  seeds: readonly number[];
  seedsMode: boolean;
  budget: BudgetLevel;
  timeLimit?: number;
  claims: readonly string[];
  modules: readonly string[];
  data?: DataFiles;
}): RunIdentity {
  return {
    tool: "signcheck",
    version: VERSION,
    code: codeHash(),
    seeds: [...spec.seeds],
    seedsMode: spec.seedsMode,
    budget: spec.budget,
    timeLimit: spec.timeLimit ?? null,
    claims: [...spec.claims],
    modules: spec.modules.map((path) => ({ path, sha256: fileSha256(path) })),
    data: { paths: { ...(spec.data?.paths ?? {}) }, sha256: { ...(spec.data?.sha256 ?? {}) } },
  };
}

const FIELD_NAMES: Record<keyof RunIdentity, string> = {
  tool: "tool",
  version: "signcheck version",
  code: "code (package sources or build)",
  seeds: "root seed(s)",
  seedsMode: "--seed/--seeds",
  budget: "budget",
  timeLimit: "time limit",
  claims: "claim selection",
  modules: "claims modules (paths and content)",
  data: "data-set options",
};

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The first field where two identities differ, described ("root seed(s): [2] vs [1]"); undefined when equal. */
export function identityDifference(a: RunIdentity, b: RunIdentity): string | undefined {
  for (const key of Object.keys(FIELD_NAMES) as (keyof RunIdentity)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      const detail = key === "claims" ? describeClaimsDifference(a.claims, b.claims) : `${show(a[key])} vs ${show(b[key])}`;
      return `${FIELD_NAMES[key]}: ${detail}`;
    }
  }
  return undefined;
}

function describeClaimsDifference(a: readonly string[], b: readonly string[]): string {
  const onlyA = a.filter((id) => !b.includes(id));
  const onlyB = b.filter((id) => !a.includes(id));
  if (onlyA.length || onlyB.length)
    return `${a.length} vs ${b.length} claims${onlyA.length ? `; only in the first: ${onlyA.slice(0, 3).join(", ")}` : ""}${onlyB.length ? `; only in the second: ${onlyB.slice(0, 3).join(", ")}` : ""}`;
  return "the same claims in another order";
}

/** Reads an identity from parsed JSON, refusing what is not one (named by `where`). */
export function requireIdentity(value: unknown, where: string): RunIdentity {
  const v = value as Partial<RunIdentity> | undefined;
  if (v?.tool !== "signcheck" || typeof v.version !== "string" || !Array.isArray(v.seeds) || !Array.isArray(v.claims) || typeof v.budget !== "string") {
    throw new InputError(where, "its run identity", "a file written by signcheck audit");
  }
  return v as RunIdentity;
}
