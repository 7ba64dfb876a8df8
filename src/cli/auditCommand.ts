/**
 * `signcheck audit [modules…]`: audits the built-in theorems, or the claims the given modules export, and writes
 * the report — `audit.json`, `audit.md`, `index.html` and the claims' figures (`figures/…svg`), produced as data by
 * src/report/auditReportFiles.ts and written here in one place. Everything that can be refused is refused before the first claim runs (options,
 * modules, the `--only` selection, the output places). Human lines go to standard output, or to standard error
 * when `--json -` puts the JSON there; `--quiet` keeps only what needs attention.
 */
import { randomInt } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { auditSeeds, parseSeeds, type SeedsAuditResult } from "../claims/auditSeeds.ts";
import { InputError } from "../core/errors.ts";
import { auditClaims, type AuditResult } from "../claims/auditClaims.ts";
import { auditCommand, dataPathArgs } from "../claims/commandLine.ts";
import { BUDGET_LEVELS, type BudgetLevel, type Claim, type ClaimResult } from "../claims/types.ts";
import { auditReportFiles, readExperiments, seedsReportFiles, type ReportFile } from "../report/auditReportFiles.ts";
import { fig, plural } from "../core/formatFigure.ts";
import { headline } from "../report/headline.ts";
import { machinePaths } from "../report/machinePaths.ts";
import { provenance } from "../report/provenance.ts";
import { writeAtomic } from "../report/writeAtomic.ts";
import { VERSION } from "../version.ts";
import { DEFAULT_OUT, prepareAuditOutputs } from "./auditOutputs.ts";
import type { CliContext } from "./cliContext.ts";
import { addDataOptions, dataOptions, type DataCliOptions } from "./dataOption.ts";
import { describeDatasetUse } from "../data/locateDataset.ts";
import { MISMATCH, OK, USAGE } from "./exitStatus.ts";
import { loadClaims } from "./loadClaims.ts";
import { printable } from "../core/printable.ts";
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

/**
 * One line per claim (a leading `*` marks a mismatch), then the error and the replay command when there are. The
 * replay line names the `--data` files of this run (`dataPaths`), which the stored command leaves out.
 */
export function resultLines(r: ClaimResult, dataPaths?: Readonly<Record<string, string>>): string[] {
  const flag = r.match.ok ? " " : "*";
  const lines = [`${flag}${ICON[r.verdict]} ${r.id.padEnd(44)} ${r.verdict.padEnd(14)} ${headline(r)}`];
  if (r.verdict === "error") lines.push(`    error: ${r.error?.message}${r.error?.input !== undefined ? `; input: ${JSON.stringify(r.error.input)}` : ""}`);
  // A data set read under the user's checksum override is shown with the result (the reports list every data set).
  for (const use of r.data ?? []) if (use.override) lines.push(`    data: ${describeDatasetUse(use)}`);
  if (r.evidence.replay) lines.push(`    replay: ${r.evidence.replay}${dataPathArgs(dataPaths)}`);
  return lines.map(printable);
}

/** The audit's family-wise error rate as the closing line says it; 0 when every decision was exact. */
function errorRateText(rate: number): string {
  return rate > 0 ? `family-wise error rate ≤ ${fig(rate, 3)}` : "every decision exact (no sampling error)";
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
  const loaded = await loadClaims(modules, { builtins: ctx.builtins, importModule: ctx.importModule });
  const claims = selectClaims(loaded.claims, opts.only);
  const outputs = prepareAuditOutputs(opts.out, opts.json, { ownModules: modules.length > 0, packageReports: ctx.packageReports });
  const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
  const attention = outputs.jsonToStdout ? ctx.err : ctx.out; // printed even with --quiet
  const fresh = opts.seed === undefined && opts.seeds === undefined;
  const seeds = opts.seeds ?? [opts.seed ?? randomInt(0, 2 ** 31 - 1)];
  // What the reports say the audit was made with: no --data file (a path of this machine), the checksum overrides kept.
  const spec = { modules, budget: opts.budget, only: opts.only, data: { sha256: data.sha256 }, timeLimit: opts.timeLimit };
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
    spec: { timeLimit: opts.timeLimit },
    onClaimStart: (c: Claim) => {
      current = c.id;
      bar.update(done, current);
    },
    progress: (m: string) => bar.detail(`${current}: ${m}`),
  };
  const paths = machinePaths({ env: ctx.env, dataFiles: Object.values(data.paths ?? {}) });
  // The one place the report's files are written (each atomically); files a previous report in this folder listed
  // and this one does not produce (a claim's figure that is gone) are removed.
  const write = (files: readonly ReportFile[]): string[] => {
    const previous = listedFiles(outputs.folder);
    for (const f of files) writeAtomic(join(outputs.folder, f.path), f.content);
    const produced = new Set(files.map((f) => f.path));
    for (const f of previous) if (!produced.has(f)) rmSync(join(outputs.folder, f), { force: true });
    const json = files.find((f) => f.path === "audit.json")!.content;
    if (outputs.jsonFile) writeFileSync(outputs.jsonFile, json);
    if (outputs.jsonToStdout) ctx.out(json.trimEnd());
    return [...["audit.json", "audit.md", "index.html"].map((f) => join(outputs.folder, f)), ...(outputs.jsonFile ? [outputs.jsonFile] : [])];
  };
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
    const written = write(await seedsReportFiles(result, { provenance: provenance(), machinePaths: paths }));
    human(`\n${result.unstable.length} unstable; ${errorRateText(result.familyWiseErrorRate)}; wrote ${written.join(", ")}`);
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
          for (const line of resultLines(r, data.paths)) bar.log(print, line);
          bar.update(++done);
        },
      });
    } finally {
      bar.stop();
    }
    const files = await auditReportFiles(result, { provenance: provenance(), experiments: readExperiments(outputs.folder), machinePaths: paths });
    const written = write(files);
    const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
    const figures = files.filter((f) => f.path.endsWith(".svg")).length;
    human(`\n${counts}; ${errorRateText(result.familyWiseErrorRate)}; wrote ${written.join(", ")}${figures ? ` and ${plural(figures, "figure")}` : ""}`);
    summary = result;
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

/** The files a previous report in `folder` listed (its audit.json's `files`), relative paths inside the folder only. */
function listedFiles(folder: string): string[] {
  const file = join(folder, "audit.json");
  if (!existsSync(file)) return [];
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { tool?: unknown; files?: unknown };
    if (json.tool !== "signcheck" || !Array.isArray(json.files)) return [];
    return json.files.filter((f): f is string => typeof f === "string" && !f.startsWith("/") && !normalize(f).startsWith(".."));
  } catch {
    return []; // an unreadable previous report is replaced; nothing of it is trusted
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
    .option("--out <dir>", `folder for audit.json, audit.md, index.html and the figures (default: ./${DEFAULT_OUT})`)
    .option("--json <file>", "also write the JSON audit to this file; - writes it to standard output (the other lines then go to standard error)")
    .option("--time-limit <seconds>", "time limit of each claim (default: the claim's, per budget); a claim past it is inconclusive", parseSeconds)
    .option("--quiet", "print only the claims whose verdict does not match and errors; no progress bar");
  return addDataOptions(command).action(async (modules: string[], opts: AuditCliOptions) => runAudit(modules, opts, ctx));
}
