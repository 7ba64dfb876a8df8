/**
 * What every command of `signcheck` is given: where its lines go, how claims are found, and how it reports its
 * exit status. A command module exports `registerXCommand(program, context)`, and `main.ts` registers each one
 * with one line.
 */
import type { Env } from "../data/locateDataset.ts";
import type { ExitStatus } from "./exitStatus.ts";
import type { BuiltinAppendices, BuiltinClaims, ImportModule } from "./loadClaims.ts";

export interface CliContext {
  /** A line on standard output (results; JSON when asked for). */
  readonly out: (line: string) => void;
  /** A line on standard error (errors; human lines when standard output carries JSON). */
  readonly err: (line: string) => void;
  /** The stream a progress bar may be drawn on (undefined: none, e.g. under `runCli` with captured output). */
  readonly progressStream?: NodeJS.WriteStream;
  /** The claims audited when no module is named (the CLI passes the built-in theorems). */
  readonly builtins?: BuiltinClaims;
  /** True when worker threads can load the built-in claims themselves (the signcheck command); else built-ins run in this process. */
  readonly builtinsInWorkers?: boolean;
  /** The report appendices written with an audit of the built-in claims (the CLI passes the theorems folder's). */
  readonly builtinAppendices?: BuiltinAppendices;
  /** Imports a user's claims module (the CLI's loader lets it import "signcheck" from any folder). */
  readonly importModule?: ImportModule;
  /** The package's committed reports folder, which an audit of a user's modules never writes into. */
  readonly packageReports?: string;
  /** Environment of the data-set look-up (process.env for the CLI; a test passes its own). */
  readonly env: Env;
  /** Sets the command's exit status (the highest status set wins). */
  readonly exit: (status: ExitStatus) => void;
}
