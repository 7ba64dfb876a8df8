/**
 * The `signcheck` command: `audit`, `list`, `replay` and `data fetch`. `main` is also the programmatic
 * entry (exported as `runCli`): it takes the arguments and the output functions and returns the status.
 * Exit status: 0 when every verdict matches its expectation, 1 on a mismatch (or, for `replay`, when
 * the violation reproduces), 2 on a usage or input error or when a claim's code raised an error
 * (2 wins over 1). Errors print one line, never a stack trace.
 */
import { randomInt } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { InputError, SignCheckError } from "../core/errors.ts";
import { auditClaim } from "../claims/auditClaim.ts";
import { auditClaims } from "../claims/auditClaims.ts";
import { describeResult } from "../claims/describeResult.ts";
import { BUDGET_LEVELS, type BudgetLevel, type ClaimResult } from "../claims/types.ts";
import { auditJson } from "../report/auditJson.ts";
import { auditMarkdown } from "../report/auditMarkdown.ts";
import { VERSION } from "../version.ts";
import { setDatasetPath } from "../data/locateDataset.ts";
import { registerDataCommand } from "./dataCommand.ts";
import { registerExperimentCommand } from "./experimentCommand.ts";
import { loadClaims, selectClaims, type BuiltinClaims } from "./loadClaims.ts";
import { progress } from "./progress.ts";

/** Exit statuses. */
const OK = 0;
const MISMATCH = 1;
const USAGE = 2;

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError(`seed must be a non-negative integer ≤ ${Number.MAX_SAFE_INTEGER}, got "${value}"`);
  }
  return Number(value);
}

function budgetOption(): Option {
  return new Option("--budget <level>", "budget level").choices(BUDGET_LEVELS).default("standard");
}

const ICON: Record<string, string> = { holds: "✓", violated: "✗", inconclusive: "?", "not-applicable": "-", error: "!" };

function resultLine(r: ClaimResult): string {
  const flag = r.match.ok ? " " : "*";
  return `${flag}${ICON[r.verdict]} ${r.id.padEnd(44)} ${r.verdict.padEnd(14)} ${r.summary}`;
}

interface AuditCliOptions {
  data: string[];
  budget: BudgetLevel;
  seed?: number;
  only?: string;
  out: string;
  json?: string;
}

/** `--data NAME=PATH`, repeatable: the file to use for a registered data set (checked now: exit 2 if absent). */
function dataOption(value: string, previous: string[]): string[] {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new InvalidArgumentError(`expected NAME=PATH (e.g. mushrooms=./mushrooms.libsvm), got "${value}"`);
  return [...previous, value];
}

async function runAudit(modules: string[], opts: AuditCliOptions, out: (s: string) => void, builtins?: BuiltinClaims): Promise<number> {
  for (const spec of opts.data) {
    const eq = spec.indexOf("=");
    setDatasetPath(spec.slice(0, eq), spec.slice(eq + 1));
  }
  const loaded = await loadClaims(modules, builtins);
  const claims = selectClaims(loaded.claims, opts.only);
  const fresh = opts.seed === undefined;
  const seed = opts.seed ?? randomInt(0, 2 ** 31 - 1);
  out(`signcheck ${VERSION} audit: ${claims.length} claims, budget ${opts.budget}, seed ${seed}${fresh ? " (fresh; pass --seed to reproduce)" : ""}`);
  const bar = progress();
  const command = ["signcheck audit", ...modules, `--budget ${opts.budget}`, `--seed ${seed}`, ...(opts.only ? [`--only ${JSON.stringify(opts.only)}`] : [])].join(" ");
  let current = "";
  const result = auditClaims(claims, {
    seed,
    budget: opts.budget,
    moduleOf: loaded.moduleOf,
    command,
    onClaimStart: (c, i, n) => {
      current = `[${i + 1}/${n}] ${c.id}`;
      bar.status(`${current} …`);
    },
    progress: (m) => bar.status(`${current}: ${m}`),
    onClaimDone: (r) => {
      bar.clear();
      out(resultLine(r));
      if (r.verdict === "error") out(`    error: ${r.error?.message}${r.error?.input !== undefined ? `; input: ${JSON.stringify(r.error.input)}` : ""}`);
      if (r.evidence.replay) out(`    replay: ${r.evidence.replay}`);
    },
  });
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, "audit.json"), auditJson(result));
  writeFileSync(join(opts.out, "audit.md"), auditMarkdown(result));
  if (opts.json) {
    mkdirSync(dirname(opts.json), { recursive: true });
    writeFileSync(opts.json, auditJson(result));
  }
  const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
  out(`\n${counts}; family-wise error rate ≤ ${result.familyWiseErrorRate.toPrecision(3)}; wrote ${join(opts.out, "audit.json")} and ${join(opts.out, "audit.md")}${opts.json ? ` and ${opts.json}` : ""}`);
  if (result.errors.length) {
    out(`errors in: ${result.errors.join(", ")}`);
    return USAGE;
  }
  if (result.mismatches.length) {
    out(`verdicts not matching their expectation: ${result.mismatches.join(", ")}`);
    return MISMATCH;
  }
  out("every verdict matches its expectation");
  return OK;
}

export interface MainOptions {
  /** The claims audited when no module is named (the CLI passes the built-in theorems). */
  readonly builtins?: BuiltinClaims;
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(`${s}\n`),
  err: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
  { builtins }: MainOptions = {},
): Promise<number> {
  let status = OK;
  const program = new Command()
    .name("signcheck")
    .description("Property-based verification of the claims of sign-based stochastic optimization papers")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()), outputError: (s, write) => write(s.split("\n")[0]) })
    .showSuggestionAfterError(false);

  program
    .command("audit")
    .description("audit the built-in theorems, or the claims exported by the given modules")
    .argument("[modules...]", "claim modules (.ts or .js) to audit instead of the built-in theorems")
    .addOption(budgetOption())
    .option("--seed <n>", "root seed (default: a fresh one, printed)", parseSeed)
    .option("--only <pattern>", "audit only claims whose id matches (comma-separated; * is a wildcard; else substring)")
    .option("--out <dir>", "folder for audit.json and audit.md", "reports")
    .option("--json <file>", "also write the JSON audit to this file")
    .option("--data <name=path>", "use this file for a registered data set (repeatable)", dataOption, [])
    .action(async (modules: string[], opts: AuditCliOptions) => {
      status = await runAudit(modules, opts, out, builtins);
    });

  program
    .command("list")
    .description("list the claims with their sources")
    .argument("[modules...]", "claim modules to list instead of the built-in theorems")
    .action(async (modules: string[]) => {
      const { claims } = await loadClaims(modules, builtins);
      for (const c of claims) {
        out(`${c.id.padEnd(44)} ${c.kind.padEnd(16)} ${c.source.paper}, ${c.source.item}${c.source.equation ? `, eq. ${c.source.equation}` : ""} — ${c.title}`);
      }
    });

  program
    .command("replay")
    .description("re-run one instance of a claim (as printed by a violated verdict); exit 1 when the violation reproduces")
    .argument("<id>", "claim id")
    .argument("[modules...]", "the module the claim comes from (none for built-in claims)")
    .requiredOption("--seed <n>", "root seed of the audit that found it", parseSeed)
    .requiredOption("--path <path>", "fast-check path of the counterexample")
    .addOption(budgetOption())
    .action(async (id: string, modules: string[], opts: { seed: number; path: string; budget: BudgetLevel }) => {
      if (!/^\d+(:\d+)*$/.test(opts.path)) throw new InputError("--path", opts.path, "a fast-check path such as 3:0:1");
      const { claims, moduleOf } = await loadClaims(modules, builtins);
      const claim = claims.find((c) => c.id === id);
      if (!claim) throw new InputError("id", id, `one of: ${claims.map((c) => c.id).join(", ")}`);
      const result = auditClaim(claim, { seed: opts.seed, budget: opts.budget, path: opts.path, modules: moduleOf(id) });
      out(describeResult(result));
      if (result.verdict === "error") status = USAGE;
      else status = result.verdict === "violated" ? MISMATCH : OK;
      out(status === MISMATCH ? "the violation reproduces" : status === OK ? "the violation does not reproduce" : "the claim raised an error");
    });

  registerDataCommand(program, out);
  registerExperimentCommand(program, { out, err, setStatus: (s) => (status = s) });

  try {
    await program.parseAsync(argv, { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? OK : USAGE;
    }
    if (error instanceof SignCheckError) {
      err(`signcheck: ${error.message}`);
      return USAGE;
    }
    err(`signcheck: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return USAGE;
  }
}
