/**
 * `mkdir -p` that fails instead of looping: Node's `mkdirSync(path, { recursive: true })` spins forever on a path
 * whose parent exists but refuses new entries with ENOENT (anything under /proc). Here the missing folders are
 * found by walking up to the nearest one that exists, then created one level at a time, so every refusal
 * (ENOENT, EACCES, EPERM, EROFS, ENOTDIR) surfaces as the system error it is.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${p}'`), { code: "ENOTDIR", path: p });
      break;
    }
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) {
    try {
      mkdirSync(p);
    } catch (error) {
      // another process may have made it meanwhile; anything else is a real refusal
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(p).isDirectory()) throw error;
    }
  }
}
