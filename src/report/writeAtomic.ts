/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is then
 * renamed over the target (rename(2) replaces a file in one step on POSIX file systems). A reader —
 * or a run stopped half-way by Ctrl-C — sees the old file or the new one, never a truncated mix.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

export function writeAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
