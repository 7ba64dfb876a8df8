/**
 * `signcheck replay ID [modules…] --seed N --path P [--budget B] [--data NAME=PATH]`: re-runs the one instance a
 * violated verdict printed (the command is printed whole next to it) and prints the same counterexample.
 * Exit 1 when the violation reproduces, 0 when it does not, 2 when the claim's code throws.
 */
import type { Command } from "commander";
import { auditClaim } from "../claims/auditClaim.ts";
import { describeResult } from "../claims/describeResult.ts";
import type { BudgetLevel } from "../claims/types.ts";
import { InputError } from "../core/errors.ts";
import { budgetOption } from "./auditCommand.ts";
import type { CliContext } from "./cliContext.ts";
import { DATA_FLAGS, DATA_HELP, parseDataOption, useDataFiles } from "./dataOption.ts";
import { MISMATCH, OK, USAGE } from "./exitStatus.ts";
import { loadClaims } from "./loadClaims.ts";
import { parseSeed } from "./parseSeed.ts";
import { printableDeep } from "./printable.ts";
import { didYouMean } from "./suggest.ts";

interface ReplayCliOptions {
  readonly seed: number;
  readonly path: string;
  readonly budget: BudgetLevel;
  readonly data: string[];
}

export function registerReplayCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("replay")
    .description("re-run one instance of a claim (as printed by a violated verdict); exit 1 when the violation reproduces")
    .argument("<id>", "claim id")
    .argument("[modules...]", "the module the claim comes from (none for built-in claims)")
    .requiredOption("--seed <n>", "root seed of the audit that found it", parseSeed)
    .requiredOption("--path <path>", "fast-check path of the counterexample")
    .addOption(budgetOption())
    .option(DATA_FLAGS, DATA_HELP, parseDataOption, [])
    .action(async (id: string, modules: string[], opts: ReplayCliOptions) => {
      if (!/^\d+(:\d+)*$/.test(opts.path)) throw new InputError("--path", opts.path, "a fast-check path such as 3:0:1");
      const data = useDataFiles(opts.data);
      const { claims, moduleOf } = await loadClaims(modules, { builtins: ctx.builtins, importModule: ctx.importModule });
      const claim = claims.find((c) => c.id === id);
      if (!claim) {
        const ids = claims.map((c) => c.id);
        throw new InputError("id", id, modules.length ? `the id of a claim of ${modules.join(", ")}` : "the id of a built-in claim (see `signcheck list`)", didYouMean(id, ids) || undefined);
      }
      const result = auditClaim(claim, { seed: opts.seed, budget: opts.budget, path: opts.path, modules: moduleOf(id), data });
      ctx.out(describeResult(printableDeep(result)));
      const status = result.verdict === "error" ? USAGE : result.verdict === "violated" ? MISMATCH : OK;
      ctx.out(status === MISMATCH ? "the violation reproduces" : status === OK ? "the violation does not reproduce" : "the claim raised an error");
      ctx.exit(status);
    });
}
