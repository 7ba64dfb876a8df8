/**
 * The texts the claims quote, for the check that every `source.quote` occurs in its source. Only the
 * seed draft is registered: its file name is the content-addressed name under which it was audited
 * (references.ts, key `seed`). It is looked for in $SIGNCHECK_SOURCE_DIR, then in ../shared/seed/
 * beside the package root (unless SIGNCHECK_NO_SHARED=1); a clone without it has no text to check
 * the quotes against, and the quote test says so instead of passing on a copy.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../core/errors.ts";
import { sharedDir, type Env } from "./locateDataset.ts";

export const SOURCE_TEXTS = {
  seed: { file: "000_c77ed2c08f501b71.txt", shared: "seed" },
} as const;

export type SourceTextKey = keyof typeof SOURCE_TEXTS;

/** The candidate paths of a source text, in the order they are tried. */
export function sourceTextCandidates(key: SourceTextKey, env: Env = process.env): string[] {
  const entry = SOURCE_TEXTS[key];
  if (!entry) throw new InputError("key", key, `one of ${Object.keys(SOURCE_TEXTS).join(", ")}`);
  const dirs: string[] = [];
  if (env.SIGNCHECK_SOURCE_DIR) dirs.push(resolve(env.SIGNCHECK_SOURCE_DIR));
  const shared = sharedDir(entry.shared, env);
  if (shared) dirs.push(shared);
  return dirs.map((dir) => join(dir, entry.file));
}

/** The path of a source text, or undefined when it is nowhere to be found. */
export function locateSourceText(key: SourceTextKey, env: Env = process.env): string | undefined {
  return sourceTextCandidates(key, env).find((p) => existsSync(p));
}

export function readSourceText(key: SourceTextKey, env: Env = process.env): string | undefined {
  const path = locateSourceText(key, env);
  return path === undefined ? undefined : readFileSync(path, "utf8");
}

/** Runs of whitespace (spaces, tabs, line breaks, non-breaking spaces) become one space; ends trimmed. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Whether `quote` occurs in `text` once both are whitespace-normalised. An elided quote "A … B" occurs
 * when its pieces A and B occur in that order.
 */
export function quoteOccurs(text: string, quote: string): boolean {
  const haystack = normaliseWhitespace(text);
  const pieces = quote
    .split("…")
    .map(normaliseWhitespace)
    .filter((p) => p.length > 0);
  if (pieces.length === 0) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
