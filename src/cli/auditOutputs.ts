/**
 * Where an audit writes, checked before any claim runs, so a bad `--out` or `--json` costs nothing (exit 2 at
 * once) instead of failing after the whole audit: the folder is created if need be and a probe file is written
 * and removed in it; an existing `--json` file must be a regular file that can be opened for writing (a FIFO or
 * a device would block or swallow the report). `--json -` sends the JSON to standard output.
 *
 * Default folder: `./signcheck-reports` in the current folder (audit.json, audit.md, index.html, figures/). An audit of one's own modules is refused the
 * package's committed `reports/` (they hold the built-in audit, written by `npm run audit` with `--out reports`).
 */
import { closeSync, openSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../core/errors.ts";
import { makeFolder } from "../core/makeFolder.ts";

export const DEFAULT_OUT = "signcheck-reports";

export interface AuditOutputs {
  readonly folder: string;
  /** A second file for the JSON (`--json FILE`). */
  readonly jsonFile?: string;
  /** `--json -`: the JSON goes to standard output and the human lines to standard error. */
  readonly jsonToStdout: boolean;
}

/** stat, or undefined when there is nothing there or the path cannot be followed (the creation then says why). */
function statOf(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates `folder` if needed and proves it writable; `option` names the flag in the error. */
function writableFolder(option: string, given: string, folder: string): void {
  const stat = statOf(folder);
  if (stat && !stat.isDirectory()) throw new InputError(option, given, "a folder (existing, or one signcheck creates)", "it is a file");
  try {
    makeFolder(folder);
    const probe = join(folder, `.signcheck-write-test-${process.pid}`);
    writeFileSync(probe, "", { flag: "wx" });
    unlinkSync(probe);
  } catch (error) {
    throw new InputError(option, given, "a folder signcheck can create and write to", reason(error));
  }
}

export function prepareAuditOutputs(
  out: string | undefined,
  json: string | undefined,
  { ownModules, packageReports }: { ownModules: boolean; packageReports?: string },
): AuditOutputs {
  const folder = out ?? DEFAULT_OUT;
  if (ownModules && packageReports !== undefined && resolve(folder) === resolve(packageReports)) {
    throw new InputError(
      "--out",
      folder,
      "a folder other than the package's committed reports/ when auditing your own modules",
      `the default is ./${DEFAULT_OUT}`,
    );
  }
  writableFolder("--out", folder, folder);
  if (json === undefined || json === "-") return { folder, jsonFile: undefined, jsonToStdout: json === "-" };
  const stat = statOf(json);
  if (stat && !stat.isFile())
    throw new InputError("--json", json, "a regular file, or - for standard output", stat.isDirectory() ? "it is a folder" : "it is not a regular file");
  if (stat) {
    try {
      closeSync(openSync(json, "r+"));
    } catch (error) {
      throw new InputError("--json", json, "a file signcheck can write", reason(error));
    }
  } else {
    writableFolder("--json", json, dirname(resolve(json)));
  }
  return { folder, jsonFile: json, jsonToStdout: false };
}
