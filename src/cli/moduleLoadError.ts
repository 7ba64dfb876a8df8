/**
 * One line saying why a claims module did not load, with the place to look: a syntax error with its file, line
 * and column, or an exception thrown while the module ran with the file and line it was thrown at (the first stack
 * frame in the user's own files, not in Node, a dependency or signcheck). Paths are shown relative to the current
 * folder when inside it.
 *
 * TypeScript syntax errors come from esbuild (through tsx) with their location. Node reports a JavaScript syntax
 * error in an ES module without one, so on that path the user's JavaScript files reachable from the module by
 * relative imports are checked one by one with `node --check` (as an ES module, then as CommonJS), whose message
 * has the line and the column.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { initSync, parse } from "es-module-lexer";
import { printable } from "../core/printable.ts";

/** A path as a user would type it from here. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function asPath(file: string): string {
  return file.startsWith("file://") ? fileURLToPath(file) : file;
}

// esbuild: "Transform failed with 2 errors:\n/abs/file.ts:3:7: ERROR: Expected identifier but found \",\"\n…"
const ESBUILD = /^(.+?):(\d+):(\d+): ERROR: (.*)$/m;
// Node's parser decorates a SyntaxError's stack: "file:///abs/file.js:2\n<source line>\n<caret line>\n\nSyntaxError: …"
const NODE_SYNTAX = /^((?:file:\/\/)?\/.*?):(\d+)\n(.*)\n(\s*)\^/;
// A stack frame: "    at fn (/abs/file.ts:4:9)" or "    at file:///abs/file.ts:4:9"
const FRAME = /^\s*at (?:.*?\()?((?:file:\/\/)?\/[^():]*?):(\d+):(\d+)\)?$/;

// signcheck's own code: the compiled or source tree this file is in (dist/ or src/), and the command's bin/.
const OWN = [fileURLToPath(new URL("../", import.meta.url)), fileURLToPath(new URL("../../bin/", import.meta.url))];

/** Is this a file of the user's (not Node's, a dependency's or signcheck's own)? */
function isUserFile(path: string): boolean {
  return !path.includes("/node_modules/") && !OWN.some((dir) => path.startsWith(dir));
}

const JS = new Set([".js", ".mjs", ".cjs", ".jsx"]);
const EXTENSIONS = ["", ".ts", ".js", ".mts", ".mjs", ".cts", ".cjs", ".tsx", ".jsx", "/index.ts", "/index.js"];
// More files than a claims module plausibly imports: stop walking rather than wander a whole project.
const MAX_FILES = 200;
const REQUIRE = /\brequire\s*\(\s*["'](\.[^"']*)["']\s*\)/g;

/** The user's files reachable from `entry` by relative imports (static, dynamic with a literal, or require). */
function localImports(entry: string): string[] {
  initSync();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length && seen.size < MAX_FILES) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const specifiers = [...source.matchAll(REQUIRE)].map((m) => m[1]);
    try {
      for (const imp of parse(source)[0]) if (imp.n?.startsWith(".")) specifiers.push(imp.n);
    } catch {
      // a file the lexer cannot read is checked itself; its imports stay unknown
    }
    for (const spec of specifiers) {
      const base = resolve(dirname(file), spec);
      const found = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
      if (found && !found.includes("/node_modules/")) queue.push(found);
    }
  }
  return [...seen];
}

/** `node --check` on one JavaScript file: the location and message of its syntax error, if it has one. */
function checkSyntax(file: string): string | undefined {
  const source = readFileSync(file, "utf8");
  const check = (type: string) => spawnSync(process.execPath, [`--input-type=${type}`, "--check"], { input: source, encoding: "utf8" });
  const asModule = check("module");
  if (asModule.status === 0) return undefined;
  if (extname(file) === ".cjs" || extname(file) === ".js") {
    if (check("commonjs").status === 0) return undefined;
  }
  const at = /^\[stdin\]:(\d+)\n.*\n(\s*)\^/.exec(asModule.stderr);
  const message = /^(\w*Error: .*)$/m.exec(asModule.stderr)?.[1];
  return at && message ? `${message.replace(/^SyntaxError: /, `syntax error at ${displayPath(file)}:${at[1]}:${at[2].length + 1}: `)}` : undefined;
}

/** Finds the JavaScript file with the syntax error Node reported without a place. */
function locateJsSyntaxError(entry: string): string | undefined {
  for (const file of localImports(entry)) {
    if (!JS.has(extname(file))) continue;
    const found = checkSyntax(file);
    if (found) return found;
  }
  return undefined;
}

/** The one-line reason the module `entry` (an absolute path) did not load. */
export function moduleLoadError(error: unknown, entry?: string): string {
  if (!(error instanceof Error)) return printable(String(error));
  const esbuild = ESBUILD.exec(error.message);
  if (esbuild && /^Transform failed/.test(error.message)) {
    const more = Number(/failed with (\d+) errors/.exec(error.message)?.[1] ?? 1) - 1;
    return printable(`syntax error at ${displayPath(asPath(esbuild[1]))}:${esbuild[2]}:${esbuild[3]}: ${esbuild[4]}${more > 0 ? ` (and ${more} more)` : ""}`);
  }
  const stack = error.stack ?? "";
  const node = error instanceof SyntaxError ? NODE_SYNTAX.exec(stack) : null;
  if (node) return printable(`${error.name} at ${displayPath(asPath(node[1]))}:${node[2]}:${node[4].length + 1}: ${error.message}`);
  if (error instanceof SyntaxError && entry !== undefined && /^SyntaxError: .*\n\s+at (compileSourceTextModule|ModuleLoader|wrapSafe)/.test(stack)) {
    const located = locateJsSyntaxError(entry);
    if (located) return printable(located);
  }
  for (const line of stack.split("\n").slice(1)) {
    const frame = FRAME.exec(line);
    if (!frame) continue;
    const file = asPath(frame[1]);
    if (isUserFile(file)) return printable(`${error.name} thrown at ${displayPath(file)}:${frame[2]}:${frame[3]}: ${error.message}`);
  }
  return printable(`${error.name}: ${error.message}`);
}
