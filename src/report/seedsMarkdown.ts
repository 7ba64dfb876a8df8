/**
 * The multi-seed audit as Markdown: one row per claim with its verdict at each root seed, the overall
 * verdict (`unstable` when the seeds disagree) and whether the expectation was met at every seed; then,
 * for the claims that are unstable or missed their expectation, each seed's full section (the evidence
 * that differs). The per-seed audits are in the JSON in full.
 */
import type { SeedsAuditResult } from "../claims/auditSeeds.ts";
import { ICON, anchor, cell, claimSection } from "./auditMarkdown.ts";
import { markdownCode, markdownText } from "./richText.ts";
import { num } from "./sections/common.ts";

export function seedsMarkdown(result: SeedsAuditResult): string {
  const head = ["claim", "kind", ...result.seeds.map((s) => `seed ${s}`), "overall", "expected", "met at every seed"];
  const flagged = new Set([...result.unstable, ...result.mismatches, ...result.errors]);
  const lines = [
    "# signcheck audit across root seeds",
    "",
    `Budget ${result.budget}, root seeds ${result.seeds.join(", ")}. Reproduce: ${markdownCode(result.createdWith)}.`,
    "",
    `${result.claims.length} claims; unstable (the verdict depends on the seed): ${result.unstable.length ? markdownText(result.unstable.join(", ")) : "none"}; ` +
      `expectation not met at some seed: ${result.mismatches.length ? markdownText(result.mismatches.join(", ")) : "none"}${result.errors.length ? `; errors: ${markdownText(result.errors.join(", "))}` : ""}.`,
    "",
    `Family-wise error rate of all the statistical verdicts and figures (union bound over claims and seeds): ≤ ${num(result.familyWiseErrorRate)}.`,
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...result.claims.map(
      (c) =>
        `| ${flagged.has(c.id) ? `[${cell(c.id)}](#${anchor(c.id)})` : cell(c.id)} | ${c.kind} | ${c.verdicts.map((v) => `${ICON[v]} ${v}`).join(" | ")} | ${ICON[c.overall]} ${cell(c.overall)} | ${c.expected ?? "—"} | ${c.matchesEverySeed ? "yes" : "**no**"} |`,
    ),
    "",
  ];
  if (flagged.size) {
    lines.push("## Claims that are unstable or missed their expectation", "");
    result.claims.forEach((c, k) => {
      if (!flagged.has(c.id)) return;
      lines.push(`### ${markdownText(c.id)}`, "");
      result.audits.forEach((a) => lines.push(`#### root seed ${a.seed}`, "", claimSection(a.claims[k]).split("\n").slice(1).join("\n").trim(), ""));
    });
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
