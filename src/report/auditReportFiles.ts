/**
 * Every file of an audit's report, produced as data — `{ path, content }` with `path` relative to the
 * report folder — so that the caller writes them in one place (the CLI, through writeAtomic): `audit.json`,
 * `audit.md`, `index.html`, one SVG per claim figure under `figures/<claim id>/`, and the appendices that
 * name a file of their own. The result is first cleared of every path of this machine (machinePaths.ts),
 * so no file can name one. Figures are rendered headless (renderSvg); the Markdown and HTML carry no
 * time, so two runs of the same audit give the same files but for audit.json's `timeFields`.
 * A multi-seed audit gives `audit.json`, `audit.md` and `index.html` (no per-claim figures: the per-seed
 * sections are what differ).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AuditResult } from "../claims/auditClaims.ts";
import type { SeedsAuditResult } from "../claims/auditSeeds.ts";
import { InputError } from "../core/errors.ts";
import { datasetInfo } from "../data/datasetRegistry.ts";
import type { ExperimentEntry, FigureRef, AppendixPage } from "./auditDocument.ts";
import { auditHtml, seedsHtml } from "./auditHtml.ts";
import { auditJson, seedsAuditJson } from "./auditJson.ts";
import { auditMarkdown } from "./auditMarkdown.ts";
import { claimFigures } from "./claimFigures.ts";
import { machinePaths, scrubDeep, type MachinePath } from "./machinePaths.ts";
import type { DatasetRecord, Provenance } from "./provenance.ts";
import { renderSvg } from "./renderSvg.ts";
import { seedsMarkdown } from "./seedsMarkdown.ts";

export interface ReportFile {
  /** Relative to the report folder ("audit.md", "figures/seed/lemma1-eq1/slack.svg"). */
  readonly path: string;
  readonly content: string;
}

export interface AuditReportOptions {
  readonly provenance: Provenance;
  /** Extra sections a claims module supplies (see auditDocument.ts). */
  readonly appendices?: readonly AppendixPage[];
  /** Experiments found beside the report (readExperiments). */
  readonly experiments?: readonly ExperimentEntry[];
  /** Paths of this machine that no file may name (default: machinePaths()). */
  readonly machinePaths?: readonly MachinePath[];
}

/** The files of the report itself, which an appendix may not take. */
const RESERVED = new Set(["audit.json", "audit.md", "index.html"]);

function checkAppendices(appendices: readonly AppendixPage[]): void {
  const ids = new Set<string>();
  appendices.forEach((a, i) => {
    if (typeof a.id !== "string" || !/^[A-Za-z0-9-]+$/.test(a.id) || ids.has(a.id))
      throw new InputError(`appendices[${i}].id`, a.id, "letters, digits and '-', each id once");
    ids.add(a.id);
    if (typeof a.title !== "string" || !a.title) throw new InputError(`appendices[${i}].title`, a.title, "a non-empty string");
    if (typeof a.markdown !== "string") throw new InputError(`appendices[${i}].markdown`, a.markdown, "a string of Markdown");
    if (a.file !== undefined && (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|txt|csv|json)$/.test(a.file) || RESERVED.has(a.file))) {
      throw new InputError(
        `appendices[${i}].file`,
        a.file,
        "a plain file name ending in .md, .txt, .csv or .json, other than audit.json, audit.md and index.html",
      );
    }
  });
}

export async function auditReportFiles(raw: AuditResult, options: AuditReportOptions): Promise<ReportFile[]> {
  const appendicesRaw = options.appendices ?? [];
  checkAppendices(appendicesRaw);
  const paths = options.machinePaths ?? machinePaths();
  const result = scrubDeep(raw, paths);
  const appendices = scrubDeep(appendicesRaw, paths);
  const experiments = scrubDeep(options.experiments ?? [], paths);
  const files: ReportFile[] = [];
  const figures = new Map<string, FigureRef[]>();
  for (const r of result.claims) {
    const refs: FigureRef[] = [];
    for (const f of claimFigures(r)) {
      const svg = await renderSvg(f.spec);
      files.push({ path: f.file, content: svg });
      refs.push({ file: f.file, title: f.title, caption: f.caption, svg });
    }
    if (refs.length) figures.set(r.id, refs);
  }
  const { date: _date, ...provenance } = options.provenance;
  const document = { provenance, figures, experiments, appendices };
  files.push({ path: "audit.md", content: auditMarkdown(result, document) });
  files.push({ path: "index.html", content: auditHtml(result, document) });
  for (const a of appendices) if (a.file) files.push({ path: a.file, content: a.markdown.endsWith("\n") ? a.markdown : `${a.markdown}\n` });
  const listed = [...files.map((f) => f.path), "audit.json"];
  files.push({ path: "audit.json", content: auditJson(result, { provenance: options.provenance, files: listed }) });
  return files;
}

export async function seedsReportFiles(raw: SeedsAuditResult, options: Pick<AuditReportOptions, "provenance" | "machinePaths">): Promise<ReportFile[]> {
  const result = scrubDeep(raw, options.machinePaths ?? machinePaths());
  const files: ReportFile[] = [
    { path: "audit.md", content: seedsMarkdown(result) },
    { path: "index.html", content: seedsHtml(result) },
  ];
  files.push({ path: "audit.json", content: seedsAuditJson(result, { provenance: options.provenance, files: [...files.map((f) => f.path), "audit.json"] }) });
  return files;
}

/** A data-set record of an experiment's results.json; one written before records said what vouched for the bytes is read against the registry. */
function recordOf(d: Partial<DatasetRecord>): DatasetRecord {
  const { name, sha256 } = d as { name: string; sha256: string };
  if (d.verifiedAgainst === "registry" || d.verifiedAgainst === "declared" || d.verifiedAgainst === "none")
    return { name, sha256, verifiedAgainst: d.verifiedAgainst };
  let registry: string | undefined;
  try {
    registry = datasetInfo(name).sha256;
  } catch {
    registry = undefined;
  }
  return { name, sha256, verifiedAgainst: registry === sha256 ? "registry" : "none" };
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === "string");
}

/**
 * The experiments whose outputs sit beside a report, in `<folder>/experiments/NAME/results.json` (written
 * by `signcheck experiment`), sorted by name. A folder without a readable results.json of signcheck's is
 * skipped.
 */
export function readExperiments(folder: string): ExperimentEntry[] {
  const root = join(folder, "experiments");
  if (!existsSync(root)) return [];
  const out: ExperimentEntry[] = [];
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, "results.json");
    if (!existsSync(file)) continue;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (json.tool !== "signcheck" || typeof json.experiment !== "string" || !isStringArray(json.files)) continue;
    const data = Array.isArray(json.data)
      ? (json.data as Partial<DatasetRecord>[]).filter((d) => d && typeof d.name === "string" && typeof d.sha256 === "string").map(recordOf)
      : [];
    out.push({
      name: json.experiment,
      title: typeof json.title === "string" ? json.title : json.experiment,
      headline: typeof json.headline === "string" ? json.headline : "",
      command: typeof json.command === "string" ? json.command : `signcheck experiment ${json.experiment}`,
      partial: json.partial === true,
      smoke: json.smoke === true,
      folder: `experiments/${name}`,
      files: json.files.filter((f) => !f.includes("/") && !f.includes("\\")),
      data,
    });
  }
  return out;
}
