/**
 * `--only`: comma-separated claim ids or globs (see globMatch.ts), case-sensitive. Each pattern must select at
 * least one claim — an empty pattern or one that matches nothing is a usage error (exit 2) with the closest ids,
 * never a silent "audit everything" or "audit nothing". The selection keeps the claims' own order.
 */
import { InputError } from "../core/errors.ts";
import type { Claim } from "../claims/types.ts";
import { globMatch } from "./globMatch.ts";
import { didYouMean } from "./suggest.ts";

const ACCEPTED = "comma-separated claim ids or globs (* matches any run of characters), each selecting at least one claim";

export function selectClaims(claims: readonly Claim[], only: string | undefined): Claim[] {
  if (only === undefined) return [...claims];
  const patterns = only.split(",").map((p) => p.trim());
  if (patterns.some((p) => p === "")) throw new InputError("--only", only, ACCEPTED, "an empty pattern selects nothing");
  const ids = claims.map((c) => c.id);
  for (const p of patterns) {
    if (ids.some((id) => globMatch(p, id))) continue;
    const candidates = p.includes("*") ? [...new Set(ids.map((id) => `${id.split("/")[0]}/*`)), ...ids] : ids;
    const hint = didYouMean(p, candidates);
    throw new InputError("--only", p, ACCEPTED, `${hint ? `${hint} ` : ""}\`signcheck list\` shows every id`);
  }
  return claims.filter((c) => patterns.some((p) => globMatch(p, c.id)));
}
