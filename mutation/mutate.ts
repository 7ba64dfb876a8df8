/**
 * `npm run mutate [-- FOLDER …] [--force] [--save-baseline] [--concurrency N] [--out DIR]` and `npm run mutate -- --ci`:
 * mutation testing of the folders in mutation/folders.ts with Stryker (9.x and its vitest runner), one folder
 * at a time, each against its own scoped vitest config, in Stryker's incremental mode.
 *
 * Files. Each folder has three:
 *   - the working incremental file `.cache/mutation/<folder>.incremental.json` (git-ignored): Stryker's report of
 *     every mutant's outcome with the sources it was measured on; a rerun re-tests only the mutants whose code
 *     changed or whose covering tests changed, and reuses the rest;
 *   - the committed baseline `mutation/baseline/<folder>.json`: a copy of a full, passing incremental file,
 *     refreshed on purpose with --save-baseline; it seeds the working file when that is missing (a fresh clone,
 *     CI) so that no run ever starts from nothing;
 *   - the reports `.cache/mutation/reports/<folder>.html` and `.json` (git-ignored; --out moves them).
 *
 * CI (--ci). "What the submission changed" is measured against the baseline, not against a commit: a fresh
 * clone has no previous run, and its history may not show which commits are new (a merge, a squash, several
 * commits at once). For each gated folder the mutated sources and the scoped test files are compared with the
 * sources recorded in the baseline; an unchanged folder keeps the baseline's score; a changed one is rerun
 * incrementally from the baseline (Stryker re-tests only what changed) and gated on its whole-folder score. A
 * folder without a baseline falls back to git: the folder's files changed since the merge base with
 * $MUTATION_BASE (default: the previous commit, HEAD^) are mutated alone and gated on their own score; with
 * no usable history the whole folder is mutated. A run that exceeds $MUTATION_CI_BUDGET_MIN minutes (default
 * 15) stops and fails, saying to refresh the baseline: a gate that did not finish must not pass.
 *
 * The tests that must skip under the mutation runner (instrumented code allocates) see STRYKER_MUTATOR_WORKER,
 * which Stryker sets in every worker process.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Stryker } from "@stryker-mutator/core";
import type { LogLevel, MutantResult, PartialStrykerOptions } from "@stryker-mutator/api/core";
import { FOLDERS, folderNamed, type MutationFolder } from "./folders.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
process.chdir(ROOT);

const WORK = ".cache/mutation";
const BASELINES = "mutation/baseline";

interface Args {
  folders: MutationFolder[];
  ci: boolean;
  force: boolean;
  saveBaseline: boolean;
  concurrency: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const names: string[] = [];
  let ci = false;
  let force = false;
  let saveBaseline = false;
  let concurrency = process.env.CI === "true" ? 2 : 1;
  let out = path.join(WORK, "reports");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--ci") ci = true;
    else if (a === "--force") force = true;
    else if (a === "--save-baseline") saveBaseline = true;
    else if (a === "--concurrency") concurrency = Number(argv[++i]);
    else if (a === "--out") out = argv[++i];
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else names.push(a.replace(/^src\//, "").replace(/\/$/, ""));
  }
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new Error(`--concurrency: a whole number ≥ 1, got ${concurrency}`);
  const folders = names.length > 0 ? names.map(folderNamed) : [...FOLDERS];
  return { folders, ci, force, saveBaseline, concurrency, out };
}

// ---------------------------------------------------------------------------------------------- files

/** A glob (`**`, `*`, `{a,b}`) as a regular expression over paths relative to the package root. */
function globRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "{") re += "(?:";
    else if (c === "}") re += ")";
    else if (c === ",") re += "|";
    else re += c.replace(/[.+?^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir)) {
    const p = path.posix.join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Files (relative, sorted) matching the globs, `!glob` excluding. */
function expand(globs: readonly string[]): string[] {
  const include = globs.filter((g) => !g.startsWith("!")).map(globRegExp);
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => globRegExp(g.slice(1)));
  const tops = new Set(globs.map((g) => g.replace(/^!/, "").split("/")[0]));
  const files = [...tops].flatMap((t) => walk(t));
  return files.filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f))).sort();
}

interface IncrementalReport {
  files: Record<string, { source: string; mutants: unknown[] }>;
  testFiles?: Record<string, { source?: string; tests: unknown[] }>;
}

const workFile = (f: MutationFolder) => path.join(WORK, `${f.name}.incremental.json`);
const baselineFile = (f: MutationFolder) => path.join(BASELINES, `${f.name}.json`);

/** The folder's files (mutated and test) whose content differs from the report's recorded sources, or that it lacks or that are gone. */
function changedSince(f: MutationFolder, report: IncrementalReport): string[] {
  const recorded = new Map<string, string | undefined>();
  for (const [p, v] of Object.entries(report.files)) recorded.set(path.relative(ROOT, path.resolve(p)), v.source);
  for (const [p, v] of Object.entries(report.testFiles ?? {})) recorded.set(path.relative(ROOT, path.resolve(p)), v.source);
  const current = new Set([...expand(f.mutate), ...expand(f.tests)]);
  const changed: string[] = [];
  for (const p of current) if (!recorded.has(p) || recorded.get(p) !== readFileSync(p, "utf8")) changed.push(p);
  for (const p of recorded.keys()) if (!current.has(p)) changed.push(`${p} (removed)`);
  return changed;
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** Without a baseline: the folder's mutated files changed since the merge base with $MUTATION_BASE (default HEAD^), or undefined when git cannot tell. */
function changedByGit(f: MutationFolder): string[] | undefined {
  const base = git(["merge-base", process.env.MUTATION_BASE ?? "HEAD^", "HEAD"]);
  if (base === undefined) return undefined;
  const names = (git(["diff", "--name-only", base, "--"]) ?? "").split("\n");
  const untracked = (git(["ls-files", "--others", "--exclude-standard"]) ?? "").split("\n");
  const mutated = new Set(expand(f.mutate));
  return [...new Set([...names, ...untracked])].filter((p) => mutated.has(p));
}

// ---------------------------------------------------------------------------------------------- scores

interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function tally(results: readonly { status: string }[]): Tally {
  const t: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const r of results) {
    if (r.status === "Killed") t.killed++;
    else if (r.status === "Timeout") t.timeout++;
    else if (r.status === "Survived") t.survived++;
    else if (r.status === "NoCoverage") t.noCoverage++;
    else if (r.status === "Ignored") t.ignored++;
    else t.errors++; // CompileError, RuntimeError: not valid mutants, left out of the score as Stryker does
  }
  return t;
}

/** Killed + timed out over the mutants that count (Stryker's mutation score), in per cent; 100 when nothing counts. */
function score(t: Tally): number {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
}

const fmt = (s: number) => `${s.toFixed(1)} %`;

function summarize(f: MutationFolder, results: readonly MutantResult[], seconds: number | undefined, scope: string): { score: number; ok: boolean } {
  const t = tally(results);
  const s = score(t);
  const ok = s >= f.threshold;
  const time = seconds === undefined ? "no run needed" : `${Math.round(seconds)} s`;
  console.log(`\n${ok ? "PASS" : "FAIL"} ${f.name}: ${fmt(s)} (threshold ${f.threshold} %; ${scope}; ${time})`);
  console.log(`  ${t.killed} killed, ${t.timeout} timed out, ${t.survived} survived, ${t.noCoverage} not covered, ${t.ignored} ignored, ${t.errors} invalid`);
  const byFile = new Map<string, MutantResult[]>();
  for (const r of results) byFile.set(r.fileName, [...(byFile.get(r.fileName) ?? []), r]);
  for (const [file, rs] of [...byFile].sort()) {
    const ft = tally(rs);
    if (ft.survived + ft.noCoverage > 0) console.log(`  ${path.relative(ROOT, path.resolve(file))}: ${fmt(score(ft))}`);
  }
  const left = results.filter((r) => UNDETECTED.has(r.status));
  for (const r of left.slice(0, 40)) {
    console.log(
      `    ${r.status} ${path.relative(ROOT, path.resolve(r.fileName))}:${r.location.start.line} ${r.mutatorName}: ${JSON.stringify(r.replacement ?? "")}`,
    );
  }
  if (left.length > 40) console.log(`    … ${left.length - 40} more in the report`);
  return { score: s, ok };
}

// ---------------------------------------------------------------------------------------------- runs

function strykerOptions(f: MutationFolder, args: Args, mutate: readonly string[], incremental: boolean): PartialStrykerOptions {
  return {
    testRunner: "vitest",
    vitest: { configFile: `mutation/vitest.${f.name}.config.ts`, related: false },
    plugins: ["@stryker-mutator/vitest-runner", path.join(ROOT, "mutation/ignoreErrorMessages.mjs"), path.join(ROOT, "mutation/liveSurvivors.mjs")],
    ignorers: ["error-messages"],
    mutate: [...mutate],
    coverageAnalysis: "perTest",
    // TypeScript 7 has no JavaScript API: no type-checker plugin, and the sandbox's tsconfig must not be
    // rewritten (Stryker parses it with `typescript` when the file exists); vitest strips types itself.
    checkers: [],
    tsconfigFile: "mutation/no-tsconfig-rewrite",
    disableTypeChecks: true,
    incremental,
    incrementalFile: workFile(f),
    force: args.force,
    concurrency: args.concurrency,
    // An infinite loop (i++ → i--) is cut by Stryker's hit limit (100× the dry run's hits of that mutant) long
    // before any timeout; the timeout is for mutants that only slow a test down, on a machine shared with others.
    // Static mutants (code run while modules load or tests are collected, e.g. a noise law built in a describe
    // block) would each need a fresh module graph and the whole scoped suite: 18 % of the noise mutants took 71 % of
    // its run. Ignoring them still runs every "hybrid" one — also executed inside some test — against the tests that
    // cover it (each folder's pinned tests build their objects inside the test for that reason); only code run
    // exclusively at load time (module-level constants) is reported as Ignored, and docs/mutation-testing.md lists it.
    ignoreStatic: true,
    timeoutMS: 10_000,
    timeoutFactor: 2,
    dryRunTimeoutMinutes: 15,
    tempDirName: path.join(WORK, "sandbox"),
    ignorePatterns: [".cache", "reports", "bench", "docs", "mutation/baseline", "tmp", ".scratch"],
    reporters: ["html", "json", "progress", "live-survivors"],
    htmlReporter: { fileName: path.join(args.out, `${f.name}.html`) },
    jsonReporter: { fileName: path.join(args.out, `${f.name}.json`) },
    thresholds: { high: f.threshold, low: f.threshold - 10, break: null },
    // LogLevel is a const enum in a declaration file: its values are written as the strings they stand for.
    logLevel: "info" as LogLevel,
    fileLogLevel: "off" as LogLevel,
    allowConsoleColors: false,
  };
}

async function run(f: MutationFolder, args: Args, mutate: readonly string[], incremental: boolean): Promise<{ results: MutantResult[]; seconds: number }> {
  const t0 = Date.now();
  // The undetected mutants as they are found (mutation/liveSurvivors.mjs), to read while a long run goes on.
  process.env.MUTATION_LIVE_FILE = path.resolve(WORK, `${f.name}.live.txt`);
  const results = await new Stryker(strykerOptions(f, args, mutate, incremental)).runMutationTest();
  return { results, seconds: (Date.now() - t0) / 1000 };
}

function readReport(file: string): IncrementalReport {
  return JSON.parse(readFileSync(file, "utf8")) as IncrementalReport;
}

/** The results recorded in an incremental report, as MutantResult-like rows (for an unchanged folder). */
function recordedResults(report: IncrementalReport): MutantResult[] {
  return Object.entries(report.files).flatMap(([fileName, file]) => (file.mutants as MutantResult[]).map((m) => ({ ...m, fileName })));
}

async function local(args: Args): Promise<boolean> {
  let allOk = true;
  for (const f of args.folders) {
    mkdirSync(WORK, { recursive: true });
    if (!existsSync(workFile(f)) && existsSync(baselineFile(f))) copyFileSync(baselineFile(f), workFile(f));
    const { results, seconds } = await run(f, args, f.mutate, true);
    const { ok } = summarize(f, results, seconds, "whole folder");
    allOk &&= ok;
    if (args.saveBaseline) {
      if (!ok) console.log(`  baseline NOT saved: ${f.name} is below its threshold`);
      else {
        mkdirSync(BASELINES, { recursive: true });
        // Minified, and without the run's own configuration and absolute project root (Stryker reads neither back).
        const {
          config: _config,
          projectRoot: _root,
          ...report
        } = JSON.parse(readFileSync(workFile(f), "utf8")) as IncrementalReport & { config?: unknown; projectRoot?: unknown };
        writeFileSync(baselineFile(f), `${JSON.stringify(report)}\n`);
        console.log(`  baseline saved: ${baselineFile(f)} (commit it)`);
      }
    }
  }
  return allOk;
}

async function ci(args: Args): Promise<boolean> {
  const budgetMin = Number(process.env.MUTATION_CI_BUDGET_MIN ?? 15);
  const timer = setTimeout(() => {
    console.error(
      `\nFAIL mutation check: over its budget of ${budgetMin} min. The submission changed more than an incremental run ` +
        `can re-test in CI: run \`npm run mutate -- <folder> --save-baseline\` locally and commit mutation/baseline/.`,
    );
    process.exit(1);
  }, budgetMin * 60_000);
  timer.unref();
  let allOk = true;
  mkdirSync(WORK, { recursive: true });
  for (const f of args.folders) {
    const base = baselineFile(f);
    if (existsSync(base)) {
      const report = readReport(base);
      const changed = changedSince(f, report);
      if (changed.length === 0) {
        const { ok } = summarize(f, recordedResults(report), undefined, "unchanged since its baseline");
        allOk &&= ok;
        continue;
      }
      console.log(`\n${f.name}: changed since its baseline: ${changed.join(", ")}`);
      copyFileSync(base, workFile(f));
      const { results, seconds } = await run(f, args, f.mutate, true);
      allOk &&= summarize(f, results, seconds, "incremental from the baseline").ok;
    } else {
      const changed = changedByGit(f);
      if (changed !== undefined && changed.length === 0) {
        console.log(`\n${f.name}: no baseline, and no mutated file changed since ${process.env.MUTATION_BASE ?? "HEAD^"}: nothing to check`);
        continue;
      }
      const scope = changed === undefined ? [...f.mutate] : changed;
      console.log(`\n${f.name}: no baseline; mutating ${changed === undefined ? "the whole folder (git cannot tell what changed)" : changed.join(", ")}`);
      const { results, seconds } = await run(f, args, scope, false);
      allOk &&= summarize(f, results, seconds, changed === undefined ? "whole folder, no baseline" : "changed files only, no baseline").ok;
    }
  }
  return allOk;
}

const args = parseArgs(process.argv.slice(2));
const ok = args.ci ? await ci(args) : await local(args);
process.exit(ok ? 0 : 1);
