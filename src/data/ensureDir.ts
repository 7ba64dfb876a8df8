/**
 * Creates a folder and its missing parents, one level at a time, or throws an InputError naming the
 * option that gave it. Node 20's `mkdirSync(path, { recursive: true })` never returns for a path under
 * /proc (mkdir answers ENOENT there, and its recursion retries the existing parent forever); this walk
 * makes one attempt per missing level, so it ends after at most as many calls as the path has parts.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../core/errors.ts";

export function ensureDir(parameter: string, path: string): string {
  const target = resolve(path);
  const missing: string[] = [];
  let cur = target;
  for (;;) {
    let stats;
    try {
      stats = statSync(cur);
    } catch {
      stats = undefined;
    }
    if (stats) {
      if (!stats.isDirectory()) throw new InputError(parameter, path, "a folder (or a path where one can be created)", `${cur} exists and is not a folder`);
      break;
    }
    missing.push(cur);
    const parent = dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== "EEXIST") throw new InputError(parameter, path, "a folder that can be created", `${e.code ?? e.message} at ${dir}`);
    }
  }
  return target;
}
