/**
 * Writes a set of files as one: a reader, or a run killed at any point, sees all of the old files or all of the
 * new ones, never a truncated file nor an `audit.json` of one run beside an `audit.md` of another.
 *   1. Every file's content goes to a temporary file beside it (`.NAME.PID.N.tmp`). A failure here (a full disk,
 *      `ulimit -f`) removes the temporaries and throws: the old files are untouched.
 *   2. A commit record (`.signcheck-commit.PID.N.json`, itself written through a temporary and a rename) lists
 *      the renames to do. From here on the new set is complete on disk.
 *   3. Each temporary is renamed over its target (rename(2) replaces a file in one step on POSIX file systems),
 *      then the record is removed.
 * A crash between 2 and 3 leaves the record: the next write into that folder (and `recoverPendingWrites`, which
 * an audit calls on its output folder before it starts) finishes the renames it lists — rolling forward to the
 * complete new set — and removes temporaries left by writers that died in step 1.
 * `writeAtomic(path, content)` is the one-file case.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export interface FileToWrite {
  readonly path: string;
  readonly content: string | Uint8Array;
}

const COMMIT = /^\.signcheck-commit\.(\d+)\.\d+\.json$/;
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;
/** Test hook: a set that includes a file of this name pauses before its renames (see `pauseForTests`). */
const PAUSE_ENV = "SIGNCHECK_TEST_PAUSE_BEFORE_RENAME";

// Module state that carries no option: a counter that makes each temporary file name unique within the process.
let counter = 0;

function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Finishes the writes a killed writer committed in `folder`, and removes temporaries of writers that died before committing. */
export function recoverPendingWrites(folder: string): void {
  if (!existsSync(folder)) return;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const commit = COMMIT.exec(name);
    if (!commit || alive(Number(commit[1]))) continue;
    const record = join(folder, name);
    try {
      const renames = JSON.parse(readFileSync(record, "utf8")) as { tmp: string; path: string }[];
      for (const { tmp, path } of renames) if (existsSync(tmp)) renameSync(tmp, path);
    } catch {
      // An unreadable record was never committed (it is written through a rename): nothing to finish.
    }
    rmSync(record, { force: true });
  }
  for (const name of readdirSync(folder)) {
    const tmp = TEMPORARY.exec(name);
    if (tmp && !alive(Number(tmp[1]))) rmSync(join(folder, name), { force: true });
  }
}

/** The test hook: writes `TARGET.paused` beside the target and blocks this thread for up to 60 s (the test kills the process meanwhile). */
function pauseForTests(files: readonly FileToWrite[]): void {
  const name = process.env[PAUSE_ENV];
  const hit = name ? files.find((f) => basename(f.path) === name) : undefined;
  if (!hit) return;
  writeFileSync(`${hit.path}.paused`, "");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  if (files.length === 0) return;
  const folders = [...new Set(files.map((f) => dirname(resolve(f.path))))];
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    recoverPendingWrites(folder);
  }
  const renames: { tmp: string; path: string }[] = [];
  let record: string | undefined;
  try {
    for (const f of files) {
      const path = resolve(f.path);
      const tmp = temporaryFor(path);
      renames.push({ tmp, path });
      writeFileSync(tmp, f.content);
    }
    if (renames.length > 1) {
      record = join(folders[0], `.signcheck-commit.${process.pid}.${counter++}.json`);
      const recordTmp = temporaryFor(record);
      writeFileSync(recordTmp, JSON.stringify(renames));
      renameSync(recordTmp, record);
    }
  } catch (error) {
    for (const { tmp } of renames) rmSync(tmp, { force: true });
    if (record) rmSync(record, { force: true });
    throw error;
  }
  pauseForTests(files);
  for (const { tmp, path } of renames) renameSync(tmp, path);
  if (record) rmSync(record, { force: true });
}

/** Writes one file atomically (temporary file, then rename). */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ path, content }]);
}
