/**
 * The data sets one audit may read, passed to claims as an argument instead of process-wide state:
 * the explicit files (`--data NAME=PATH`), the checksum overrides (`--data-sha256 NAME=HEX|none`)
 * and the environment the look-up reads. `dataAccess(options)` returns a loader that locates,
 * verifies and reads each data set once for its holder (one claim's audit) and records every file it
 * used with its checksum, so the result states exactly which bytes a verdict rests on.
 */
import { InputError } from "../core/errors.ts";
import { datasetInfo } from "./datasetRegistry.ts";
import { loadDataset, requireChecksumOverride, type Dataset, type DatasetUse, type Env } from "./locateDataset.ts";

export interface DataOptions {
  /** File to use per data set name (the CLI's `--data NAME=PATH`). */
  readonly paths?: Readonly<Record<string, string>>;
  /** Checksum per data set name instead of the registry's, or false to skip the check (`--data-sha256`). */
  readonly sha256?: Readonly<Record<string, string | false>>;
  /** Environment of the look-up (SIGNCHECK_DATA_DIR, the cache, SIGNCHECK_NO_SHARED); default process.env. */
  readonly env?: Env;
}

export interface DataAccess {
  /** The named data set, located, verified and read (once per access); MissingDataError when absent. */
  load(name: string): Dataset;
  /** Every data set loaded so far, in order, with its file and checksum. */
  readonly used: readonly DatasetUse[];
}

/** Checks the names and checksums of data options (InputError naming the flag); returns them normalised. */
export function validateDataOptions(options: DataOptions = {}): DataOptions {
  if (typeof options !== "object" || options === null) throw new InputError("data", options, "data options { paths, sha256, env }");
  const paths: Record<string, string> = {};
  const sha256: Record<string, string | false> = {};
  for (const [name, path] of Object.entries(options.paths ?? {})) {
    datasetInfo(name);
    if (typeof path !== "string" || path === "") throw new InputError("--data", `${name}=${String(path)}`, "NAME=PATH with a non-empty path");
    paths[name] = path;
  }
  for (const [name, sum] of Object.entries(options.sha256 ?? {})) {
    datasetInfo(name);
    sha256[name] = requireChecksumOverride(name, sum);
  }
  return { paths, sha256, env: options.env };
}

export function dataAccess(options: DataOptions = {}): DataAccess {
  const { paths = {}, sha256 = {}, env } = validateDataOptions(options);
  const loaded = new Map<string, Dataset>();
  const used: DatasetUse[] = [];
  return {
    load(name: string): Dataset {
      const hit = loaded.get(name);
      if (hit) return hit;
      const data = loadDataset(name, {
        path: Object.hasOwn(paths, name) ? paths[name] : undefined,
        sha256: Object.hasOwn(sha256, name) ? sha256[name] : undefined,
        env,
      });
      loaded.set(name, data);
      used.push(data.use);
      return data;
    },
    get used() {
      return [...used];
    },
  };
}
