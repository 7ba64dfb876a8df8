/**
 * `signcheck audit [modules…]`: audits the built-in theorems, or the claims the given modules export, and writes
 * `audit.json` and `audit.md`. Everything that can be refused is refused before the first claim runs (options,
 * modules, the `--only` selection, the output places). Human lines go to standard output, or to standard error
 * when `--json -` puts the JSON there; `--quiet` keeps only what needs attention.
 */
import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "commander";
import { auditClaims, type AuditResult } from "../claims/auditClaims.ts";
import { auditCommand } from "../claims/commandLine.ts";
import { BUDGET_LEVELS, type BudgetLevel, type ClaimResult } from "../claims/types.ts";
import { auditJson } from "../report/auditJson.ts";
import { auditMarkdown } from "../report/auditMarkdown.ts";
import { VERSION } from "../version.ts";
import { DEFAULT_OUT, prepareAuditOutputs } from "./auditOutputs.ts";
import type { CliContext } from "./cliContext.ts";
import { addDataOptions, dataOptions, type DataCliOptions } from "./dataOption.ts";
import { describeDatasetUse } from "../data/locateDataset.ts";
import { MISMATCH, OK, USAGE } from "./exitStatus.ts";
import { loadClaims } from "./loadClaims.ts";
import { printable } from "./printable.ts";
import { createProgress } from "./progress.ts";
import { parseSeed } from "./parseSeed.ts";
import { selectClaims } from "./selectClaims.ts";

export interface AuditCliOptions extends DataCliOptions {
  readonly budget: BudgetLevel;
  readonly seed?: number;
  readonly only?: string;
  readonly out?: string;
  readonly json?: string;
  readonly quiet?: boolean;
}

const ICON: Record<string, string> = { holds: "✓", violated: "✗", inconclusive: "?", "not-applicable": "-", error: "!" };

/** One line per claim (a leading `*` marks a mismatch), then the error and the replay command when there are. */
export function resultLines(r: ClaimResult): string[] {
  const flag = r.match.ok ? " " : "*";
  const lines = [`${flag}${ICON[r.verdict]} ${r.id.padEnd(44)} ${r.verdict.padEnd(14)} ${r.summary}`];
  if (r.verdict === "error") lines.push(`    error: ${r.error?.message}${r.error?.input !== undefined ? `; input: ${JSON.stringify(r.error.input)}` : ""}`);
  // A data set read under the user's checksum override is shown with the result (the reports list every data set).
  for (const use of r.data ?? []) if (use.override) lines.push(`    data: ${describeDatasetUse(use)}`);
  if (r.evidence.replay) lines.push(`    replay: ${r.evidence.replay}`);
  return lines.map(printable);
}

export function budgetOption(): Option {
  return new Option("--budget <level>", "budget level").choices(BUDGET_LEVELS).default("standard");
}

async function runAudit(modules: string[], opts: AuditCliOptions, ctx: CliContext): Promise<void> {
  const data = dataOptions(opts, ctx.env);
  const loaded = await loadClaims(modules, { builtins: ctx.builtins, importModule: ctx.importModule });
  const claims = selectClaims(loaded.claims, opts.only);
  const outputs = prepareAuditOutputs(opts.out, opts.json, { ownModules: modules.length > 0, packageReports: ctx.packageReports });
  const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
  const attention = outputs.jsonToStdout ? ctx.err : ctx.out; // printed even with --quiet

  const fresh = opts.seed === undefined;
  const seed = opts.seed ?? randomInt(0, 2 ** 31 - 1);
  human(`signcheck ${VERSION} audit: ${claims.length} claim${claims.length === 1 ? "" : "s"}, budget ${opts.budget}, seed ${seed}${fresh ? " (fresh; pass --seed to reproduce)" : ""}`);
  const bar = ctx.progressStream ? createProgress({ stream: ctx.progressStream, quiet: opts.quiet, unit: "claims" }) : createProgress({ quiet: true });
  bar.start(claims.length);
  let current = "";
  let result: AuditResult;
  try {
    result = auditClaims(claims, {
      seed,
      budget: opts.budget,
      moduleOf: loaded.moduleOf,
      data,
      command: auditCommand({ modules, budget: opts.budget, seed, only: opts.only, data }),
      onClaimStart: (c, i) => {
        current = c.id;
        bar.update(i, current);
      },
      progress: (m) => bar.detail(`${current}: ${m}`),
      onClaimDone: (r, i) => {
        const print = r.match.ok && r.verdict !== "error" ? human : attention;
        for (const line of resultLines(r)) bar.log(print, line);
        bar.update(i + 1);
      },
    });
  } finally {
    bar.stop();
  }
  const json = auditJson(result);
  writeFileSync(join(outputs.folder, "audit.json"), json);
  writeFileSync(join(outputs.folder, "audit.md"), auditMarkdown(result));
  if (outputs.jsonFile) writeFileSync(outputs.jsonFile, json);
  if (outputs.jsonToStdout) ctx.out(json.trimEnd());
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
  const written = [join(outputs.folder, "audit.json"), join(outputs.folder, "audit.md"), ...(outputs.jsonFile ? [outputs.jsonFile] : [])];
  human(`\n${counts}; family-wise error rate ≤ ${result.familyWiseErrorRate.toPrecision(3)}; wrote ${written.join(", ")}`);
  if (result.errors.length) {
    attention(`errors in: ${result.errors.join(", ")}`);
    ctx.exit(USAGE);
  } else if (result.mismatches.length) {
    attention(`verdicts not matching their expectation: ${result.mismatches.join(", ")}`);
    ctx.exit(MISMATCH);
  } else {
    human("every verdict matches its expectation");
    ctx.exit(OK);
  }
}

export function registerAuditCommand(program: Command, ctx: CliContext): Command {
  const command = program
    .command("audit")
    .description("audit the built-in theorems, or the claims exported by the given modules")
    .argument("[modules...]", "claim modules (.ts or .js) to audit instead of the built-in theorems")
    .addOption(budgetOption())
    .option("--seed <n>", "root seed (default: a fresh one, printed)", parseSeed)
    .option("--only <patterns>", "audit only these claims: comma-separated exact ids or globs (* matches any run of characters), case-sensitive")
    .option("--out <dir>", `folder for audit.json and audit.md (default: ./${DEFAULT_OUT})`)
    .option("--json <file>", "also write the JSON audit to this file; - writes it to standard output (the other lines then go to standard error)")
    .option("--quiet", "print only the claims whose verdict does not match and errors; no progress bar");
  return addDataOptions(command).action(async (modules: string[], opts: AuditCliOptions) => runAudit(modules, opts, ctx));
}
