/**
 * Sharding an audit over machines, and merging the parts back. `--shard i/n` audits the claims at positions
 * i − 1, i − 1 + n, i − 1 + 2n, … of the selection (round robin over the claims in their order, every root seed
 * of a claim in the same shard) and writes `audit.part-i-of-n.json`: the run's identity (`runIdentity.ts`), the
 * command an unsharded run prints, and its claims' results in the lossless tagged form. `mergeParts` checks that
 * the parts are exactly the n parts of one run — same identity (version, code, seeds, budget, time limit, claim
 * selection, modules and their content, data options) and command, each index once, none missing, each with the
 * results of its whole share — and returns every result, from which the unsharded run's `audit.json` and reports
 * are assembled exactly as an unsharded run assembles them.
 *
 * Why by claim and not by instance: a claim's verdict is not a function of its instances one by one. The first
 * failure in fast-check's order is shrunk, the worst-case search starts from the worst instances of the whole
 * random search, α is shared by Bonferroni over every test, and tightness and the least-slack re-estimation range
 * over all instances: a merge of instance shards would have to rerun those sequential phases (claim code) instead
 * of combining results. Claims, on the other hand, are independent (their streams are keyed by claim id).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fromTagged, toTagged } from "../claims/instanceCodec.ts";
import type { ClaimResult } from "../claims/types.ts";
import { InputError } from "../core/errors.ts";
import { journalKey } from "./auditJournal.ts";
import { identityDifference, requireIdentity, type RunIdentity } from "./runIdentity.ts";

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `--shard i/n`: integers with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new InputError("--shard", text, "i/n with integers 1 ≤ i ≤ n (e.g. 2/4: the second of four shards)");
  }
  return { index, count };
}

/** Whether the claim at `position` (0-based, in the selection's order) belongs to the shard. */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.count === shard.index - 1;
}

export function partFileName(shard: Shard): string {
  return `audit.part-${shard.index}-of-${shard.count}.json`;
}

export interface AuditPart {
  readonly tool: "signcheck";
  readonly part: Shard;
  readonly identity: RunIdentity;
  /** The command of the whole (unsharded) run, as its reports print it. */
  readonly createdWith: string;
  readonly results: readonly { readonly seed: number; readonly id: string; readonly result: ClaimResult }[];
}

export function partJson(part: AuditPart): string {
  return `${JSON.stringify({ ...part, results: part.results.map((r) => ({ seed: r.seed, id: r.id, result: toTagged(r.result) })) })}\n`;
}

function readPart(path: string): AuditPart {
  let parsed: Partial<AuditPart> & { results?: { seed: number; id: string; result: unknown }[] };
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError("part", path, "a part written by signcheck audit --shard", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  const shard = parsed.part;
  if (
    parsed.tool !== "signcheck" ||
    !shard ||
    !Number.isSafeInteger(shard.index) ||
    !Number.isSafeInteger(shard.count) ||
    typeof parsed.createdWith !== "string" ||
    !Array.isArray(parsed.results)
  ) {
    throw new InputError("part", path, "a part written by signcheck audit --shard (audit.part-I-of-N.json)");
  }
  return {
    tool: "signcheck",
    part: shard,
    identity: requireIdentity(parsed.identity, `part ${path}`),
    createdWith: parsed.createdWith,
    results: parsed.results.map((r) => ({ seed: r.seed, id: r.id, result: fromTagged(r.result) as ClaimResult })),
  };
}

export interface MergedParts {
  readonly identity: RunIdentity;
  readonly createdWith: string;
  /** Every result of the run, by `journalKey`. */
  readonly results: ReadonlyMap<string, ClaimResult>;
}

/** Reads and checks the parts of one sharded run (see the module comment); a one-line InputError otherwise. */
export function mergeParts(paths: readonly string[]): MergedParts {
  if (paths.length === 0) throw new InputError("parts", "none", "the part files of every shard (audit.part-I-of-N.json)");
  const parts = paths.map((p) => ({ path: p, part: readPart(p) }));
  const first = parts[0];
  const count = first.part.part.count;
  const byIndex = new Map<number, string>();
  for (const { path, part } of parts) {
    if (part.part.count !== count)
      throw new InputError(
        "parts",
        `${basename(path)}`,
        `parts of one sharding: ${basename(first.path)} is of ${count} shards, ${basename(path)} of ${part.part.count}`,
      );
    const diff = identityDifference(first.part.identity, part.identity);
    if (diff) throw new InputError("parts", basename(path), `parts of one run: it differs from ${basename(first.path)} in ${diff}`);
    if (part.createdWith !== first.part.createdWith)
      throw new InputError("parts", basename(path), `parts of one run: its command \`${part.createdWith}\` differs from \`${first.part.createdWith}\``);
    const seen = byIndex.get(part.part.index);
    if (seen !== undefined) throw new InputError("parts", basename(path), `each part once: shard ${part.part.index}/${count} is also ${basename(seen)}`);
    byIndex.set(part.part.index, path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length)
    throw new InputError(
      "parts",
      `${parts.length} of ${count}`,
      `all ${count} parts: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`,
    );
  const identity = first.part.identity;
  const results = new Map<string, ClaimResult>();
  for (const { path, part } of parts) {
    const shard = part.part;
    for (const r of part.results) results.set(journalKey(r.seed, r.id), r.result);
    identity.claims.forEach((id, position) => {
      if (!inShard(position, shard)) return;
      for (const seed of identity.seeds) {
        if (!results.has(journalKey(seed, id)))
          throw new InputError(
            "parts",
            basename(path),
            `a complete part: it lacks claim ${id} at seed ${seed} (was its shard interrupted? rerun it with --resume)`,
          );
      }
    });
  }
  return { identity, createdWith: first.part.createdWith, results };
}
