/**
 * Finds the claims to audit: the built-in theorems (supplied by the caller) when no module is named, else every claim
 * exported by the named modules (a claim, an array of claims, or a `claims` export; TypeScript or
 * JavaScript, anywhere on disk). Each claim is re-validated with `defineClaim`. A missing module, a
 * module without claims or two claims with one id is an input error.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../core/errors.ts";
import { checkUniqueIds } from "../claims/auditClaims.ts";
import { defineClaim } from "../claims/defineClaim.ts";
import type { Claim } from "../claims/types.ts";

export interface LoadedClaims {
  readonly claims: Claim[];
  /** Module path(s) each claim came from (empty for built-ins), for replay commands. */
  readonly moduleOf: (id: string) => readonly string[];
}

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
  for (const value of Object.values(exports)) {
    if (Array.isArray(value)) value.forEach(add);
    else add(value);
  }
  return found;
}

/** Where the built-in claims come from: `bin/signcheck.js` passes the theorems folder (src never imports it). */
export type BuiltinClaims = () => Promise<readonly Claim[]>;

export async function loadClaims(modules: readonly string[], builtins?: BuiltinClaims): Promise<LoadedClaims> {
  if (modules.length === 0) {
    if (!builtins) throw new InputError("modules", "none", "at least one claim module (this entry point has no built-in claims)");
    const claims = [...(await builtins())];
    checkUniqueIds(claims);
    return { claims, moduleOf: () => [] };
  }
  const claims: Claim[] = [];
  const origin = new Map<string, string>();
  for (const m of modules) {
    const path = resolve(m);
    if (!existsSync(path)) throw new InputError("module", m, "an existing .ts or .js file");
    let exports: Record<string, unknown>;
    try {
      exports = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      throw new InputError("module", m, "a module that loads", error instanceof Error ? error.message.split("\n")[0] : String(error));
    }
    const found = collect(exports);
    if (found.length === 0) throw new InputError("module", m, "a module exporting at least one claim (made with defineClaim)");
    for (const c of found) {
      defineClaim(c);
      claims.push(c);
      origin.set(c.id, m);
    }
  }
  checkUniqueIds(claims);
  return { claims, moduleOf: (id) => { const m = origin.get(id); return m ? [m] : []; } };
}

/** Selects claims by `--only`: comma-separated patterns, `*` matching any run of characters, otherwise a substring. */
export function selectClaims(claims: readonly Claim[], only: string | undefined): Claim[] {
  if (!only) return [...claims];
  const tests = only.split(",").map((p) => p.trim()).filter(Boolean).map((p) =>
    p.includes("*") ? ((id: string) => new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(id)) : (id: string) => id.includes(p),
  );
  const selected = claims.filter((c) => tests.some((t) => t(c.id)));
  if (selected.length === 0) throw new InputError("--only", only, `a pattern matching at least one of: ${claims.map((c) => c.id).join(", ")}`);
  return selected;
}
