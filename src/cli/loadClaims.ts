/**
 * Finds the claims to audit: the built-in theorems (supplied by the caller) when no module is named, else every claim
 * exported by the named modules (a claim, an array of claims, or an object of claims as the default export;
 * TypeScript or JavaScript, anywhere on disk). Each claim is re-validated with `defineClaim`. A missing module, a
 * module that does not load (reported with file, line and column), a module without claims, two claims with one
 * id, or a claim that takes a built-in claim's id without saying so is an input error (exit 2).
 *
 * Report appendices (src/report/appendix.ts) come the same way: the built-in ones from the caller, a module's from
 * its `appendices` export (an array; checked, file names distinct over all modules).
 *
 * Shadowing: a module may audit its own version of a built-in claim under the built-in's id only when it says so,
 * by exporting `shadowsBuiltins = ["seed/lemma1-eq1", …]`; otherwise a report could show a user's claim under a
 * built-in id as if it were the built-in one.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../core/errors.ts";
import { checkUniqueIds } from "../claims/auditClaims.ts";
import { defineClaim } from "../claims/defineClaim.ts";
import type { Claim } from "../claims/types.ts";
import { validateAppendices, type ReportAppendix } from "../report/appendix.ts";
import { moduleLoadError } from "./moduleLoadError.ts";

export interface LoadedClaims {
  readonly claims: Claim[];
  /** Module path(s) each claim came from, as given (empty for built-ins), for replay commands. */
  readonly moduleOf: (id: string) => readonly string[];
  /** The report appendices of the modules (or the built-in ones). */
  readonly appendices: readonly ReportAppendix[];
}

/** Where the built-in claims come from: `bin/signcheck.js` passes the theorems folder (src never imports it). */
export type BuiltinClaims = () => Promise<readonly Claim[]>;

/** The built-in report appendices (`bin/signcheck.js` passes the theorems folder's, as it passes the claims). */
export type BuiltinAppendices = () => Promise<readonly ReportAppendix[]>;

/** How a user's module is imported (the bin's loader makes `import "signcheck"` work from any folder). */
export type ImportModule = (path: string) => Promise<Record<string, unknown>>;

export interface LoadOptions {
  readonly builtins?: BuiltinClaims;
  readonly builtinAppendices?: BuiltinAppendices;
  readonly importModule?: ImportModule;
  /**
   * False in an audit worker: the main thread has already checked the modules against the built-in ids, and a
   * worker that skips the check need not load the built-in theorems at all (≈ 1 s of start-up per worker).
   */
  readonly checkShadowing?: boolean;
}

/** The export by which a module declares the built-in ids it audits its own versions of. */
export const SHADOWS_EXPORT = "shadowsBuiltins";
/** The export by which a module adds report appendices. */
export const APPENDICES_EXPORT = "appendices";

function isClaim(x: unknown): x is Claim {
  if (typeof x !== "object" || x === null) return false;
  const c = x as Record<string, unknown>;
  return typeof c.id === "string" && typeof c.kind === "string" && typeof (c.instances as { generate?: unknown } | undefined)?.generate === "function";
}

function collect(exports: Record<string, unknown>): Claim[] {
  const found: Claim[] = [];
  const add = (v: unknown) => {
    if (isClaim(v) && !found.includes(v)) found.push(v);
  };
  for (const [name, value] of Object.entries(exports)) {
    if (Array.isArray(value)) value.forEach(add);
    else if (name === "default" && value && typeof value === "object" && !isClaim(value)) Object.values(value).forEach(add);
    else add(value);
  }
  return found;
}

const defaultImport: ImportModule = (path) => import(pathToFileURL(path).href);

async function importClaims(m: string, importModule: ImportModule): Promise<{ claims: Claim[]; shadows: unknown; appendices: ReportAppendix[] }> {
  const path = resolve(m);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new InputError("module", m, "an existing .ts or .js file", stat ? "it is not a regular file" : undefined);
  let exports: Record<string, unknown>;
  try {
    exports = await importModule(path);
  } catch (error) {
    throw new InputError("module", m, "a module that loads", moduleLoadError(error, path));
  }
  const claims = collect(exports);
  if (claims.length === 0) throw new InputError("module", m, "a module exporting at least one claim (made with defineClaim)");
  const shadows = exports[SHADOWS_EXPORT] ?? (exports.default as Record<string, unknown> | undefined)?.[SHADOWS_EXPORT];
  const declared = exports[APPENDICES_EXPORT] ?? (exports.default as Record<string, unknown> | undefined)?.[APPENDICES_EXPORT];
  return { claims, shadows, appendices: declared === undefined ? [] : validateAppendices(declared, m) };
}

/** Refuses a user claim that takes a built-in claim's id, unless its module lists the id in `shadowsBuiltins`. */
function checkShadowing(m: string, claims: readonly Claim[], shadows: unknown, builtin: ReadonlyMap<string, Claim>): void {
  const declared = shadows === undefined ? [] : shadows;
  if (!Array.isArray(declared) || declared.some((s) => typeof s !== "string")) {
    throw new InputError(`${SHADOWS_EXPORT} of ${m}`, shadows, "an array of built-in claim ids");
  }
  const ids = new Set(claims.map((c) => c.id));
  for (const id of declared as string[]) {
    if (!builtin.has(id)) throw new InputError(`${SHADOWS_EXPORT} of ${m}`, id, "the id of a built-in claim (see `signcheck list`)");
    if (!ids.has(id)) throw new InputError(`${SHADOWS_EXPORT} of ${m}`, id, "the id of a claim the module exports");
  }
  for (const c of claims) {
    const original = builtin.get(c.id);
    if (original && original !== c && !declared.includes(c.id)) {
      throw new InputError(
        "claim id",
        c.id,
        "an id no built-in claim has",
        `${m} defines it too; rename the claim, or export const ${SHADOWS_EXPORT} = [${JSON.stringify(c.id)}] from the module to audit it in place of the built-in one`,
      );
    }
  }
}

export async function loadClaims(
  modules: readonly string[],
  { builtins, builtinAppendices, importModule = defaultImport, checkShadowing: check = true }: LoadOptions = {},
): Promise<LoadedClaims> {
  if (modules.length === 0) {
    if (!builtins) throw new InputError("modules", "none", "at least one claim module (this entry point has no built-in claims)");
    const claims = [...(await builtins())];
    checkUniqueIds(claims);
    const appendices = builtinAppendices ? validateAppendices([...(await builtinAppendices())], "the built-in claims") : [];
    return { claims, moduleOf: () => [], appendices };
  }
  const builtin = new Map((builtins && check ? await builtins() : []).map((c) => [c.id, c]));
  const claims: Claim[] = [];
  const appendices: ReportAppendix[] = [];
  const origin = new Map<string, string>();
  for (const m of modules) {
    const loaded = await importClaims(m, importModule);
    appendices.push(...loaded.appendices);
    for (const c of loaded.claims) defineClaim(c);
    if (check) checkShadowing(m, loaded.claims, loaded.shadows, builtin);
    for (const c of loaded.claims) {
      claims.push(c);
      origin.set(c.id, m);
    }
  }
  checkUniqueIds(claims);
  validateAppendices(appendices, modules.join(", ")); // file names distinct across modules
  return {
    claims,
    moduleOf: (id) => {
      const m = origin.get(id);
      return m ? [m] : [];
    },
    appendices,
  };
}
