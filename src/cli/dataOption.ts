/**
 * `--data NAME=PATH` (repeatable, on `audit` and `replay`): the file to use for a registered data set. The
 * option parser checks the form; `useDataFiles` declares the files to the data-set look-up (an absent file is an
 * input error, exit 2) and returns them by name for the replay command, which repeats them.
 */
import { InvalidArgumentError } from "commander";
import type { DataFiles } from "../claims/commandLine.ts";
import { setDatasetPath } from "../data/locateDataset.ts";

export const DATA_FLAGS = "--data <name=path>";
export const DATA_HELP = "use this file for a registered data set (repeatable)";

/** commander's parser for one `--data` value; collects them in order. */
export function parseDataOption(value: string, previous: string[]): string[] {
  const eq = value.indexOf("=");
  if (eq <= 0 || eq === value.length - 1) throw new InvalidArgumentError(`expected NAME=PATH (e.g. mushrooms=./mushrooms.libsvm), got "${value}"`);
  const name = value.slice(0, eq);
  if (previous.some((p) => p.startsWith(`${name}=`))) throw new InvalidArgumentError(`data set ${name} is given twice`);
  return [...previous, value];
}

export function useDataFiles(specs: readonly string[]): DataFiles {
  const files: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const [name, path] = [spec.slice(0, eq), spec.slice(eq + 1)];
    setDatasetPath(name, path);
    files[name] = path;
  }
  return files;
}
