/**
 * How `signcheck audit` runs once its options are read (auditCommand.ts), and what `signcheck merge` shares with
 * it. The claims are audited in worker threads (`runAuditJobs.ts`; `--workers 1` in this process); each result is
 * appended to the journal beside the reports (`auditJournal.ts`) as soon as it is decided, the partial report
 * (`audit.partial.json`, `audit.partial.md`) is refreshed, and the final reports are written as one atomic set
 * (`writeFilesAtomic`) — then the journal and the partial report are removed. `--resume` continues from the journal
 * of the same run (`runIdentity.ts`); `--shard i/n` audits a share and writes a part (`auditParts.ts`), which
 * `signcheck merge` turns into the reports one unsharded run writes (`reportRun`, shared by both). Ctrl-C stops
 * dispatching claims, writes the partial report and exits 130.
 */
import { randomInt } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, normalize } from "node:path";
import { assembleAudit, type AuditResult } from "../claims/auditClaims.ts";
import { assembleSeeds, type SeedsAuditResult } from "../claims/auditSeeds.ts";
import { auditCommand, dataPathArgs } from "../claims/commandLine.ts";
import type { BudgetLevel, ClaimResult } from "../claims/types.ts";
import { InputError } from "../core/errors.ts";
import { fig, plural } from "../core/formatFigure.ts";
import { printable } from "../core/printable.ts";
import { describeDatasetUse } from "../data/locateDataset.ts";
import { auditJson } from "../report/auditJson.ts";
import { auditMarkdown } from "../report/auditMarkdown.ts";
import { renderAppendices, type RenderedAppendix, type ReportAppendix } from "../report/appendix.ts";
import type { AppendixPage } from "../report/auditDocument.ts";
import { auditReportFiles, readExperiments, seedsReportFiles, type ReportFile } from "../report/auditReportFiles.ts";
import { headline } from "../report/headline.ts";
import { machinePaths, type MachinePath } from "../report/machinePaths.ts";
import { partialBanner } from "../report/partialBanner.ts";
import { profileSummary } from "../report/profileMarkdown.ts";
import { provenance } from "../report/provenance.ts";
import { recoverPendingWrites, writeFilesAtomic, type FileToWrite } from "../report/writeAtomic.ts";
import { VERSION } from "../version.ts";
import { journalFile, journalKey, openJournal, readJournal } from "./auditJournal.ts";
import { prepareAuditOutputs, type AuditOutputs } from "./auditOutputs.ts";
import { inShard, partFileName, partJson, type Shard } from "./auditParts.ts";
import type { CliContext } from "./cliContext.ts";
import { dataOptions, type DataCliOptions } from "./dataOption.ts";
import { INTERRUPTED, MISMATCH, OK, USAGE } from "./exitStatus.ts";
import { loadClaims } from "./loadClaims.ts";
import { createProgress } from "./progress.ts";
import { defaultWorkers, runAuditJobs, type AuditJob } from "./runAuditJobs.ts";
import { identityDifference, runIdentity, type RunIdentity } from "./runIdentity.ts";
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
  readonly workers?: number;
  readonly shard?: Shard;
  readonly resume?: boolean;
  readonly profile?: boolean;
  readonly memoryLimit?: number;
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

/** Partial reports: what an interrupted, crashed or killed run had decided (removed when the run completes). */
export const PARTIAL_JSON = "audit.partial.json";
export const PARTIAL_MD = "audit.partial.md";
/** Partial reports are rewritten at most this often (ms) while claims are decided; the journal has every result at once. */
const PARTIAL_INTERVAL_MS = 1000;

/** Errors of a file system that refuses a write: full, over a quota or `ulimit -f`, read-only, failing. */
const WRITE_FAILURES = new Set(["ENOSPC", "EFBIG", "EDQUOT", "EROFS", "EIO", "EACCES", "EPERM"]);

/**
 * A write into the output folder that failed (a full disk, `ulimit -f`) as the one-line input error it is, saying
 * what survived: the previous reports (written as one set, so untouched) and, for an audit, the journal to resume
 * from once there is room. Any other error is returned as it is.
 */
export function writeFailure(error: unknown, folder: string, resumeCommand?: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !WRITE_FAILURES.has(code)) return error;
  const kept = resumeCommand ? `; the journal there keeps every result decided so far: make room, then resume with: ${resumeCommand}` : "";
  return new InputError(
    "--out",
    folder,
    "a folder signcheck can write its reports to",
    `${(error as Error).message}; the previous reports there are untouched${kept}`,
  );
}

/** What the reports of a whole run are built from: its identity, its command, and every result by `journalKey`. */
export interface RunResults {
  readonly identity: RunIdentity;
  readonly createdWith: string;
  readonly results: ReadonlyMap<string, ClaimResult>;
  /** The modules that define a claim, for its own reproducing command (default: every module of the run). */
  readonly moduleOf?: (id: string) => readonly string[];
  /** The report appendices the claims came with (a module's `appendices` export, or the built-in ones). */
  readonly appendices?: readonly ReportAppendix[];
}

/** A rendered appendix as a page of the report: written to its file, and embedded in audit.md when `inline`. */
function appendixPage(a: RenderedAppendix): AppendixPage {
  return { id: a.file.replace(/\.md$/, "").replace(/[^A-Za-z0-9-]/g, "-"), title: a.title, markdown: a.markdown, file: a.file, inline: a.inline };
}

type Assembled = { readonly seedsMode: false; readonly result: AuditResult } | { readonly seedsMode: true; readonly result: SeedsAuditResult };

/** The run's audit, assembled exactly as an uninterrupted, unsharded run in one process assembles it. */
export function assembleRun(run: RunResults): Assembled {
  const { identity } = run;
  const data = identity.data;
  const perClaim = { spec: { timeLimit: identity.timeLimit ?? undefined }, moduleOf: run.moduleOf ?? (() => identity.modules.map((m) => m.path)) };
  const at = (seed: number) =>
    identity.claims.map((id) => {
      const r = run.results.get(journalKey(seed, id));
      if (!r) throw new Error(`no result for ${id} at seed ${seed}`);
      return r;
    });
  if (!identity.seedsMode)
    return {
      seedsMode: false,
      result: assembleAudit(at(identity.seeds[0]), { seed: identity.seeds[0], budget: identity.budget, command: run.createdWith, data, ...perClaim }),
    };
  const audits = identity.seeds.map((seed) => assembleAudit(at(seed), { seed, budget: identity.budget, data, ...perClaim }));
  return { seedsMode: true, result: assembleSeeds(audits, { budget: identity.budget, command: run.createdWith }) };
}

/**
 * The report files of an assembled audit (audit.json, audit.md, index.html, the claims' figures and the rendered
 * appendices; for several seeds the seeds' report, without appendices), produced as data by
 * src/report/auditReportFiles.ts, with no path of this machine.
 */
function reportFilesOf(a: Assembled, folder: string, paths: readonly MachinePath[], appendices: readonly RenderedAppendix[]): Promise<ReportFile[]> {
  return a.seedsMode
    ? seedsReportFiles(a.result, { provenance: provenance(), machinePaths: paths })
    : auditReportFiles(a.result, {
        provenance: provenance(),
        experiments: readExperiments(folder),
        machinePaths: paths,
        appendices: appendices.map(appendixPage),
      });
}

/** Partial report files: every result decided so far, per seed in the claims' order, marked partial. */
function partialFilesOf(run: RunResults, folder: string, resume: string, shard?: Shard): FileToWrite[] {
  const { identity } = run;
  const data = identity.data;
  const wanted = identity.claims.filter((_, position) => inShard(position, shard));
  const audits = identity.seeds.map((seed) => {
    const decided = wanted.map((id) => run.results.get(journalKey(seed, id))).filter((r): r is ClaimResult => r !== undefined);
    return assembleAudit(decided, { seed, budget: identity.budget, command: identity.seedsMode ? undefined : run.createdWith, data });
  });
  const decided = audits.reduce((a, x) => a + x.claims.length, 0);
  const total = wanted.length * identity.seeds.length;
  const missing = identity.seeds.flatMap((seed) =>
    wanted.filter((id) => !run.results.has(journalKey(seed, id))).map((id) => (identity.seedsMode ? `${id} (seed ${seed})` : id)),
  );
  const partial = { decided, total, missing, resume, ...(shard && { shard: `${shard.index}/${shard.count}` }) };
  // Several seeds: each seed's partial audit as its own report JSON (the seeds' summary needs every claim at every seed).
  const json = identity.seedsMode
    ? `${JSON.stringify({ tool: "signcheck", partial, seeds: identity.seeds, budget: identity.budget, createdWith: run.createdWith, audits: audits.map((a) => JSON.parse(auditJson(a))) }, null, 2)}\n`
    : auditJson({ partial, ...audits[0] } as AuditResult);
  const banner = partialBanner(partial);
  const md = identity.seedsMode
    ? [banner, ...audits.flatMap((a) => [`# root seed ${a.seed}`, "", auditMarkdown(a)])].join("\n")
    : `${banner}\n${auditMarkdown(audits[0])}`;
  return [
    { path: join(folder, PARTIAL_JSON), content: json },
    { path: join(folder, PARTIAL_MD), content: md },
  ];
}

interface ReportOptions {
  readonly quiet?: boolean;
  readonly profile?: boolean;
}

/**
 * Writes the reports of a complete run (all files as one atomic set), prints the summary and the profile, and sets
 * the exit status. Shared by `audit` and `merge`.
 */
export async function reportRun(
  run: RunResults,
  outputs: AuditOutputs,
  opts: ReportOptions,
  ctx: CliContext,
  printed: boolean,
  resumeCommand?: string,
): Promise<Assembled> {
  const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
  const attention = outputs.jsonToStdout ? ctx.err : ctx.out;
  const a = assembleRun(run);
  // The appendices: rendered from this audit's results (single-seed audits; a renderer that throws is reported).
  const appendices = a.seedsMode ? [] : renderAppendices(run.appendices ?? [], a.result.claims, { seed: a.result.seed, budget: a.result.budget });
  if (a.seedsMode && run.appendices?.length)
    human(`report appendices (${run.appendices.map((x) => x.file).join(", ")}) are written by single-seed audits only`);
  const report = await reportFilesOf(a, outputs.folder, machinePaths({ env: ctx.env, dataFiles: Object.values(run.identity.data.paths ?? {}) }), appendices);
  const json = report.find((f) => f.path === "audit.json")!.content;
  const files: FileToWrite[] = report.map((f) => ({ path: join(outputs.folder, f.path), content: f.content }));
  if (outputs.jsonFile) files.push({ path: outputs.jsonFile, content: json });
  // Files a previous report in this folder listed and this one does not produce (a claim's figure that is gone) go.
  const previous = listedFiles(outputs.folder);
  try {
    writeFilesAtomic(files);
  } catch (error) {
    throw writeFailure(error, outputs.folder, resumeCommand);
  }
  const produced = new Set(report.map((f) => f.path));
  for (const f of previous) if (!produced.has(f)) rmSync(join(outputs.folder, f), { force: true });
  if (outputs.jsonToStdout) ctx.out(String(json).trimEnd());
  const figures = report.filter((f) => f.path.endsWith(".svg")).length;
  const written =
    [
      ...["audit.json", "audit.md", "index.html"].filter((f) => produced.has(f)).map((f) => join(outputs.folder, f)),
      ...(outputs.jsonFile ? [outputs.jsonFile] : []),
    ].join(", ") + (figures ? ` and ${plural(figures, "figure")}` : "");
  let summary: { errors: readonly string[]; mismatches: readonly string[] };
  if (a.seedsMode) {
    const result = a.result;
    human("");
    for (const c of result.claims) {
      const line = printable(`${c.matchesEverySeed ? " " : "*"}${ICON[c.overall] ?? "~"} ${c.id.padEnd(44)} ${c.overall.padEnd(14)} ${c.verdicts.join(" ")}`);
      (c.matchesEverySeed ? human : attention)(line);
    }
    human(`\n${result.unstable.length} unstable; ${errorRateText(result.familyWiseErrorRate)}; wrote ${written}`);
    if (result.unstable.length) attention(`verdicts that depend on the root seed: ${result.unstable.join(", ")}`);
    summary = result;
  } else {
    const result = a.result;
    if (!printed)
      for (const r of result.claims)
        for (const line of resultLines(r, run.identity.data.paths)) (r.match.ok && r.verdict !== "error" ? human : attention)(line);
    const counts = Object.entries(result.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ");
    human(`\n${counts}; ${errorRateText(result.familyWiseErrorRate)}; wrote ${written}`);
    summary = result;
  }
  if (opts.profile) for (const line of profileSummary([...run.results.values()])) ctx.err(line);
  const appendixErrors = appendices.filter((x) => x.error).map((x) => `${x.file}: ${x.error}`);
  if (appendixErrors.length) {
    attention(`report appendices that could not be rendered: ${appendixErrors.join("; ")}`);
    ctx.exit(USAGE);
    return a;
  }
  exitFor(summary, run.identity.seedsMode, human, attention, ctx);
  return a;
}

function exitFor(
  summary: { errors: readonly string[]; mismatches: readonly string[] },
  seedsMode: boolean,
  human: (l: string) => void,
  attention: (l: string) => void,
  ctx: CliContext,
): void {
  if (summary.errors.length) {
    attention(`errors in: ${summary.errors.join(", ")}`);
    ctx.exit(USAGE);
  } else if (summary.mismatches.length) {
    attention(`${seedsMode ? "expectations not met at every seed" : "verdicts not matching their expectation"}: ${summary.mismatches.join(", ")}`);
    ctx.exit(MISMATCH);
  } else {
    human(seedsMode ? "every expectation is met at every seed" : "every verdict matches its expectation");
    ctx.exit(OK);
  }
}

/** Durations of the claims in the last report in `folder` (by seed and id), to start the slowest claims first. */
function previousDurations(folder: string): Map<string, number> {
  const known = new Map<string, number>();
  try {
    const previous = JSON.parse(readFileSync(join(folder, "audit.json"), "utf8")) as { seed?: number; claims?: ClaimResult[]; audits?: AuditResult[] };
    for (const a of previous.audits ?? [previous as AuditResult])
      for (const r of a.claims ?? []) if (typeof r.durationMs === "number") known.set(r.id, r.durationMs);
  } catch {
    // no previous report: the claims' order
  }
  return known;
}

export async function runAudit(modules: string[], opts: AuditCliOptions, ctx: CliContext): Promise<void> {
  if (opts.seeds && opts.seed !== undefined) throw new InputError("--seed/--seeds", `${opts.seed} and ${opts.seeds.join(",")}`, "one of --seed and --seeds");
  if (opts.shard && opts.json !== undefined)
    throw new InputError("--json", opts.json, "no --json with --shard (a shard writes its part; `signcheck merge` writes the JSON)");
  const data = dataOptions(opts, ctx.env);
  const loaded = await loadClaims(modules, { builtins: ctx.builtins, builtinAppendices: ctx.builtinAppendices, importModule: ctx.importModule });
  const claims = selectClaims(loaded.claims, opts.only);
  const canUseWorkers = modules.length > 0 || ctx.builtinsInWorkers === true;
  if (opts.workers !== undefined && opts.workers > 1 && !canUseWorkers) {
    throw new InputError(
      "--workers",
      opts.workers,
      "1 here: this entry point's built-in claims cannot be loaded in worker threads (name the claims modules, or use the signcheck command)",
    );
  }
  const workers = opts.workers ?? (canUseWorkers ? defaultWorkers() : 1);
  const pooled = canUseWorkers && (opts.workers === undefined || opts.workers > 1);
  const outputs = prepareAuditOutputs(opts.out, opts.json, { ownModules: modules.length > 0, packageReports: ctx.packageReports });
  recoverPendingWrites(outputs.folder);
  const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
  const attention = outputs.jsonToStdout ? ctx.err : ctx.out; // printed even with --quiet
  const fresh = opts.seed === undefined && opts.seeds === undefined;
  const seeds = opts.seeds ?? [opts.seed ?? randomInt(0, 2 ** 31 - 1)];
  // What the reports say the audit was made with: no --data file (a path of this machine), the checksum overrides kept;
  // the resume command, printed here only, names the files.
  const spec = { modules, budget: opts.budget, only: opts.only, data, timeLimit: opts.timeLimit };
  const seedSpec = opts.seeds ? { ...spec, seeds } : { ...spec, seed: seeds[0] };
  const createdWith = auditCommand({ ...seedSpec, data: { sha256: data.sha256 } });
  const identity = runIdentity({
    seeds,
    seedsMode: opts.seeds !== undefined,
    budget: opts.budget,
    timeLimit: opts.timeLimit,
    claims: claims.map((c) => c.id),
    modules,
    data,
  });
  const shard = opts.shard;
  const shardText = shard ? `${shard.index}/${shard.count}` : null;
  const mine = claims.filter((_, position) => inShard(position, shard));
  const jobs: AuditJob[] = seeds.flatMap((seed) => mine.map((claim) => ({ seed, claim })));
  const resumeCommand = auditCommand({ ...seedSpec, resume: { out: outputs.folder, shard } });

  // The journal: resumed when asked and of this very run; else a new one.
  const journalName = journalFile(shard);
  const results = new Map<string, ClaimResult>();
  if (opts.resume) {
    const previous = readJournal(outputs.folder, journalName);
    if (previous === "unreadable")
      throw new InputError(
        "--resume",
        outputs.folder,
        "a folder with a journal signcheck can read",
        `${journalName} there is not one; run without --resume to start afresh`,
      );
    if (previous) {
      const diff =
        identityDifference(previous.identity, identity) ??
        (previous.shard !== shardText ? `shard: ${previous.shard ?? "none"} vs ${shardText ?? "none"}` : undefined);
      if (diff)
        throw new InputError(
          "--resume",
          outputs.folder,
          "a journal of this run",
          `the journal there is of another run (${diff}); run without --resume to start afresh`,
        );
      for (const job of jobs) {
        const r = previous.results.get(journalKey(job.seed, job.claim.id));
        if (r) results.set(journalKey(job.seed, job.claim.id), r);
      }
    }
  }
  // A write that fails (a full disk, `ulimit -f`) ends the run with one line saying what survived.
  const guarded = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      throw writeFailure(error, outputs.folder, resumeCommand);
    }
  };
  const journal = guarded(() => openJournal(outputs.folder, journalName, identity, shardText, opts.resume === true && results.size > 0));
  const run: RunResults = { identity, createdWith, results, moduleOf: loaded.moduleOf, appendices: loaded.appendices };

  human(
    `signcheck ${VERSION} audit: ${claims.length} claim${claims.length === 1 ? "" : "s"}${shard ? ` (shard ${shardText}: ${mine.length})` : ""}, budget ${opts.budget}, ` +
      `${opts.seeds ? `root seeds ${seeds.join(", ")}` : `seed ${seeds[0]}`}${fresh ? " (fresh; pass --seed to reproduce)" : ""}; ` +
      `${pooled ? `${workers} worker thread${workers === 1 ? "" : "s"}` : "in this process"}`,
  );
  if (opts.resume)
    human(
      results.size
        ? `resuming: ${results.size} of ${jobs.length} results from the journal in ${outputs.folder}`
        : `nothing to resume in ${outputs.folder}: starting afresh`,
    );
  const bar = ctx.progressStream ? createProgress({ stream: ctx.progressStream, quiet: opts.quiet, unit: "claims" }) : createProgress({ quiet: true });
  let done = results.size;
  const running = new Set<string>();
  const label = () => {
    const [first, ...rest] = running;
    return first === undefined ? "" : `${first}${rest.length ? ` (+${rest.length})` : ""}`;
  };
  const print = (r: ClaimResult) => {
    if (opts.seeds) return;
    const out = r.match.ok && r.verdict !== "error" ? human : attention;
    for (const line of resultLines(r, data.paths)) bar.log(out, line);
  };
  let lastPartial = -Infinity;
  const writePartial = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastPartial < PARTIAL_INTERVAL_MS) return;
    lastPartial = now;
    writeFilesAtomic(partialFilesOf(run, outputs.folder, resumeCommand, shard));
  };
  let stop = false;
  const onSigint = () => {
    if (stop) process.exit(INTERRUPTED);
    stop = true;
    bar.log(
      ctx.err,
      "signcheck: stopping; writing the partial report of what is decided (Ctrl-C again to quit at once; the journal keeps every decided claim)",
    );
  };
  process.on("SIGINT", onSigint);
  bar.start(jobs.length);
  for (const job of jobs) {
    const r = results.get(journalKey(job.seed, job.claim.id));
    if (r) print(r);
  }
  bar.update(done);
  const previous = previousDurations(outputs.folder);
  try {
    await runAuditJobs(
      jobs.filter((job) => !results.has(journalKey(job.seed, job.claim.id))),
      {
        workers: pooled ? workers : 1,
        modules,
        budget: opts.budget,
        timeLimitSeconds: opts.timeLimit,
        data,
        moduleOf: loaded.moduleOf,
        memoryLimitMb: opts.memoryLimit,
        costOf: (job) => previous.get(job.claim.id),
        stopRequested: () => stop,
        onStart: (job) => {
          running.add(job.claim.id);
          bar.update(done, label());
        },
        onProgress: (job, message) => bar.detail(`${job.claim.id}: ${message}`),
        onDone: (job, r) => {
          results.set(journalKey(job.seed, job.claim.id), r);
          journal.append(job.seed, r);
          running.delete(job.claim.id);
          print(r);
          bar.update(++done, label());
          writePartial(false);
        },
      },
    );
  } catch (error) {
    throw writeFailure(error, outputs.folder, resumeCommand);
  } finally {
    bar.stop();
    process.off("SIGINT", onSigint);
  }
  if (results.size < jobs.length) {
    guarded(() => writePartial(true));
    attention(
      `interrupted: ${results.size} of ${jobs.length} claims decided; partial report in ${join(outputs.folder, PARTIAL_MD)}; the previous reports are untouched; resume with: ${resumeCommand}`,
    );
    ctx.exit(INTERRUPTED);
    return;
  }
  if (shard) {
    const part = join(outputs.folder, partFileName(shard));
    guarded(() =>
      writeFilesAtomic([
        {
          path: part,
          content: partJson({
            tool: "signcheck",
            part: shard,
            identity,
            createdWith,
            results: jobs.map((j) => ({ seed: j.seed, id: j.claim.id, result: results.get(journalKey(j.seed, j.claim.id))! })),
          }),
        },
      ]),
    );
    const mineResults = jobs.map((j) => results.get(journalKey(j.seed, j.claim.id))!);
    human(`\nshard ${shardText}: ${mineResults.length} results; wrote ${part}; merge the ${shard.count} parts with: signcheck merge PART... --out DIR`);
    if (opts.profile) for (const line of profileSummary(mineResults)) ctx.err(line);
    exitFor(
      {
        errors: mineResults.filter((r) => r.verdict === "error").map((r) => r.id),
        mismatches: mineResults.filter((r) => !r.match.ok && r.verdict !== "error").map((r) => r.id),
      },
      false,
      human,
      attention,
      ctx,
    );
  } else {
    await reportRun(run, outputs, opts, ctx, true, resumeCommand);
  }
  for (const f of [PARTIAL_JSON, PARTIAL_MD]) rmSync(join(outputs.folder, f), { force: true });
  journal.remove();
}
