/**
 * The `signcheck` command: `audit`, `list`, `replay`, `merge`, `experiment` and `data fetch`, each registered from its own module. `main`
 * is also the programmatic entry (exported as `runCli`): it takes the arguments and the output functions and
 * returns the exit status (see exitStatus.ts). Errors print one line on standard error, never a stack trace; no
 * arguments print the usage and exit 2; a reader of standard output that goes away (`signcheck audit | head`)
 * ends the run quietly with status 0.
 */
import { Command, CommanderError } from "commander";
import { SignCheckError } from "../core/errors.ts";
import { VERSION } from "../version.ts";
import { registerAuditCommand } from "./auditCommand.ts";
import type { Env } from "../data/locateDataset.ts";
import type { CliContext } from "./cliContext.ts";
import { registerDataCommand } from "./dataCommand.ts";
import { ClosedOutputError, OK, USAGE, type ExitStatus } from "./exitStatus.ts";
import { registerListCommand } from "./listCommand.ts";
import type { BuiltinAppendices, BuiltinClaims, ImportModule } from "./loadClaims.ts";
import { printable } from "../core/printable.ts";
import { registerReplayCommand } from "./replayCommand.ts";
import { registerExperimentCommand } from "./experimentCommand.ts";
import { registerMergeCommand } from "./mergeCommand.ts";

export interface MainOptions {
  /** The claims audited when no module is named (the CLI passes the built-in theorems). */
  readonly builtins?: BuiltinClaims;
  /** True when `builtins` are the package's theorems, which audit worker threads load themselves (bin/signcheck.js). */
  readonly builtinsInWorkers?: boolean;
  /** The report appendices of the built-in claims (the CLI passes the theorems folder's). */
  readonly builtinAppendices?: BuiltinAppendices;
  /** How a user's claims module is imported (default: plain `import()`). */
  readonly importModule?: ImportModule;
  /** The package's committed reports folder, refused as `--out` for an audit of a user's own modules. */
  readonly packageReports?: string;
  /** Environment of the data-set look-up (default process.env). */
  readonly env?: Env;
}

const writers = new WeakMap<NodeJS.WriteStream, (line: string) => void>();

/**
 * Lines on a stream; throws ClosedOutputError once the reader has gone (EPIPE), so the run stops at once. Writes
 * to a pipe are synchronous here, and a failed one marks the stream errored at once, so the check is exact.
 */
export function streamLines(stream: NodeJS.WriteStream): (line: string) => void {
  const known = writers.get(stream);
  if (known) return known;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  const write = (line: string) => {
    const closed = () => (stream.errored as NodeJS.ErrnoException | null)?.code === "EPIPE";
    if (closed()) throw new ClosedOutputError();
    stream.write(`${line}\n`);
    if (closed()) throw new ClosedOutputError();
  };
  writers.set(stream, write);
  return write;
}

const USAGE_LINES = [
  "usage: signcheck <command> [options]",
  "  audit [modules...]   audit the built-in claims, or those of your modules (signcheck audit --help)",
  "  list [modules...]    list the claims",
  "  replay ID [modules...] --seed N --path P   re-run one counterexample",
  "  merge PART... --out DIR   combine the parts of a sharded audit (audit --shard i/n)",
  "  data fetch NAME      download a registered data set",
  "  experiment NAME      rerun one of the paper's experiments",
  "signcheck --help shows more; signcheck --version the version",
];

/** Runs `signcheck ARGV`; without `out` and `err` it writes to the process's streams and may draw a progress bar. */
export async function main(
  argv: string[],
  outLine?: (s: string) => void,
  errLine?: (s: string) => void,
  { builtins, builtinsInWorkers, builtinAppendices, importModule, packageReports, env = process.env }: MainOptions = {},
): Promise<number> {
  const out = outLine ?? streamLines(process.stdout);
  const err = errLine ?? streamLines(process.stderr);
  if (argv.length === 0) {
    for (const line of USAGE_LINES) err(line);
    return USAGE;
  }
  let status: ExitStatus = OK;
  const context: CliContext = {
    out,
    err,
    progressStream: errLine === undefined ? process.stderr : undefined,
    builtins,
    builtinsInWorkers,
    builtinAppendices,
    importModule,
    packageReports,
    env,
    exit: (s) => {
      status = Math.max(status, s) as ExitStatus;
    },
  };
  const program = new Command()
    .name("signcheck")
    .description("Property-based verification of the claims of sign-based stochastic optimization papers")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()), outputError: (s, write) => write(s.trim().split("\n").join(" ")) })
    .showSuggestionAfterError(true);
  registerAuditCommand(program, context);
  registerListCommand(program, context);
  registerReplayCommand(program, context);
  registerExperimentCommand(program, context);
  registerMergeCommand(program, context);
  registerDataCommand(program, out);

  try {
    await program.parseAsync(argv, { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof ClosedOutputError) return OK;
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? OK : USAGE;
    }
    try {
      err(
        `signcheck: ${printable(error instanceof SignCheckError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`)}`,
      );
    } catch (closed) {
      if (!(closed instanceof ClosedOutputError)) throw closed;
    }
    return USAGE;
  }
}
