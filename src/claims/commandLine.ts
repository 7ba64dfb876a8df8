/**
 * The one place where signcheck spells its own command lines: the `replay` command printed next to a
 * counterexample (CLI, vitest failure, reports) and the `audit` command a report says it was made with. Both are
 * built from structured options — claim id, root seed, fast-check path, budget, the claim modules and the
 * `--data` files and `--data-sha256` overrides the run used — and every argument is quoted for a POSIX shell only when it needs to be, so the
 * printed line runs as written (from the folder the audit ran in, as module and data paths are kept as given). The auditor builds the
 * commands it stores in results without `--data` files (reports carry no path of the machine); `dataPathArgs` adds them to a
 * terminal line.
 */
import { encodeInstance } from "./instanceCodec.ts";
import type { BudgetLevel } from "./types.ts";

/** Data-set options named on the command line: files (`--data NAME=PATH`) and checksum overrides (`--data-sha256 NAME=HEX|none`). */
export interface DataFiles {
  readonly paths?: Readonly<Record<string, string>>;
  readonly sha256?: Readonly<Record<string, string | false>>;
}

export interface ReplaySpec {
  readonly id: string;
  readonly seed: number;
  /** fast-check path of the counterexample (e.g. "3:0:1")… */
  readonly path?: string;
  /** … or, for an instance found by the worst-case search (it has no path), the instance itself (`--instance`). */
  readonly instance?: unknown;
  readonly budget: BudgetLevel;
  /** Modules the claim came from (none for a built-in claim). */
  readonly modules?: readonly string[];
  readonly data?: DataFiles;
}

export interface AuditSpec {
  readonly budget: BudgetLevel;
  /** One root seed (`--seed`) … */
  readonly seed?: number;
  /** … or several (`--seeds`). */
  readonly seeds?: readonly number[];
  /** `--time-limit` in seconds, when the run overrode the claims' own (it can turn a verdict inconclusive). */
  readonly timeLimit?: number;
  readonly modules?: readonly string[];
  /** The `--only` selection, as given. */
  readonly only?: string;
  readonly data?: DataFiles;
  /** Makes it the command that resumes the run from its journal: `[--shard I/N] --out DIR --resume`. */
  readonly resume?: { readonly out: string; readonly shard?: { readonly index: number; readonly count: number } };
}

// Characters a POSIX shell never treats specially in a word.
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `arg` as one POSIX shell word: unchanged when it is plain, else single-quoted (a ' inside becomes '\''). */
export function shellQuote(arg: string): string {
  return PLAIN.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function dataArgs(data: DataFiles | undefined): string[] {
  const files = Object.entries(data?.paths ?? {}).flatMap(([name, path]) => ["--data", `${name}=${path}`]);
  const sums = Object.entries(data?.sha256 ?? {}).flatMap(([name, sum]) => ["--data-sha256", `${name}=${sum === false ? "none" : sum}`]);
  return [...files, ...sums];
}

/**
 * The `--data NAME=PATH` arguments alone, for a line printed on the terminal of the machine that has those files:
 * commands stored in results and reports name no path (the report names the data set by its sha256).
 */
export function dataPathArgs(paths: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(paths ?? {})
    .map(([name, path]) => ` --data ${shellQuote(`${name}=${path}`)}`)
    .join("");
}

/** `npx signcheck replay ID [modules…] --seed N (--path P | --instance JSON) --budget B [--data NAME=PATH …] [--data-sha256 NAME=HEX|none …]`. */
export function replayCommand(spec: ReplaySpec): string {
  const where = spec.path !== undefined ? ["--path", spec.path] : ["--instance", encodeInstance(spec.instance)];
  const args = ["replay", spec.id, ...(spec.modules ?? []), "--seed", String(spec.seed), ...where, "--budget", spec.budget, ...dataArgs(spec.data)];
  return ["npx", "signcheck", ...args.map(shellQuote)].join(" ");
}

/**
 * `signcheck audit [modules…] --budget B (--seed N | --seeds LIST) [--only P] [--time-limit S] [--data NAME=PATH …]` (output
 * options do not change results); with `resume`, followed by `[--shard I/N] --out DIR --resume`.
 */
export function auditCommand(spec: AuditSpec): string {
  const seeds = spec.seeds !== undefined ? ["--seeds", spec.seeds.join(",")] : ["--seed", String(spec.seed)];
  const limit = spec.timeLimit !== undefined ? ["--time-limit", String(spec.timeLimit)] : [];
  const resume = spec.resume
    ? [...(spec.resume.shard ? ["--shard", `${spec.resume.shard.index}/${spec.resume.shard.count}`] : []), "--out", spec.resume.out, "--resume"]
    : [];
  const args = [
    "audit",
    ...(spec.modules ?? []),
    "--budget",
    spec.budget,
    ...seeds,
    ...(spec.only !== undefined ? ["--only", spec.only] : []),
    ...limit,
    ...dataArgs(spec.data),
    ...resume,
  ];
  return ["signcheck", ...args.map(shellQuote)].join(" ");
}
