/**
 * No report names a path of the machine that produced it. Reports are built from data that should hold
 * none (data sets by name and sha256, commands without `--data` files), but text from a claim's own code —
 * an exception's message, a note — may quote one. So every string of the result is passed through
 * `scrubMachinePaths` before it is rendered: the package's folder and its parent, the current folder,
 * the home folder, the data-set folders searched and the data files given are replaced by placeholders
 * (`<package>`, `.`, `~`, `<data>`), the longest first, only where a whole path (or a path's leading
 * part) stands.
 */
import { homedir } from "node:os";
import { dirname, resolve } from "node:path";
import { PACKAGE_ROOT, searchDirs, type Env } from "../data/locateDataset.ts";

export interface MachinePath {
  readonly path: string;
  readonly placeholder: string;
}

/** The paths of this machine a report must not name, with what replaces each. */
export function machinePaths(options: { env?: Env; dataFiles?: readonly string[] } = {}): MachinePath[] {
  const out: MachinePath[] = [
    ...(options.dataFiles ?? []).flatMap((f) => [
      { path: resolve(f), placeholder: "<data file>" },
      ...(f.startsWith("/") ? [] : [{ path: f, placeholder: "<data file>" }]),
    ]),
    ...searchDirs(options.env).map((d) => ({ path: d, placeholder: "<data>" })),
    { path: PACKAGE_ROOT, placeholder: "<package>" },
    { path: process.cwd(), placeholder: "." },
    { path: homedir(), placeholder: "~" },
    { path: dirname(PACKAGE_ROOT), placeholder: "<package>/.." },
  ];
  // A root ("/") or an empty path would match everything.
  return out.filter((m) => m.path.length > 1);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `text` with every machine path replaced by its placeholder. */
export function scrubMachinePaths(text: string, paths: readonly MachinePath[]): string {
  const sorted = [...paths].filter((m) => m.path.length > 1).sort((a, b) => b.path.length - a.path.length);
  if (!sorted.length) return text;
  const byPath = new Map<string, string>();
  for (const m of sorted) if (!byPath.has(m.path)) byPath.set(m.path, m.placeholder);
  const pattern = new RegExp(`(?<![\\w.~-])(${[...byPath.keys()].map(escapeRegExp).join("|")})(?=$|[^\\w.-])`, "g");
  return text.replace(pattern, (_m, p: string) => byPath.get(p) ?? p);
}

/** A copy of plain data with every string scrubbed (keys kept). */
export function scrubDeep<T>(value: T, paths: readonly MachinePath[]): T {
  if (typeof value === "string") return scrubMachinePaths(value, paths) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, paths)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, paths)])) as T;
  }
  return value;
}
