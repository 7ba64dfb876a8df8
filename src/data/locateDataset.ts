/**
 * Where a named data set is looked for, in order: an explicit path (an argument — the CLI's
 * `--data NAME=PATH`; it must exist: InputError otherwise, exit 2 in the CLI),
 * $SIGNCHECK_DATA_DIR/<name>.libsvm, the cache ($SIGNCHECK_CACHE_DIR, else
 * $XDG_CACHE_HOME/signcheck, else ~/.cache/signcheck), and last ../shared/datasets/<name>.libsvm
 * beside the package root — resolved from this module's location, not the working directory —
 * unless SIGNCHECK_NO_SHARED=1. Absent everywhere: MissingDataError with the fetch command, which
 * claims turn into `not-applicable`. `loadDataset` reads the file found (a regular file only, at most
 * MAX_DATASET_BYTES), verifies its sha256 against the registry's — on every read — unless the caller
 * declares another checksum or switches the check off (recorded in the returned `use`), and checks
 * its shape. Nothing here keeps state between calls: paths and checksums travel as arguments.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, MissingDataError } from "../core/errors.ts";
import { datasetInfo, MAX_DATASET_BYTES } from "./datasetRegistry.ts";
import { readLibsvm, type LibsvmFile } from "./readLibsvm.ts";

/** The package root (the folder holding package.json): two levels above src/data/. */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Environment variables, as a plain record. */
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

export interface LocateOptions {
  /** The file to use (the CLI's `--data NAME=PATH`), instead of the look-up. */
  readonly path?: string;
  readonly env?: Env;
}

/** The path of a data set on this machine; a missing one throws MissingDataError saying how to fetch it. */
export function locateDataset(name: string, options: LocateOptions = {}): string {
  datasetInfo(name);
  const { path } = options;
  if (path !== undefined) {
    if (typeof path !== "string" || !existsSync(path)) throw new InputError("--data", `${name}=${path}`, `an existing LIBSVM file for ${name}`);
    return resolve(path);
  }
  const candidates = searchDirs(options.env).map((dir) => join(dir, `${name}.libsvm`));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new MissingDataError(name, fetchCommand(name), candidates);
  return found;
}

/** Which file a data set was read from, with the checksum that vouches for it: what a result records. */
export interface DatasetUse {
  readonly name: string;
  readonly path: string;
  /** sha256 of the bytes read. */
  readonly sha256: string;
  /** The checksum the file was verified against (the registry's unless overridden); null when none was checked. */
  readonly expectedSha256: string | null;
  /** Set when the user overrode the registry: `declared` (their own checksum) or `none` (no check). */
  readonly override?: "declared" | "none";
}

/** One line for the output and the reports: the file, its checksum and what vouched for it. */
export function describeDatasetUse(use: DatasetUse): string {
  const how =
    use.override === "none"
      ? "not verified (--data-sha256 none)"
      : use.override === "declared"
        ? `verified against the declared checksum (--data-sha256 ${use.name}=${use.expectedSha256})`
        : use.expectedSha256 === null
          ? "not verified (the registry has no checksum)"
          : "verified against the registry's checksum";
  return `${use.name} = ${use.path}, sha256 ${use.sha256}, ${how}`;
}

/** A loaded data set: the parsed file and the record of its use. */
export interface Dataset extends LibsvmFile {
  readonly use: DatasetUse;
}

/** Options of `loadDataset`: where to look and what to verify. */
export interface LoadOptions extends LocateOptions {
  /** Checksum to verify instead of the registry's (64 hex digits), or false to skip the check (both recorded). */
  readonly sha256?: string | false;
}

const HEX64 = /^[0-9a-f]{64}$/i;

/** Validates a checksum override: 64 hex digits or false (the CLI's `none`). */
export function requireChecksumOverride(name: string, sha256: unknown): string | false {
  if (sha256 === false) return false;
  if (typeof sha256 !== "string" || !HEX64.test(sha256))
    throw new InputError("--data-sha256", `${name}=${String(sha256)}`, "NAME=<64 hex digits> or NAME=none");
  return sha256.toLowerCase();
}

/** Locates, reads, verifies (sha256) and checks the shape of a named data set. */
export function loadDataset(name: string, options: LoadOptions = {}): Dataset {
  const info = datasetInfo(name);
  const declared = options.sha256 === undefined ? undefined : requireChecksumOverride(name, options.sha256);
  const path = locateDataset(name, options);
  const expected = declared === false ? null : (declared ?? info.sha256 ?? null);
  const override = declared === false ? "none" : declared !== undefined ? "declared" : undefined;
  const data = readLibsvm(path, {
    features: info.features,
    maxBytes: MAX_DATASET_BYTES,
    parameter: options.path !== undefined ? "--data" : `data set ${name}`,
    verify: (sha256) => {
      if (expected !== null && sha256 !== expected) {
        throw new InputError(
          `sha256 of ${path}`,
          sha256,
          `${expected} (${override ? "the checksum declared for" : "the registry's checksum of"} ${name})`,
          `to use this file anyway, declare its checksum with --data-sha256 ${name}=${sha256} or skip the check with --data-sha256 ${name}=none`,
        );
      }
    },
  });
  if (data.A.rows !== info.samples) throw new InputError(path, `${data.A.rows} samples`, `${info.samples} samples (the shape of ${name})`);
  return { ...data, use: { name, path, sha256: data.sha256, expectedSha256: expected, ...(override ? { override } : {}) } };
}
