/**
 * The machine-readable audit: `audit.json`. JSON cannot hold NaN or ±∞, so they are written as the
 * strings "NaN", "Infinity", "-Infinity"; everything else is the AuditResult as computed.
 */
import type { AuditResult } from "../claims/auditClaims.ts";
import type { SeedsAuditResult } from "../claims/auditSeeds.ts";

export function auditJson(result: AuditResult | SeedsAuditResult): string {
  return `${JSON.stringify(
    result,
    (_key, value) => {
      if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
      return value;
    },
    2,
  )}\n`;
}
