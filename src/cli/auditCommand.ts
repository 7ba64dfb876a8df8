/**
 * `signcheck audit [modules…]`: audits the built-in theorems, or the claims the given modules export, and writes
 * `audit.json` and `audit.md`, and the report appendices the claims come with (each DIR/<file>, listed at the end of
 * audit.md; src/report/appendix.ts) — single-seed audits only. Everything that can be refused is refused before the first claim runs (options,
 * modules, the `--only` selection, the output places). Human lines go to standard output, or to standard error
 * when `--json -` puts the JSON there; `--quiet` keeps only what needs attention.
 */
import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { auditSeeds, parseSeeds, type SeedsAuditResult } from "../claims/auditSeeds.ts";
import { InputError } from "../core/errors.ts";
import { seedsMarkdown } from "../report/seedsMarkdown.ts";
import { auditClaims, type AuditResult } from "../claims/auditClaims.ts";
import { auditCommand } from "../claims/commandLine.ts";
import { BUDGET_LEVELS, type BudgetLevel, type Claim, type ClaimResult } from "../claims/types.ts";
import { auditJson } from "../report/auditJson.ts";
import { auditMarkdown } from "../report/auditMarkdown.ts";
import { appendixSection, renderAppendices } from "../report/appendix.ts";
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
  readonly seeds?: number[];
  readonly timeLimit?: number;
  readonly only?: string;
  readonly out?: string;
  readonly json?: string;
  readonly quiet?: boolean;
}

const ICON: Record<string, string> = { holds: "✓", violated: "✗", inconclusive: "?", "not-applicable": "-", error: "!", unstable: "~" };

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

/** `--seeds`: "1,2,3", "1..5" or a mix; each a non-negative integer, once. */
function parseSeedsOption(value: string): number[] {
  try {
    return parseSeeds(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

/** `--time-limit`: seconds > 0. */
function parseSeconds(value: string): number {
  const x = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(x > 0)) throw new InvalidArgumentError(`time limit must be a number of seconds > 0, got "${value}"`);
  return x;
}

async function runAudit(modules: string[], opts: AuditCliOptions, ctx: CliContext): Promise<void> {
  if (opts.seeds && opts.seed !== undefined) throw new InputError("--seed/--seeds", `${opts.seed} and ${opts.seeds.join(",")}`, "one of --seed and --seeds");
  const data = dataOptions(opts, ctx.env);
  const loaded = await loadClaims(modules, { builtins: ctx.builtins, builtinAppendices: ctx.builtinAppendices, importModule: ctx.importModule });
  const claims = selectClaims(loaded.claims, opts.only);
  const outputs = prepareAuditOutputs(opts.out, opts.json, { ownModules: modules.length > 0, packageReports: ctx.packageReports });
  const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
  const attention = outputs.jsonToStdout ? ctx.err : ctx.out; // printed even with --quiet
  const fresh = opts.seed === undefined && opts.seeds === undefined;
  const seeds = opts.seeds ?? [opts.seed ?? randomInt(0, 2 ** 31 - 1)];
  const spec = { modules, budget: opts.budget, only: opts.only, data, timeLimit: opts.timeLimit };
  human(
    `signcheck ${VERSION} audit: ${claims.length} claim${claims.length === 1 ? "" : "s"}, budget ${opts.budget}, ` +
      `${opts.seeds ? `root seeds ${seeds.join(", ")}` : `seed ${seeds[0]}`}${fresh ? " (fresh; pass --seed to reproduce)" : ""}`,
  );
  const bar = ctx.progressStream ? createProgress({ stream: ctx.progressStream, quiet: opts.quiet, unit: "claims" }) : createProgress({ quiet: true });
  bar.start(claims.length * seeds.length);
  let current = "";
  let done = 0;
  const common = {
    budget: opts.budget,
    timeLimitSeconds: opts.timeLimit,
    moduleOf: loaded.moduleOf,
    data,
    onClaimStart: (c: Claim) => {
      current = c.id;
      bar.update(done, current);
    },
    progress: (m: string) => bar.detail(`${current}: ${m}`),
  };
  const write = (json: string, markdown: string, extra: readonly { file: string; markdown: string }[] = []): string[] => {
    writeFileSync(join(outputs.folder, "audit.json"), json);
    writeFileSync(join(outputs.folder, "audit.md"), markdown);
    for (const a of extra) writeFileSync(join(outputs.folder, a.file), a.markdown);
    if (outputs.jsonFile) writeFileSync(outputs.jsonFile, json);
    if (outputs.jsonToStdout) ctx.out(json.trimEnd());
    return [join(outputs.folder, "audit.json"), join(outputs.folder, "audit.md"), ...extra.map((a) => join(outputs.folder, a.file)), ...(outputs.jsonFile ? [outputs.jsonFile] : [])];
  };
  let appendixErrors: string[] = [];
  let summary: { errors: readonly string[]; mismatches: readonly string[] };
  if (opts.seeds) {
    let result: SeedsAuditResult;
    try {
      result = auditSeeds(claims, seeds, {
        ...common,
        command: auditCommand({ ...spec, seeds }),
        onSeedStart: (seed, i, n) => bar.log(human, `root seed ${seed} (${i + 1}/${n})`),
        onClaimDone: () => bar.update(++done),
      });
    } finally {
      bar.stop();
    }
    human("");
    for (const c of result.claims) {
      const line = printable(`${c.matchesEverySeed ? " " : "*"}${ICON[c.overall] ?? "~"} ${c.id.padEnd(44)} ${c.overall.padEnd(14)} ${c.verdicts.join(" ")}`);
      (c.matchesEverySeed ? human : attention)(line);
    }
    if (loaded.appendices.length) human(`report appendices (${loaded.appendices.map((a) => a.file).join(", ")}) are written by single-seed audits only`);
    const written = write(auditJson(result), seedsMarkdown(result));
    human(`\n${result.unstable.length} unstable; family-wise error rate ≤ ${result.familyWiseErrorRate.toPrecision(3)}; wrote ${written.join(", ")}`);
    if (result.unstable.length) attention(`verdicts that depend on the root seed: ${result.unstable.join(", ")}`);
    summary = { errors: result.errors, mismatches: result.mismatches };
  } else {
    let result: AuditResult;
    try {
      result = auditClaims(claims, {
        ...common,
        seed: seeds[0],
        command: auditCommand({ ...spec, seed: seeds[0] }),
        onClaimDone: (r) => {
          const print = r.match.ok && r.verdict !== "error" ? human : attention;
          for (const line of resultLines(r)) bar.log(print, line);
          bar.update(++done);
        },
      });
    } finally {
      bar.stop();
    }
    // The hook of the report appendices: rendered from this audit's results, written beside audit.md and listed at its end.
    const appendices = renderAppendices(loaded.appendices, result.claims, { seed: result.seed, budget: result.budget });
    appendixErrors = appendices.filter((a) => a.error).map((a) => `${a.file}: ${a.error}`);
    const written = write(auditJson(result), auditMarkdown(result) + appendixSection(appendices), appendices);
    const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
    human(`\n${counts}; family-wise error rate ≤ ${result.familyWiseErrorRate.toPrecision(3)}; wrote ${written.join(", ")}`);
    summary = result;
  }
  if (appendixErrors.length) {
    attention(`report appendices that could not be rendered: ${appendixErrors.join("; ")}`);
    ctx.exit(USAGE);
  }
  if (summary.errors.length) {
    attention(`errors in: ${summary.errors.join(", ")}`);
    ctx.exit(USAGE);
  } else if (summary.mismatches.length) {
    attention(`${opts.seeds ? "expectations not met at every seed" : "verdicts not matching their expectation"}: ${summary.mismatches.join(", ")}`);
    ctx.exit(MISMATCH);
  } else {
    human(opts.seeds ? "every expectation is met at every seed" : "every verdict matches its expectation");
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
    .option("--seeds <list>", "audit at several root seeds (1,2,3 or 1..5) and report the verdicts across seeds (unstable when they differ)", parseSeedsOption)
    .option("--only <patterns>", "audit only these claims: comma-separated exact ids or globs (* matches any run of characters), case-sensitive")
    .option("--out <dir>", `folder for audit.json and audit.md (default: ./${DEFAULT_OUT})`)
    .option("--json <file>", "also write the JSON audit to this file; - writes it to standard output (the other lines then go to standard error)")
    .option("--time-limit <seconds>", "time limit of each claim (default: the claim's, per budget); a claim past it is inconclusive", parseSeconds)
    .option("--quiet", "print only the claims whose verdict does not match and errors; no progress bar");
  return addDataOptions(command).action(async (modules: string[], opts: AuditCliOptions) => runAudit(modules, opts, ctx));
}
