/**
 * `signcheck audit [modules…]`: audits the built-in theorems, or the claims the given modules export, and writes
 * the report — `audit.json`, `audit.md`, `index.html` and the claims' figures (`figures/…svg`), produced as data by
 * src/report/auditReportFiles.ts and written here in one place. Everything that can be refused is refused before the first claim runs (options,
 * modules, the `--only` selection, the output places). Human lines go to standard output, or to standard error
 * when `--json -` puts the JSON there; `--quiet` keeps only what needs attention.
 *
 * The options are read here; how the audit runs — worker threads, the journal and `--resume`, partial reports,
 * atomic report sets, `--shard` parts, `--profile` — is auditRun.ts.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { parseSeeds } from "../claims/auditSeeds.ts";
import { BUDGET_LEVELS } from "../claims/types.ts";
import { parseShard, type Shard } from "./auditParts.ts";
import { DEFAULT_OUT } from "./auditOutputs.ts";
import { runAudit, type AuditCliOptions } from "./auditRun.ts";
import type { CliContext } from "./cliContext.ts";
import { addDataOptions } from "./dataOption.ts";
import { parseSeed } from "./parseSeed.ts";

export { resultLines, type AuditCliOptions } from "./auditRun.ts";

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

/** `--workers`: an integer ≥ 1. */
function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`workers must be an integer ≥ 1 (1 runs in this process), got "${value}"`);
  return n;
}

/** `--memory-limit`: megabytes, an integer ≥ 16. */
function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 16)
    throw new InvalidArgumentError(`memory limit must be an integer number of MB ≥ 16, got "${value}"`);
  return n;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
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
    .option("--quiet", "print only the claims whose verdict does not match and errors; no progress bar")
    .option("--workers <n>", "worker threads auditing claims in parallel (default: the number of cores; 1 audits in this process)", parseWorkers)
    .option(
      "--shard <i/n>",
      "audit only the i-th of n shares of the claims and write the part audit.part-i-of-n.json (combine with signcheck merge)",
      parseShardOption,
    )
    .option("--resume", "resume the interrupted run whose journal is in --out (refused when the journal is of another run)")
    .option("--profile", "print the time and trials per claim (ten slowest) and what sequential tests saved, on standard error")
    .option("--memory-limit <MB>", "heap limit of each worker thread; a claim past it is an error and the audit goes on", parseMegabytes);
  return addDataOptions(command).action(async (modules: string[], opts: AuditCliOptions) => runAudit(modules, opts, ctx));
}
