/**
 * `signcheck merge PART... --out DIR [--json FILE|-] [--quiet] [--profile]`: combines the parts written by
 * `signcheck audit --shard i/n` (one per shard, from one run: `auditParts.ts` checks it) into exactly the
 * `audit.json` and `audit.md` that one unsharded run writes, prints the same lines and exits with the same status
 * (0 every verdict matches, 1 a mismatch, 2 an error or a bad set of parts).
 */
import type { Command } from "commander";
import { mergeParts } from "./auditParts.ts";
import { reportRun } from "./auditRun.ts";
import { loadClaims } from "./loadClaims.ts";
import { DEFAULT_OUT, prepareAuditOutputs } from "./auditOutputs.ts";
import type { CliContext } from "./cliContext.ts";

interface MergeCliOptions {
  readonly out?: string;
  readonly json?: string;
  readonly quiet?: boolean;
  readonly profile?: boolean;
}

export function registerMergeCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("merge")
    .description("combine the parts of a sharded audit (signcheck audit --shard i/n) into the reports one unsharded run writes")
    .argument("<parts...>", "the part files, one per shard (audit.part-I-of-N.json)")
    .option("--out <dir>", `folder for audit.json, audit.md, index.html and the figures (default: ./${DEFAULT_OUT})`)
    .option("--json <file>", "also write the JSON audit to this file; - writes it to standard output")
    .option("--quiet", "print only the claims whose verdict does not match and errors")
    .option("--profile", "print the time and trials per claim (ten slowest) and what sequential tests saved, on standard error")
    .action(async (parts: string[], opts: MergeCliOptions) => {
      const parted = mergeParts(parts);
      // The report appendices of the merged run's claims (re-read from its modules, or the built-in ones).
      const { appendices } = await loadClaims(
        parted.identity.modules.map((m) => m.path),
        {
          builtins: ctx.builtins,
          builtinAppendices: ctx.builtinAppendices,
          importModule: ctx.importModule,
          checkShadowing: false,
        },
      );
      const merged = { ...parted, appendices };
      const outputs = prepareAuditOutputs(opts.out, opts.json, { ownModules: merged.identity.modules.length > 0, packageReports: ctx.packageReports });
      const human = opts.quiet ? () => {} : outputs.jsonToStdout ? ctx.err : ctx.out;
      human(
        `signcheck merge: ${parts.length} parts, ${merged.identity.claims.length} claims, budget ${merged.identity.budget}, ${merged.identity.seedsMode ? `root seeds ${merged.identity.seeds.join(", ")}` : `seed ${merged.identity.seeds[0]}`}`,
      );
      await reportRun(merged, outputs, opts, ctx, false);
    });
}
