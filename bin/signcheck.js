#!/usr/bin/env node
// The `signcheck` command. Installed, it runs the compiled package (dist/); in a clone (src/ present) it runs the
// TypeScript sources through tsx, with no build step. Either way tsx compiles a user's TypeScript claim modules at
// run time, and the hooks of ./resolveSignCheck.js and ./requireSignCheck.js let those modules and their helper
// files (TypeScript or JavaScript, ES modules or CommonJS) import "signcheck" from any folder (./loader.js; audit
// worker threads set up the same loaders in ./auditWorker.js).
import { fileURLToPath } from "node:url";
import { builtinClaims, packageFile, setupLoader } from "./loader.js";
import { PACKAGE_ROOT_URL } from "./packageEntry.js";

// Last resort for an error thrown outside the command's own flow (a user module's timer, a stream): one line, exit 2.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`signcheck: unexpected error: ${message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`);
  process.exit(2);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const importModule = setupLoader();
const { main } = await import(packageFile("src/cli/main.ts", "dist/cli/main.js"));

const theorems = () => import(packageFile("theorems/index.ts", "dist/theorems/index.js"));
process.exitCode = await main(process.argv.slice(2), undefined, undefined, {
  builtins: builtinClaims,
  builtinsInWorkers: true,
  builtinAppendices: async () => (await theorems()).appendices ?? [],
  importModule,
  packageReports: fileURLToPath(new URL("reports", PACKAGE_ROOT_URL)),
});
