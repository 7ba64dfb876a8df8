/**
 * The audit journal, `DIR/.audit-journal.jsonl`: every claim's result is appended as soon as it is decided, so a
 * run that is interrupted, crashes or runs out of memory loses nothing already decided, and a later run with the
 * same identity (`runIdentity.ts`) resumes from it (`signcheck audit … --resume`). JSON lines: the first holds
 * the run's identity, each further one a result keyed by root seed and claim id, in the lossless tagged form of
 * `instanceCodec` (NaN, ±∞ and −0 survive), so a resumed run writes the very `audit.json` an uninterrupted one
 * does. Each line is one append (write(2) with O_APPEND); a line cut short by a crash is the last one, a line that
 * does not parse is skipped (its claim runs again), and a resumed run starts its own lines on a fresh line. The
 * journal is removed once the run's reports are written.
 */
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fromTagged, toTagged } from "../claims/instanceCodec.ts";
import type { ClaimResult } from "../claims/types.ts";
import { writeAtomic } from "../report/writeAtomic.ts";
import { requireIdentity, type RunIdentity } from "./runIdentity.ts";

export const JOURNAL_FILE = ".audit-journal.jsonl";

/** The journal's file name: `.audit-journal.jsonl`, or `.audit-journal.part-I-of-N.jsonl` for a shard (shards may share a folder). */
export function journalFile(shard?: { index: number; count: number }): string {
  return shard ? `.audit-journal.part-${shard.index}-of-${shard.count}.jsonl` : JOURNAL_FILE;
}

export function journalKey(seed: number, id: string): string {
  return `${seed}\t${id}`;
}

export interface JournalContents {
  readonly identity: RunIdentity;
  /** The shard the journal's run audited ("1/3"), or null. */
  readonly shard: string | null;
  /** Decided results by `journalKey`. */
  readonly results: ReadonlyMap<string, ClaimResult>;
}

/** The journal in `folder`: undefined when there is none; `unreadable` when its first line is not a journal header. */
export function readJournal(folder: string, file: string = JOURNAL_FILE): JournalContents | "unreadable" | undefined {
  const path = join(folder, file);
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8").split("\n");
  let identity: RunIdentity;
  let shard: string | null;
  try {
    const head = JSON.parse(lines[0]) as { journal?: string; identity?: unknown; shard?: string | null };
    if (head.journal !== "signcheck-audit") return "unreadable";
    identity = requireIdentity(head.identity, "journal");
    shard = head.shard ?? null;
  } catch {
    return "unreadable";
  }
  const results = new Map<string, ClaimResult>();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { seed: number; id: string; result: unknown };
      if (typeof entry.seed !== "number" || typeof entry.id !== "string") continue;
      results.set(journalKey(entry.seed, entry.id), fromTagged(entry.result) as ClaimResult);
    } catch {
      // A line cut short by a crash: its claim is audited again.
    }
  }
  return { identity, shard, results };
}

export interface Journal {
  append(seed: number, result: ClaimResult): void;
  /** Removes the journal (the run's reports now hold everything). */
  remove(): void;
}

/** Opens the journal of a run in `folder`: continues the one given (resume) or starts a new one (replacing any). */
export function openJournal(folder: string, file: string, identity: RunIdentity, shard: string | null, resume: boolean): Journal {
  const path = join(folder, file);
  if (!resume) writeAtomic(path, `${JSON.stringify({ journal: "signcheck-audit", identity, shard })}\n`);
  // A line cut short by a crash must stay alone on its line: else the first result appended now joins it and is lost too.
  else if (!readFileSync(path, "utf8").endsWith("\n")) appendFileSync(path, "\n");
  return {
    append(seed, result) {
      appendFileSync(path, `${JSON.stringify({ seed, id: result.id, result: toTagged(result) })}\n`);
    },
    remove() {
      rmSync(path, { force: true });
    },
  };
}
