/**
 * The suite's vitest config with `include` REPLACED by one mutation folder's test globs (mutation/folders.ts).
 * vitest's mergeConfig concatenates arrays, which would keep the whole suite's include and run every test
 * under every mutant; the config object is therefore copied with `test.include` overwritten (a `!glob` of the
 * folder's tests goes to `test.exclude`). `root` is the
 * package root (a config file's own folder is vitest's default root, and the globs are relative to the root).
 */
import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "vitest/config";
import base from "../vitest.config.ts";
import { folderNamed } from "./folders.ts";

export function scopedVitestConfig(folder: string): ViteUserConfig {
  const { tests } = folderNamed(folder);
  const include = tests.filter((g) => !g.startsWith("!"));
  const exclude = [...(base.test?.exclude ?? []), ...tests.filter((g) => g.startsWith("!")).map((g) => g.slice(1))];
  return { ...base, root: fileURLToPath(new URL("..", import.meta.url)), test: { ...base.test, include, exclude } };
}
