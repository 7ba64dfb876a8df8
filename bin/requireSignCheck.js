// The require() side of ./resolveSignCheck.js: a CommonJS claims helper (a .cjs or .cts file, or a .js file
// without import/export syntax) that calls require("signcheck") gets the very module the CLI and the ES modules
// use — one copy of the package, so claims, arbitraries and errors made on either side mix. Node 20's module
// hooks do not see require(), so this patches Module._load (plain CommonJS loading) and Module._resolveFilename
// (Node's require inside a CommonJS module that an ES module imported resolves through it, then loads the file
// through the ES module cache), as tsx itself patches them.
import Module from "node:module";
import { fileURLToPath } from "node:url";
import { isPackageSpecifier, packageEntryUrl } from "./packageEntry.js";

/** Serves require(specifier) from `loaded` (specifier → namespace) where it can, else from the entry file. */
export function bridgeRequire(loaded) {
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    if (typeof request === "string" && isPackageSpecifier(request) && loaded.has(request)) return loaded.get(request);
    return load.call(this, request, parent, isMain);
  };
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (typeof request === "string" && isPackageSpecifier(request)) return fileURLToPath(packageEntryUrl(request));
    return resolveFilename.call(this, request, ...rest);
  };
}
