// Where `import "signcheck"` and `import "signcheck/SUBPATH"` lead: the file that package.json "exports" names for
// that subpath (its "default" target, dist/…/*.js), or, when the package runs from its TypeScript sources (a clone,
// where src/ is present and dist/ may not be), the source file that target is compiled from (dist/X.js ← src/X.ts,
// dist/theorems/X.js ← theorems/X.ts). One table, read from package.json, serves the ES module hook and the
// require() bridge, so a new entry in "exports" (e.g. signcheck/internal) works from claim modules with no change here.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT_URL = new URL("../", import.meta.url);
const MANIFEST = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT_URL), "utf8"));

/** True in a clone (TypeScript sources present): run them through tsx instead of dist/. */
export const FROM_SOURCES = existsSync(new URL("src/cli/main.ts", PACKAGE_ROOT_URL));

/** `signcheck` or `signcheck/…`: a specifier this package answers for. */
export function isPackageSpecifier(specifier) {
  return specifier === MANIFEST.name || specifier.startsWith(`${MANIFEST.name}/`);
}

function target(entry) {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object") return target(entry.import ?? entry.default);
  return undefined;
}

/** The file URL a package specifier resolves to; throws ERR_PACKAGE_PATH_NOT_EXPORTED (as Node does) otherwise. */
export function packageEntryUrl(specifier) {
  const subpath = specifier === MANIFEST.name ? "." : `.${specifier.slice(MANIFEST.name.length)}`;
  const file = target(MANIFEST.exports?.[subpath]);
  if (!file) {
    const error = new Error(`Package subpath '${subpath}' is not defined by "exports" in ${fileURLToPath(new URL("package.json", PACKAGE_ROOT_URL))}`);
    error.code = "ERR_PACKAGE_PATH_NOT_EXPORTED";
    throw error;
  }
  const source = FROM_SOURCES ? file.replace(/^\.\/dist\/theorems\/(.*)\.js$/, "./theorems/$1.ts").replace(/^\.\/dist\/(.*)\.js$/, "./src/$1.ts") : file;
  return new URL(source, PACKAGE_ROOT_URL);
}
