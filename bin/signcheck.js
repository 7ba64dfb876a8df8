#!/usr/bin/env node
// The `signcheck` command. Installed, it runs the compiled package (dist/); in a clone (src/ present) it runs the
// TypeScript sources through tsx, with no build step. Either way tsx compiles a user's TypeScript claim modules at
// run time, and the hooks of ./resolveSignCheck.js and ./requireSignCheck.js let those modules and their helper
// files (TypeScript or JavaScript, ES modules or CommonJS) import "signcheck" from any folder.
import { register } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register as registerTsxRequire } from "tsx/cjs/api";
import { register as registerTsx } from "tsx/esm/api";
import { FROM_SOURCES, PACKAGE_ROOT_URL } from "./packageEntry.js";
import { bridgeRequire } from "./requireSignCheck.js";

// Last resort for an error thrown outside the command's own flow (a user module's timer, a stream): one line, exit 2.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`signcheck: unexpected error: ${message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`);
  process.exit(2);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

registerTsx();
registerTsxRequire(); // TypeScript loaded by require(): .cts files, and .ts files where package.json says "commonjs"
register("./resolveSignCheck.js", import.meta.url);
const from = (source, compiled) => new URL(FROM_SOURCES ? source : compiled, PACKAGE_ROOT_URL).href;
const { main } = await import(from("src/cli/main.ts", "dist/cli/main.js"));

const loaded = new Map();
bridgeRequire(loaded);
/** Imports a user's claims module, after loading "signcheck" once so require("signcheck") can be served from it. */
async function importModule(path) {
  if (!loaded.has("signcheck")) loaded.set("signcheck", await import("signcheck"));
  return import(pathToFileURL(path).href);
}

const theorems = () => import(from("theorems/index.ts", "dist/theorems/index.js"));
process.exitCode = await main(process.argv.slice(2), undefined, undefined, {
  builtins: async () => (await theorems()).claims,
  builtinAppendices: async () => (await theorems()).appendices ?? [],
  importModule,
  packageReports: fileURLToPath(new URL("reports", PACKAGE_ROOT_URL)),
});
