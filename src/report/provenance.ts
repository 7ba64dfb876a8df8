/**
 * Where a report comes from, recorded the same way by the audit (`audit.json`) and the experiments
 * (`results.json`): the package version, the git commit of the code and whether the code differed from
 * it, the Node version, the date, and the data sets by registry name and sha256 — never a path of the
 * machine that ran it. The commit is the last one that changed the code (src/, bin/, theorems/,
 * package.json, package-lock.json), not HEAD: committing the regenerated reports does not change it, so
 * a fresh clone at any later commit with the same code reproduces the committed record. `git` is null
 * outside a git checkout (an installed package).
 *
 * Which fields change between two identical runs is stated with the record: `timeFields` (the date, and
 * each report's own durations) and `environmentFields` (what describes the machine and checkout rather
 * than the result: the Node version and the git state).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type DatasetUse } from "../data/locateDataset.ts";
import { VERSION } from "../version.ts";

/** The paths whose content makes a result: a change elsewhere (reports/, docs) does not make a run unreproducible. */
export const CODE_PATHS = ["src", "bin", "theorems", "package.json", "package-lock.json"] as const;

export interface GitState {
  /** The last commit that changed the code (CODE_PATHS). */
  readonly commit: string;
  /** True when the code in the working tree differs from that commit (uncommitted changes). */
  readonly codeChanged: boolean;
}

export interface Provenance {
  readonly version: string;
  readonly git: GitState | null;
  readonly node: string;
  /** ISO 8601, UTC. A time field. */
  readonly date: string;
}

/** Fields of the provenance that change between identical runs. */
export const PROVENANCE_TIME_FIELDS = ["date"] as const;
/** Fields that describe the machine and checkout, not the result. */
export const PROVENANCE_ENVIRONMENT_FIELDS = ["git", "node"] as const;

/** The git state of the package's code, or null outside a git checkout (or without git). */
export function gitState(root: string = PACKAGE_ROOT): GitState | null {
  if (!existsSync(join(root, ".git"))) return null;
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const commit = git("log", "-1", "--format=%H", "--", ...CODE_PATHS);
    const changed = git("status", "--porcelain", "--", ...CODE_PATHS);
    return commit ? { commit, codeChanged: changed.length > 0 } : null;
  } catch {
    return null;
  }
}

export function provenance(date: Date = new Date()): Provenance {
  return { version: VERSION, git: gitState(), node: process.version, date: date.toISOString() };
}

/** A data set as a report names it: registry name, the sha256 of the bytes read, and what vouched for them. */
export interface DatasetRecord {
  readonly name: string;
  readonly sha256: string;
  /** `registry`: the registry's checksum; `declared`: the user's `--data-sha256`; `none`: no check (`--data-sha256 NAME=none`, or the registry has none). */
  readonly verifiedAgainst: "registry" | "declared" | "none";
}

export function datasetRecord(use: Pick<DatasetUse, "name" | "sha256" | "expectedSha256" | "override">): DatasetRecord {
  const verifiedAgainst = use.override === "declared" ? "declared" : use.override === "none" || use.expectedSha256 === null ? "none" : "registry";
  return { name: use.name, sha256: use.sha256, verifiedAgainst };
}

/** Every data set used, once per (name, sha256), in order of first use. */
export function datasetRecords(uses: readonly Pick<DatasetUse, "name" | "sha256" | "expectedSha256" | "override">[]): DatasetRecord[] {
  const seen = new Map<string, DatasetRecord>();
  for (const use of uses) {
    const key = `${use.name}|${use.sha256}`;
    if (!seen.has(key)) seen.set(key, datasetRecord(use));
  }
  return [...seen.values()];
}

/** How a data set reads in a report: "mushrooms (sha256 …, verified against the registry's checksum)". */
export function describeDataset(d: DatasetRecord): string {
  const how = {
    registry: "verified against the registry's checksum",
    declared: "verified against the checksum declared with --data-sha256",
    none: "not verified",
  }[d.verifiedAgainst];
  return `${d.name} (sha256 ${d.sha256}, ${how})`;
}
