/**
 * The seed audit's report appendices (src/report/appendix.ts), rendered from each audit's results:
 *   errata.md — the errors of the seed and of the authors' completion (E1–E13, docs/seed-errata.md):
 *     error → claim(s) → verdict → the figure that shows it, each figure the claim's own key figure from
 *     this audit (its summary line, and for a violation the command that replays its counterexample);
 *   traceability.md — the seed's §4.1 proof step by step: step → where (equation) → claim → how it is
 *     checked → test → verdict → the seed's own text for it (the claim's `source.quote`).
 * Both are generated from the registries (errata.ts, proof41Steps.ts) and the results; nothing in them is
 * typed in. A claim of a registry that this audit did not run (an --only selection) is shown as such.
 */
import { headline, markdownCell, markdownTable, type AppendixContext, type ClaimResult, type ReportAppendix } from "signcheck";
import { ERRATA } from "./errata.ts";
import { PROOF41_STEPS } from "./proof41Steps.ts";

/** The verdict as the tables show it: with the expectation when it differs. */
function verdictOf(r: ClaimResult | undefined): string {
  if (!r) return "not audited in this run";
  const expected = r.expected?.verdict;
  return r.match.ok || !expected ? r.verdict : `${r.verdict} (expected ${expected})`;
}

/** The claim's key figure from this audit: its headline, and the replay command of a counterexample. */
function figureOf(r: ClaimResult | undefined): string {
  if (!r) return "—";
  const replay = r.verdict === "violated" && r.evidence.replay ? ` — replay: \`${r.evidence.replay}\`` : "";
  return `${headline(r)}${replay}`;
}

function errataBody(_results: readonly ClaimResult[], ctx: AppendixContext): string {
  const rows: string[][] = [];
  for (const e of ERRATA) {
    const role = (id: string) => (e.shows.includes(id) ? "shows it" : "bounds it (corrected or as-used form)");
    for (const id of [...e.shows, ...e.bounds]) {
      const r = ctx.result(id);
      rows.push([`${e.error} — ${e.title}`, `\`${id}\``, role(id), verdictOf(r), `${e.figure}: ${figureOf(r)}`]);
    }
  }
  const shown = ERRATA.filter((e) => e.shows.some((id) => ctx.result(id)?.verdict === "violated")).map((e) => e.error);
  const missing = ERRATA.filter((e) => !shown.includes(e.error)).map((e) => e.error);
  return [
    "Each error of docs/seed-errata.md with the claims whose verdicts show it (expected violated; for E4, a proof gap, the",
    "claim that makes the gap concrete) and the claims that bound it (the corrected or as-used form, expected to hold).",
    `Errors shown by a violated claim in this audit: ${shown.length} of ${ERRATA.length}${missing.length ? ` (not shown here: ${missing.join(", ")})` : ""}.`,
    "",
    markdownTable(["error", "claim", "role", "verdict", "figure (from this audit)"], rows),
  ].join("\n");
}

function traceabilityBody(_results: readonly ClaimResult[], ctx: AppendixContext): string {
  const rows: string[][] = [];
  for (const s of PROOF41_STEPS) {
    for (const c of s.claims) {
      const r = ctx.result(c.id);
      const where = `${s.where}${r?.source.equation ? ` (eq. ${r.source.equation})` : ""}`;
      const quote = r?.source.quote ? `“${r.source.quote}”` : "—";
      rows.push([
        s.step,
        where,
        `\`${c.id}\``,
        c.checkedAs === "derivation" ? "derivation (all reals satisfying the premises)" : "on SignSGD trajectories (Monte Carlo)",
        `\`${c.test}\``,
        verdictOf(r),
        quote,
      ]);
    }
  }
  const steps = PROOF41_STEPS.map((s) => `${s.step}: ${markdownCell(s.asserts)}${s.errors?.length ? ` (${s.errors.join(", ")})` : ""}`);
  return [
    'The seed\'s §4.1 proof ("Proof of (L0,L1) SignSGD General Convergence" and its "Optimal tuning"), step by step:',
    "where each step sits in the seed's text, the claims that decide it, how each is checked, the test that asserts its",
    "expected verdict, the verdict of this audit, and the seed's own text for the step (the claim's quote, checked",
    "against the seed's text by theorems/seed/proof41Steps.test.ts). Errors are those of docs/seed-errata.md.",
    "",
    ...steps.map((l) => `- ${l}`),
    "",
    markdownTable(["step", "where", "claim", "checked as", "test", "verdict", "quote (the seed's text)"], rows),
  ].join("\n");
}

export const seedAppendices: readonly ReportAppendix[] = [
  { file: "errata.md", title: "Errors of the seed found by computation (E1–E13)", inline: true, render: errataBody },
  { file: "traceability.md", title: "Traceability of the seed's §4.1 proof: step → equation → claim → test → verdict → quote", render: traceabilityBody },
];
