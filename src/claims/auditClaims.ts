/**
 * Audits a list of claims at one budget and root seed and returns the whole audit as plain data:
 * the tool version, the seed, the budget, one `ClaimResult` per claim, and the audit's family-wise
 * error rate — by the union bound, the sum of the α of every claim whose decisions rested on Monte-Carlo
 * sampling (the probability that any statistical verdict or figure of the audit is wrong is at most this sum).
 */
import { ClaimDefinitionError } from "../core/errors.ts";
import { validateDataOptions } from "../data/dataAccess.ts";
import { VERSION } from "../version.ts";
import { auditClaim, type AuditOptions } from "./auditClaim.ts";
import { auditCommand } from "./commandLine.ts";
import { DEFAULT_ALPHA } from "./engine/decideStatistical.ts";
import type { BudgetLevel, Claim, ClaimResult } from "./types.ts";

/** The results of `auditClaims`, with the seed, budget and counts. */
export interface AuditResult {
  readonly tool: "signcheck";
  readonly version: string;
  readonly seed: number;
  readonly budget: BudgetLevel;
  readonly createdWith: string;
  readonly familyWiseErrorRate: number;
  readonly claims: ClaimResult[];
  readonly counts: Record<string, number>;
  readonly mismatches: string[];
  readonly errors: string[];
}

/** Options of `auditClaims`: the options of one audit plus progress reporting. */
export interface AuditManyOptions extends Omit<AuditOptions, "path" | "instance" | "progress" | "modules"> {
  /** Module each claim came from (by id), for replay commands. */
  readonly moduleOf?: (id: string) => readonly string[];
  readonly onClaimStart?: (claim: Claim, index: number, total: number) => void;
  readonly onClaimDone?: (result: ClaimResult, index: number, total: number) => void;
  readonly progress?: (message: string) => void;
  readonly command?: string;
  /** Options that change results, beyond seed and budget (modules come from `moduleOf`): each claim's own reproducing command is built from them. */
  readonly spec?: { readonly timeLimit?: number };
}

export function checkUniqueIds(claims: readonly Claim[]): void {
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.id)) throw new ClaimDefinitionError(`claim id ${c.id} is defined twice`);
    seen.add(c.id);
  }
}

/** Audits several claims at one seed (each on its own streams) and sums up the results. */
export function auditClaims(claims: readonly Claim[], options: AuditManyOptions): AuditResult {
  checkUniqueIds(claims);
  validateDataOptions(options.data); // a bad data option is the caller's input error, not every claim's
  const results: ClaimResult[] = [];
  claims.forEach((claim, i) => {
    options.onClaimStart?.(claim, i, claims.length);
    const modules = options.moduleOf?.(claim.id);
    const r = auditClaim(claim, {
      seed: options.seed,
      budget: options.budget,
      timeLimitSeconds: options.timeLimitSeconds,
      modules,
      progress: options.progress,
      data: options.data,
    });
    results.push(r);
    options.onClaimDone?.(r, i, claims.length);
  });
  return assembleAudit(results, options);
}

/**
 * The audit of one root seed from its claims' results, in the order given: counts, mismatches, errors and the
 * family-wise error rate. Pure: an audit run in worker threads, resumed from a journal or merged from shards
 * assembles the same results into the same AuditResult.
 */
export function assembleAudit(
  results: readonly ClaimResult[],
  options: Pick<AuditManyOptions, "seed" | "budget" | "command" | "data" | "spec" | "moduleOf">,
): AuditResult {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const fwer = results.filter((r) => r.evidence.statistical).reduce((a, r) => a + (r.evidence.alpha ?? DEFAULT_ALPHA), 0);
  return {
    tool: "signcheck",
    version: VERSION,
    seed: options.seed,
    budget: options.budget,
    createdWith:
      options.command ??
      auditCommand({ budget: options.budget, seed: options.seed, timeLimit: options.spec?.timeLimit, data: { sha256: options.data?.sha256 } }),
    familyWiseErrorRate: fwer,
    // Each claim alone reproduces its result: randomness is keyed by (root seed, claim id, …), not by the order of the audit.
    claims: results.map((r) => ({
      ...r,
      reproduce: auditCommand({
        budget: options.budget,
        seed: options.seed,
        modules: options.moduleOf?.(r.id),
        only: r.id,
        timeLimit: options.spec?.timeLimit,
        data: { sha256: options.data?.sha256 },
      }),
    })),
    counts,
    mismatches: results.filter((r) => !r.match.ok && r.verdict !== "error").map((r) => r.id),
    errors: results.filter((r) => r.verdict === "error").map((r) => r.id),
  };
}
