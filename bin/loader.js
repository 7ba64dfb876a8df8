// The module loading every signcheck thread sets up before it imports the package: tsx for TypeScript (ES modules
// and require()), the hooks of ./resolveSignCheck.js (which let a user's claims module import "signcheck" from any
// folder) and the require() bridge of ./requireSignCheck.js. The command's main thread (./signcheck.js) and each
// audit worker thread (./auditWorker.js) call it once: a worker thread inherits none of its parent's loaders.
import { register } from "node:module";
import { pathToFileURL } from "node:url";
import { register as registerTsxRequire } from "tsx/cjs/api";
import { register as registerTsx } from "tsx/esm/api";
import { FROM_SOURCES, PACKAGE_ROOT_URL } from "./packageEntry.js";
import { bridgeRequire } from "./requireSignCheck.js";

/** The package file to import: the TypeScript source in a clone, the compiled file in an installed package. */
export function packageFile(source, compiled) {
  return new URL(FROM_SOURCES ? source : compiled, PACKAGE_ROOT_URL).href;
}

/** Registers the loaders on this thread; returns how a user's claims module is imported. */
export function setupLoader() {
  registerTsx();
  registerTsxRequire(); // TypeScript loaded by require(): .cts files, and .ts files where package.json says "commonjs"
  register("./resolveSignCheck.js", import.meta.url);
  const loaded = new Map();
  bridgeRequire(loaded);
  /** Imports a user's claims module, after loading "signcheck" once so require("signcheck") can be served from it. */
  return async function importModule(path) {
    if (!loaded.has("signcheck")) loaded.set("signcheck", await import("signcheck"));
    return import(pathToFileURL(path).href);
  };
}

/** The built-in claims (the theorems folder, or its compiled form). */
export async function builtinClaims() {
  return (await import(packageFile("theorems/index.ts", "dist/theorems/index.js"))).claims;
}
