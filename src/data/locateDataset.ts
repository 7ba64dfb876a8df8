/**
 * Where a named data set is looked for, in order: an explicit path (an argument, or `--data NAME=PATH`
 * via setDatasetPath; it must exist: InputError
 * otherwise, exit 2 in the CLI), $SIGNCHECK_DATA_DIR/<name>.libsvm, the cache
 * ($SIGNCHECK_CACHE_DIR, else $XDG_CACHE_HOME/signcheck, else ~/.cache/signcheck), and last
 * ../shared/datasets/<name>.libsvm beside the package root — resolved from this module's location,
 * not the working directory — unless SIGNCHECK_NO_SHARED=1. Absent everywhere: MissingDataError with
 * the fetch command, which claims turn into `not-applicable`. `loadDataset` parses and checks the
 * shape against the registry, once per file.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, MissingDataError } from "../core/errors.ts";
import { datasetInfo } from "./datasetRegistry.ts";
import { readLibsvm, type LabelledData } from "./readLibsvm.ts";

/** The package root (the folder holding package.json): two levels above src/data/. */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export type Env = Readonly<Record<string, string | undefined>>;

export function cacheDir(env: Env = process.env): string {
  if (env.SIGNCHECK_CACHE_DIR) return resolve(env.SIGNCHECK_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), "signcheck");
  return join(homedir(), ".cache", "signcheck");
}

export function fetchCommand(name: string): string {
  return `signcheck data fetch ${name}`;
}

/**
 * `../shared/<sub>` beside the package root (a development checkout's reference folder), or undefined
 * when SIGNCHECK_NO_SHARED=1. The one place the package looks outside itself (data sets, and the seed's
 * text for the quote check of src/data/sourceText.ts).
 */
export function sharedDir(sub: string, env: Env = process.env): string | undefined {
  return env.SIGNCHECK_NO_SHARED === "1" ? undefined : resolve(PACKAGE_ROOT, "..", "shared", sub);
}

/** The directories searched for `<name>.libsvm`, in order. */
export function searchDirs(env: Env = process.env): string[] {
  const dirs: string[] = [];
  if (env.SIGNCHECK_DATA_DIR) dirs.push(resolve(env.SIGNCHECK_DATA_DIR));
  dirs.push(cacheDir(env));
  const shared = sharedDir("datasets", env);
  if (shared) dirs.push(shared);
  return dirs;
}

/** Explicit paths given for this process (the CLI's `--data NAME=PATH`), consulted before everything else. */
const explicitPaths = new Map<string, string>();

/** Declares the file to use for a named data set; it must exist (InputError otherwise). */
export function setDatasetPath(name: string, path: string): void {
  datasetInfo(name);
  if (!existsSync(path)) throw new InputError("--data", `${name}=${path}`, `an existing LIBSVM file for ${name}`);
  explicitPaths.set(name, resolve(path));
}

export function locateDataset(name: string, options: { path?: string; env?: Env } = {}): string {
  datasetInfo(name);
  const path = options.path ?? explicitPaths.get(name);
  if (path !== undefined) {
    if (!existsSync(path)) throw new InputError("--data", path, `an existing LIBSVM file for ${name}`);
    return resolve(path);
  }
  const candidates = searchDirs(options.env).map((dir) => join(dir, `${name}.libsvm`));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new MissingDataError(name, fetchCommand(name), candidates);
  return found;
}

/** Whether a named data set can be found (the same look-up as `locateDataset`, without throwing when absent). */
export function datasetAvailable(name: string, options: { path?: string; env?: Env } = {}): boolean {
  try {
    locateDataset(name, options);
    return true;
  } catch (error) {
    if (error instanceof MissingDataError) return false;
    throw error;
  }
}

const loaded = new Map<string, LabelledData>();

/** Locates, reads (once per path) and checks the shape of a named data set. */
export function loadDataset(name: string, options: { path?: string; env?: Env } = {}): LabelledData {
  const path = locateDataset(name, options);
  const hit = loaded.get(path);
  if (hit) return hit;
  const info = datasetInfo(name);
  const data = readLibsvm(path, { features: info.features });
  if (data.A.rows !== info.samples) throw new InputError(path, `${data.A.rows} samples`, `${info.samples} samples (the shape of ${name})`);
  loaded.set(path, data);
  return data;
}
