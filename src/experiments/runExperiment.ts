/**
 * Runs an experiment and writes what it reports into one folder: `report.md` (the summary, tables and
 * figures with captions, and the command that reproduces it), one SVG per figure, the raw series
 * (CSV) and `results.json` (every number, the settings, the seed, and the provenance record the audit
 * shares, report/provenance.ts: package version, git commit of the code and whether the code differed
 * from it, Node version, date, the data set's registry name and sha256; `date` and `elapsedSeconds` are
 * the only fields that change between identical runs, and `timeFields` lists them). No path of the machine
 * that ran it is written. All the files are written as one atomic set (writeFilesAtomic); a run stopped at a checkpoint still
 * writes everything it finished, marked partial in report.md and results.json. Files that a previous
 * run in the same folder listed and this one does not produce are removed, so the folder never mixes
 * two runs.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.ts";
import { streamFor } from "../core/stream.ts";
import { requireInteger } from "../core/validate.ts";
import { loadDataset, type Env } from "../data/locateDataset.ts";
import type { LabelledData } from "../data/readLibsvm.ts";
import { datasetRecord, describeDataset, provenance, PROVENANCE_TIME_FIELDS, type DatasetRecord } from "../report/provenance.ts";
import { renderSvg } from "../report/renderSvg.ts";
import { writeFilesAtomic, type FileToWrite } from "../report/writeAtomic.ts";
import { VERSION } from "../version.ts";
import type { Experiment, ExperimentContext, ExperimentReport } from "./types.ts";

/** Options of `runExperiment`: seed, repeats, output folder, data, smoke size. */
export interface RunExperimentOptions {
  readonly seed: number;
  /** Default: the experiment's default (or smoke) repeats. */
  readonly repeats?: number;
  readonly smoke?: boolean;
  /** Folder the files are written into. */
  readonly out: string;
  /** Explicit data file for the experiment's (single) data set. */
  readonly dataPath?: string;
  /** A checksum to accept instead of the registry's, or false to skip the check (`--data-sha256`). */
  readonly dataSha256?: string | false;
  /** Environment of the data-set look-up (default process.env). */
  readonly env?: Env;
  /** Polled at every checkpoint: true stops the run (what is done is still written, marked partial). */
  readonly stopRequested?: () => boolean;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** The command line that reproduces the run (printed in the report). */
  readonly command: string;
}

/** What `runExperiment` wrote and its summary. */
export interface RunExperimentResult {
  readonly dir: string;
  readonly files: readonly string[];
  readonly partial: boolean;
  readonly headline: string;
  readonly completedUnits: number;
  readonly totalUnits: number;
  readonly elapsedSeconds: number;
}

function markdown(
  exp: Experiment,
  report: ExperimentReport,
  meta: { command: string; partial: boolean; completed: number; total: number; seed: number; repeats: number; smoke: boolean; data: DatasetRecord[] },
): string {
  const lines: string[] = [`# ${exp.title}`, ""];
  if (meta.partial) {
    lines.push(
      `> **Partial run**: stopped after ${meta.completed} of ${meta.total} runs. Everything below is computed from the runs that finished; arms or settings not reached are marked.`,
      "",
    );
  }
  if (meta.smoke) lines.push("> **Smoke size**: a minimal run that exercises every step; its numbers are not meant to be read as results.", "");
  lines.push(`Reproduce: \`${meta.command}\``, "", report.summary, "");
  const captions = new Map(report.figures.map((f) => [f.file, f.caption]));
  for (const section of report.sections) {
    lines.push(`## ${section.heading}`, "", section.body, "");
    for (const file of section.figures ?? []) {
      const caption = captions.get(file);
      if (caption === undefined) continue;
      lines.push(`![${caption.replace(/[[\]]/g, "")}](${file})`, "", `*${caption}*`, "");
    }
  }
  lines.push(
    "## Run",
    "",
    `signcheck ${VERSION}, experiment \`${exp.name}\`, seed ${meta.seed}, ${meta.repeats} repeats${meta.smoke ? ", smoke size" : ""}.` +
      (meta.data.length ? ` Data: ${meta.data.map(describeDataset).join(", ")}.` : " No data set (synthetic)."),
    `Raw series: ${report.raw.map((r) => `\`${r.file}\``).join(", ")}; every number and setting: \`results.json\`.`,
    "",
  );
  return lines.join("\n");
}

/** Runs an experiment and writes its report, figures and raw files. */
export async function runExperiment(exp: Experiment, options: RunExperimentOptions): Promise<RunExperimentResult> {
  const started = performance.now();
  const smoke = options.smoke ?? false;
  const repeats = options.repeats ?? (smoke ? exp.smokeRepeats : exp.defaultRepeats);
  requireInteger("--repeats", repeats, exp.minRepeats, 100_000);
  requireInteger("--seed", options.seed, 0, Number.MAX_SAFE_INTEGER);
  if (options.dataPath !== undefined && exp.datasets.length !== 1) {
    throw new InputError(
      "--data",
      options.dataPath,
      exp.datasets.length ? `one file per data set (${exp.name} uses ${exp.datasets.join(", ")})` : `no --data: ${exp.name} uses no data set`,
    );
  }
  const data: Record<string, LabelledData> = {};
  const dataInfo: DatasetRecord[] = [];
  for (const name of exp.datasets) {
    // Located, checked to be a regular file and verified against the registry's sha256 (or the user's override).
    const loaded = loadDataset(name, { path: options.dataPath, sha256: options.dataSha256, env: options.env });
    data[name] = loaded;
    dataInfo.push(datasetRecord(loaded.use));
  }
  let stopped = false;
  let completed = 0;
  let total = 0;
  const ctx: ExperimentContext = {
    seed: options.seed,
    repeats,
    smoke,
    data,
    stream: (label, r) => streamFor({ seed: options.seed, claim: `experiments/${exp.name}`, instance: label, trial: r }),
    async checkpoint(done, of, label) {
      completed = done;
      total = of;
      options.onProgress?.(done, of, label);
      // Yield to the event loop so that a Ctrl-C (SIGINT handler) is seen between runs.
      await new Promise((resolve) => setImmediate(resolve));
      if (!stopped && options.stopRequested?.()) stopped = true;
      return !stopped;
    },
    get stopped() {
      return stopped;
    },
  };
  const report = await exp.run(ctx);
  if (!stopped) completed = total;
  const dir = options.out;
  const files: string[] = [];
  // All of a run's files are written as one set (writeFilesAtomic): a run killed while writing leaves the
  // previous run's files, never a mix of two runs.
  const pending: FileToWrite[] = [];
  const write = (file: string, content: string) => {
    pending.push({ path: join(dir, file), content });
    files.push(file);
  };
  for (const figure of report.figures) write(figure.file, await renderSvg(figure.spec));
  for (const raw of report.raw) write(raw.file, raw.content);
  const elapsedSeconds = (performance.now() - started) / 1000;
  const results = {
    tool: "signcheck",
    experiment: exp.name,
    title: exp.title,
    ...provenance(),
    elapsedSeconds: Number(elapsedSeconds.toFixed(2)),
    timeFields: [...PROVENANCE_TIME_FIELDS, "elapsedSeconds"],
    command: options.command,
    seed: options.seed,
    repeats,
    smoke,
    partial: stopped,
    completedUnits: completed,
    totalUnits: total,
    data: dataInfo,
    headline: report.headline,
    files: [...files, "results.json", "report.md"],
    results: report.results,
  };
  const previous = join(dir, "results.json");
  const stale: string[] = [];
  if (existsSync(previous)) {
    try {
      const old = JSON.parse(readFileSync(previous, "utf8")) as { tool?: string; files?: unknown };
      if (old.tool === "signcheck" && Array.isArray(old.files))
        for (const f of old.files) if (typeof f === "string" && !results.files.includes(f) && !f.includes("/") && !f.includes("\\")) stale.push(f);
    } catch {
      // An unreadable previous results.json is replaced below; nothing of it is trusted.
    }
  }
  write("results.json", `${JSON.stringify(results, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2)}\n`);
  write(
    "report.md",
    markdown(exp, report, { command: options.command, partial: stopped, completed, total, seed: options.seed, repeats, smoke, data: dataInfo }),
  );
  writeFilesAtomic(pending);
  for (const f of stale) rmSync(join(dir, f), { force: true });
  return { dir, files, partial: stopped, headline: report.headline, completedUnits: completed, totalUnits: total, elapsedSeconds };
}
