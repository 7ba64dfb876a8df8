/**
 * The machine-readable audit: `audit.json`. The AuditResult as computed, with the provenance record
 * (report/provenance.ts: version, git commit of the code, Node version, date, the data sets by name and
 * sha256), each claim's headline (the one-line reading of its verdict), and no path of the machine: a
 * claim's data sets keep their name, sha256 and what vouched for them, not the file they were read from.
 * `timeFields` lists the fields that change between two identical runs ("claims[].durationMs": that field
 * of every claim), `environmentFields` those that describe the machine and checkout rather than the
 * result. JSON cannot hold NaN or ±∞, so they are written as the strings "NaN", "Infinity", "-Infinity".
 */
import type { AuditResult } from "../claims/auditClaims.ts";
import type { SeedsAuditResult } from "../claims/auditSeeds.ts";
import type { ClaimResult } from "../claims/types.ts";
import { headline } from "./headline.ts";
import { datasetRecords, PROVENANCE_ENVIRONMENT_FIELDS, PROVENANCE_TIME_FIELDS, type Provenance } from "./provenance.ts";

export interface AuditJsonMeta {
  readonly provenance?: Provenance;
  /** Every file of the report (relative to its folder), audit.json included. */
  readonly files?: readonly string[];
}

/** A claim result as the reports show it: headline added, data sets without their file paths. */
export function publicClaim(r: ClaimResult): ClaimResult & { headline: string } {
  const { data, ...rest } = r;
  const out = { ...rest, headline: headline(r) };
  return data ? { ...out, data: data.map(({ path: _path, ...use }) => use) as unknown as ClaimResult["data"] } : out;
}

function stringify(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_key, v) => {
      if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
      return v;
    },
    2,
  )}\n`;
}

function head(meta: AuditJsonMeta, timeFields: readonly string[]) {
  const p = meta.provenance;
  return {
    tool: "signcheck" as const,
    ...(p && { version: p.version, git: p.git, node: p.node, date: p.date }),
    timeFields: [...(p ? PROVENANCE_TIME_FIELDS : []), ...timeFields],
    environmentFields: p ? [...PROVENANCE_ENVIRONMENT_FIELDS] : [],
  };
}

export function auditJson(result: AuditResult, meta: AuditJsonMeta = {}): string {
  const { tool: _tool, claims, ...rest } = result;
  return stringify({
    ...head(meta, ["claims[].durationMs"]),
    ...rest,
    data: datasetRecords(claims.flatMap((r) => r.data ?? [])),
    ...(meta.files && { files: meta.files }),
    claims: claims.map(publicClaim),
  });
}

export function seedsAuditJson(result: SeedsAuditResult, meta: AuditJsonMeta = {}): string {
  const { tool: _tool, audits, ...rest } = result;
  return stringify({
    ...head(meta, ["audits[].claims[].durationMs"]),
    ...rest,
    data: datasetRecords(audits.flatMap((a) => a.claims.flatMap((r) => r.data ?? []))),
    ...(meta.files && { files: meta.files }),
    audits: audits.map(({ claims, ...a }) => ({ ...a, claims: claims.map(publicClaim) })),
  });
}
