/**
 * The audit's profile: where the time and the Monte-Carlo trials went, per claim (slowest first), and what the
 * sequential rate tests saved against fixed-sample designs of the same α and power (`claims/profile.ts`; the
 * alternative is stated with the figures). `profileSection` is the section of `audit.md`; `profileSummary` the
 * lines `signcheck audit --profile` prints on standard error, the only one of the two that shows times (the one
 * part of a run that differs between identical runs).
 */
import { FIXED_SAMPLE_ALTERNATIVE } from "../claims/profile.ts";
import type { ClaimResult } from "../claims/types.ts";

/** A table cell (as auditMarkdown's; not imported from there, which imports this module). */
function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function saving(used: number, fixed: number): string {
  if (fixed <= 0) return "—";
  const s = 1 - used / fixed;
  return `${s >= 0 ? "" : "+"}${Math.abs(Math.round(s * 100))} % ${s >= 0 ? "fewer" : "more"}`;
}

interface Totals {
  readonly ms: number;
  readonly trials: number;
  readonly tests: number;
  readonly used: number;
  readonly comparedTests: number;
  readonly comparedUsed: number;
  readonly fixed: number;
}

function totals(results: readonly ClaimResult[]): Totals {
  let ms = 0;
  let trials = 0;
  let tests = 0;
  let used = 0;
  let comparedTests = 0;
  let comparedUsed = 0;
  let fixed = 0;
  for (const r of results) {
    ms += r.durationMs;
    trials += r.evidence.trials;
    const s = r.profile?.sequential;
    if (!s) continue;
    tests += s.tests;
    used += s.trials;
    comparedTests += s.compared;
    comparedUsed += s.comparedTrials;
    fixed += s.fixedTrials;
  }
  return { ms, trials, tests, used, comparedTests, comparedUsed, fixed };
}

function bySlowest(results: readonly ClaimResult[]): ClaimResult[] {
  return [...results].sort((a, b) => b.durationMs - a.durationMs);
}

/** Lines for standard error: totals, the `top` slowest claims, and the sequential tests against fixed samples. */
export function profileSummary(results: readonly ClaimResult[], top = 10): string[] {
  const t = totals(results);
  const lines = [
    `profile: ${results.length} claims, ${seconds(t.ms)} of claim time (summed over workers), ${t.trials} Monte-Carlo trials`,
    `slowest ${Math.min(top, results.length)}:`,
    ...bySlowest(results)
      .slice(0, top)
      .map(
        (r) =>
          `  ${seconds(r.durationMs).padStart(9)}  ${(t.ms > 0 ? `${((100 * r.durationMs) / t.ms).toFixed(0)} %` : "").padStart(4)}  ${String(r.evidence.trials).padStart(8)} trials  ${r.id} (${r.kind})`,
      ),
  ];
  if (t.tests > 0) {
    lines.push(
      `sequential rate tests: ${t.tests} run, ${t.used} trials; on the ${t.comparedTests} comparable ones ${t.comparedUsed} trials against ${t.fixed} for fixed-sample designs of the same α and power (${saving(t.comparedUsed, t.fixed)}); alternative: ${FIXED_SAMPLE_ALTERNATIVE}`,
    );
  }
  return lines;
}

/**
 * The `## Profile` section of audit.md: trials per claim (most first) and what the sequential tests saved. No
 * time: audit.md is the same for identical runs (times are in audit.json's time fields and `--profile`).
 */
export function profileSection(results: readonly ClaimResult[]): string[] {
  const t = totals(results);
  const lines = [
    "## Profile",
    "",
    `${t.trials} Monte-Carlo trials in all (claim times are in audit.json and \`signcheck audit --profile\`). ` +
      "For the sequential rate tests (probability, high-probability and tuning claims), the trials they used beside the trials that fixed-sample " +
      `exact binomial tests of the same α and the same power would have needed on the same instances, at the alternative ${FIXED_SAMPLE_ALTERNATIVE} ` +
      "(tests whose sequential power there is below 1/2 are not compared).",
    "",
    "| claim | kind | trials | sequential tests | their trials (compared) | fixed-sample trials | sequential vs fixed |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...[...results]
      .sort((a, b) => b.evidence.trials - a.evidence.trials)
      .map((r) => {
        const s = r.profile?.sequential;
        const seq = s
          ? [
              String(s.tests),
              `${s.trials} (${s.comparedTrials} in ${s.compared})`,
              s.compared ? String(s.fixedTrials) : "—",
              s.compared ? saving(s.comparedTrials, s.fixedTrials) : "—",
            ]
          : ["—", "—", "—", "—"];
        return `| ${cell(r.id)} | ${r.kind} | ${r.evidence.trials} | ${seq.join(" | ")} |`;
      }),
    "",
  ];
  if (t.tests > 0)
    lines.push(`All sequential rate tests: ${t.comparedUsed} trials where fixed-sample designs would use ${t.fixed} (${saving(t.comparedUsed, t.fixed)}).`, "");
  return lines;
}
