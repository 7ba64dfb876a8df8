/**
 * The data-set options of `audit` and `replay`, both repeatable: `--data NAME=PATH` (the file to use for a
 * registered data set) and `--data-sha256 NAME=HEX|none` (accept a file whose sha256 is HEX instead of the
 * registry's, or skip the check; the override is recorded with every result that read the data set). The option
 * parser checks the form; `dataOptions` turns them into the audit's `DataOptions` and verifies each explicit file
 * now — a missing file, a folder, a FIFO, a device, a wrong checksum or shape is exit 2 before any claim runs.
 */
import { InvalidArgumentError, type Command } from "commander";
import { validateDataOptions, type DataOptions } from "../data/dataAccess.ts";
import { loadDataset, type Env } from "../data/locateDataset.ts";

export interface DataCliOptions {
  readonly data: string[];
  readonly dataSha256: string[];
}

/** commander's parser for one `NAME=VALUE`; collects them in order and refuses a name given twice. */
function namedOption(flag: string, example: string) {
  return (value: string, previous: string[]): string[] => {
    const eq = value.indexOf("=");
    if (eq <= 0 || eq === value.length - 1) throw new InvalidArgumentError(`expected NAME=${example}, got "${value}"`);
    const name = value.slice(0, eq);
    if (previous.some((p) => p.startsWith(`${name}=`))) throw new InvalidArgumentError(`${flag}: data set ${name} is given twice`);
    return [...previous, value];
  };
}

/** Adds `--data` and `--data-sha256` to a command. */
export function addDataOptions(command: Command): Command {
  return command
    .option("--data <name=path>", "use this file for a registered data set (repeatable)", namedOption("--data", "PATH (e.g. mushrooms=./mushrooms.libsvm)"), [])
    .option(
      "--data-sha256 <name=hex>",
      "accept a data set whose sha256 is HEX instead of the registry's, or NAME=none to skip the check (repeatable; recorded in the report)",
      namedOption("--data-sha256", "HEX or NAME=none"),
      [],
    );
}

function split(spec: string): [string, string] {
  const eq = spec.indexOf("=");
  return [spec.slice(0, eq), spec.slice(eq + 1)];
}

/** The audit's data options, each explicit file verified now (exit 2 before any claim runs). */
export function dataOptions(opts: DataCliOptions, env: Env): DataOptions {
  const paths: Record<string, string> = {};
  const sha256: Record<string, string | false> = {};
  for (const spec of opts.dataSha256) {
    const [name, value] = split(spec);
    sha256[name] = value === "none" ? false : value;
  }
  for (const spec of opts.data) {
    const [name, path] = split(spec);
    paths[name] = path;
  }
  const data = validateDataOptions({ paths, sha256, env });
  for (const [name, path] of Object.entries(paths)) loadDataset(name, { path, sha256: Object.hasOwn(sha256, name) ? sha256[name] : undefined, env });
  return data;
}
