// ES module hooks (node:module register), registered after tsx so they run first. Three jobs:
// 1. `import … from "signcheck"` (and its exported subpaths) resolves to this package from any file on disk, even
//    one whose folder has no dependency on signcheck.
// 2. A user's file (outside node_modules and outside this package) is an ES module when it is written as one.
//    Node's rule: .mjs/.mts are ES modules, .cjs/.cts CommonJS; for .js/.ts/.jsx/.tsx the nearest package.json
//    "type" decides, and where none says, import/export syntax does (as Node 20.19+ detects for .js). tsx alone
//    would compile such a .ts file to CommonJS, which loses top-level await and import.meta and whose require()
//    misses this hook. Relative imports between user files are resolved here, before tsx, for that reason (a .js
//    specifier from a TypeScript file means its .ts sibling, as in TypeScript; no extension tries the usual ones).
// 3. A user's CommonJS file is handed to Node's CommonJS loader (tsx's require hook compiles TypeScript there),
//    where ./requireSignCheck.js serves require("signcheck").
import { readFileSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { init, parse } from "es-module-lexer";
import { PACKAGE_ROOT_URL, isPackageSpecifier, packageEntryUrl } from "./packageEntry.js";

const PACKAGE_ROOT = fileURLToPath(PACKAGE_ROOT_URL);
const AMBIGUOUS = new Set([".ts", ".tsx", ".js", ".jsx"]);
const FIXED = { ".mjs": "module", ".mts": "module", ".cjs": "commonjs", ".cts": "commonjs" };
const TS_OF = { ".js": [".ts", ".tsx"], ".jsx": [".tsx"], ".mjs": [".mts"], ".cjs": [".cts"] };
const GUESSES = [".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs", ".cts", ".cjs", "/index.ts", "/index.tsx", "/index.js", "/index.jsx"];
const typeOfFolder = new Map();

function isUserFile(path) {
  return !path.startsWith(PACKAGE_ROOT) && !path.includes("/node_modules/");
}

function isFile(path) {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The "type" field of the nearest package.json above `dir` (null when none says). */
function packageType(dir) {
  if (typeOfFolder.has(dir)) return typeOfFolder.get(dir);
  let type;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    type = typeof manifest.type === "string" ? manifest.type : null;
  } catch {
    const parent = dirname(dir);
    type = parent === dir ? null : packageType(parent);
  }
  typeOfFolder.set(dir, type);
  return type;
}

/** "module" or "commonjs" for a user's file, by Node's rule (see above). */
async function formatOf(path) {
  const ext = extname(path);
  if (FIXED[ext]) return FIXED[ext];
  const type = packageType(dirname(path));
  if (type !== null) return type === "module" ? "module" : "commonjs";
  await init;
  try {
    return parse(readFileSync(path, "utf8"))[3] ? "module" : "commonjs";
  } catch {
    return "module"; // unparsable: as an ES module, the compiler reports the syntax error with its place
  }
}

/** The user's file a relative (or absolute) specifier names, or undefined to let tsx and Node resolve it. */
function userFile(specifier, parentURL) {
  if (!/^(\.\.?\/|\/|file:)/.test(specifier) || !parentURL?.startsWith("file:")) return undefined;
  const base = fileURLToPath(new URL(specifier, parentURL));
  if (!isUserFile(base)) return undefined;
  const ext = extname(base);
  const parentIsTs = /\.[cm]?tsx?$/.test(fileURLToPath(parentURL));
  const siblings = (TS_OF[ext] ?? []).map((e) => base.slice(0, -ext.length) + e);
  const candidates = ext in FIXED || AMBIGUOUS.has(ext) ? (parentIsTs ? [...siblings, base] : [base, ...siblings]) : [base, ...GUESSES.map((g) => base + g)];
  return candidates.find(isFile);
}

export async function resolve(specifier, context, nextResolve) {
  if (isPackageSpecifier(specifier)) return { url: packageEntryUrl(specifier).href, format: "module", shortCircuit: true };
  const own = userFile(specifier, context.parentURL ?? pathToFileURL(join(process.cwd(), "/")).href);
  if (own) return { url: pathToFileURL(own).href, format: await formatOf(own), shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith("file:")) return resolved;
  // tsx marks files it means to compile to CommonJS with a query (also encoded into the path)
  const path = fileURLToPath(resolved.url.replace(/(%3F|\?)tsx-.*$/, ""));
  if (!isUserFile(path) || !isAbsolute(path) || extname(path) === ".json") return resolved;
  return { url: pathToFileURL(path).href, format: await formatOf(path), shortCircuit: true };
}

/** A user's CommonJS file goes to Node's CommonJS loader (tsx's require hook compiles it when it is TypeScript). */
export async function load(url, context, nextLoad) {
  if (context.format === "commonjs" && url.startsWith("file:") && isUserFile(fileURLToPath(url)))
    return { format: "commonjs", source: null, shortCircuit: true };
  return nextLoad(url, context);
}
