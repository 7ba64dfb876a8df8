/**
 * Audits a list of claims at several root seeds and puts the verdicts side by side: per claim, the
 * verdict at each seed, whether they agree (`unstable` when they do not — a verdict that depends on
 * the seed is not one a reader can rely on), and whether the expectation was met at every seed. The
 * family-wise error rate of the whole run is the sum over seeds (union bound). Seeds are validated
 * (non-negative integers, no repeats); `parseSeeds` reads the CLI's "1,2,3" and "1..5" forms.
 */
import { InputError } from "../core/errors.ts";
import { requireSeed } from "./auditClaim.ts";
import { auditClaims, type AuditManyOptions, type AuditResult } from "./auditClaims.ts";
import type { BudgetLevel, Claim, ClaimKind, Outcome } from "./types.ts";

/** One claim's verdicts across the seeds of `auditSeeds`. */
export interface SeedsClaimSummary {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly expected?: Outcome;
  /** Verdict at each seed, in the order of `seeds`. */
  readonly verdicts: readonly Outcome[];
  /** The common verdict, or `unstable` when the seeds disagree. */
  readonly overall: Outcome | "unstable";
  /** The expectation was met (the judge's rule) at every seed. */
  readonly matchesEverySeed: boolean;
}

/** The result of `auditSeeds`: every seed's audit and the per-claim summaries. */
export interface SeedsAuditResult {
  readonly tool: "signcheck";
  readonly seeds: readonly number[];
  readonly budget: BudgetLevel;
  readonly createdWith: string;
  readonly familyWiseErrorRate: number;
  readonly claims: readonly SeedsClaimSummary[];
  readonly unstable: readonly string[];
  /** Claims whose expectation was not met at some seed. */
  readonly mismatches: readonly string[];
  readonly errors: readonly string[];
  /** The audit at each seed, in full. */
  readonly audits: readonly AuditResult[];
}

/** "1,2,3", "1..5" or a mix ("1..3,7"): non-negative integers, each once. */
export function parseSeeds(text: string): number[] {
  const seeds: number[] = [];
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\d+)\s*(?:\.\.|-)\s*(\d+)$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (!(a <= b) || b - a > 1000) throw new InputError("--seeds", text, "ranges a..b with a ≤ b and at most 1001 seeds");
      for (let s = a; s <= b; s++) seeds.push(requireSeed("--seeds", s));
    } else if (/^\d+$/.test(part)) seeds.push(requireSeed("--seeds", Number(part)));
    else throw new InputError("--seeds", text, "comma-separated non-negative integers or ranges a..b (e.g. 1,2,3 or 1..5)");
  }
  return checkSeeds(seeds, "--seeds");
}

function checkSeeds(seeds: readonly number[], name: string): number[] {
  if (seeds.length === 0) throw new InputError(name, seeds, "at least one seed");
  for (const s of seeds) requireSeed(name, s);
  if (new Set(seeds).size !== seeds.length) throw new InputError(name, seeds, "each seed once");
  return [...seeds];
}

/** Options of `auditSeeds`: those of `auditClaims` without the seed. */
export interface SeedsAuditOptions extends Omit<AuditManyOptions, "seed"> {
  readonly onSeedStart?: (seed: number, index: number, total: number) => void;
}

/** Audits claims at several root seeds and summarises, per claim, how the verdicts agree. */
export function auditSeeds(claims: readonly Claim[], seeds: readonly number[], options: SeedsAuditOptions): SeedsAuditResult {
  checkSeeds(seeds, "seeds");
  const audits = seeds.map((seed, i) => {
    options.onSeedStart?.(seed, i, seeds.length);
    return auditClaims(claims, { ...options, seed, command: undefined });
  });
  return assembleSeeds(audits, { budget: options.budget, command: options.command });
}

/**
 * The multi-seed audit from the audit at each seed (each with the same claims in the same order): per claim the
 * verdicts side by side, `unstable` where they differ. Pure, like `assembleAudit`.
 */
export function assembleSeeds(audits: readonly AuditResult[], options: { budget: BudgetLevel; command?: string }): SeedsAuditResult {
  const seeds = audits.map((a) => a.seed);
  const summaries = (audits[0]?.claims ?? []).map((first, k): SeedsClaimSummary => {
    const results = audits.map((a) => a.claims[k]);
    const verdicts = results.map((r) => r.verdict);
    const same = verdicts.every((v) => v === verdicts[0]);
    return {
      id: first.id,
      kind: first.kind,
      expected: first.expected?.verdict,
      verdicts,
      overall: same ? verdicts[0] : "unstable",
      matchesEverySeed: results.every((r) => r.match.ok),
    };
  });
  return {
    tool: "signcheck",
    seeds,
    budget: options.budget,
    createdWith: options.command ?? `signcheck audit --budget ${options.budget} --seeds ${seeds.join(",")}`,
    familyWiseErrorRate: audits.reduce((a, r) => a + r.familyWiseErrorRate, 0),
    claims: summaries,
    unstable: summaries.filter((s) => s.overall === "unstable").map((s) => s.id),
    mismatches: summaries.filter((s) => !s.matchesEverySeed && !s.verdicts.includes("error")).map((s) => s.id),
    errors: summaries.filter((s) => s.verdicts.includes("error")).map((s) => s.id),
    audits,
  };
}
