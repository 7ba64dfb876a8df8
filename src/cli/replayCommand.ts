/**
 * `signcheck replay ID [modules…] --seed N (--path P | --instance JSON) [--budget B] [--data NAME=PATH] [--data-sha256 NAME=HEX|none]`: re-runs the one instance a
 * violated verdict printed (the command is printed whole next to it) and prints the same counterexample.
 * Exit 1 when the violation reproduces, 0 when it does not, 2 when the claim's code throws.
 */
import type { Command } from "commander";
import { auditClaim } from "../claims/auditClaim.ts";
import { decodeInstance } from "../claims/instanceCodec.ts";
import { describeResult } from "../report/describeResult.ts";
import type { BudgetLevel } from "../claims/types.ts";
import { InputError } from "../core/errors.ts";
import { budgetOption } from "./auditCommand.ts";
import type { CliContext } from "./cliContext.ts";
import { addDataOptions, dataOptions, type DataCliOptions } from "./dataOption.ts";
import { MISMATCH, OK, USAGE } from "./exitStatus.ts";
import { loadClaims } from "./loadClaims.ts";
import { parseSeed } from "./parseSeed.ts";
import { printableDeep } from "../core/printable.ts";
import { didYouMean } from "./suggest.ts";

interface ReplayCliOptions extends DataCliOptions {
  readonly seed: number;
  readonly path?: string;
  readonly instance?: string;
  readonly budget: BudgetLevel;
}

export function registerReplayCommand(program: Command, ctx: CliContext): Command {
  const command = program
    .command("replay")
    .description("re-run one instance of a claim (as printed by a violated verdict); exit 1 when the violation reproduces")
    .argument("<id>", "claim id")
    .argument("[modules...]", "the module the claim comes from (none for built-in claims)")
    .requiredOption("--seed <n>", "root seed of the audit that found it", parseSeed)
    .option("--path <path>", "fast-check path of the counterexample")
    .option("--instance <json>", "the instance itself, as printed by a replay command (instances found by the worst-case search have no path)")
    .addOption(budgetOption());
  return addDataOptions(command).action(async (id: string, modules: string[], opts: ReplayCliOptions) => {
    if ((opts.path === undefined) === (opts.instance === undefined))
      throw new InputError("--path/--instance", opts.path ?? opts.instance ?? "neither", "exactly one of --path and --instance");
    const given = opts.path ?? opts.instance!;
    const shown = given.length > 40 ? `${given.slice(0, 40)}…` : given;
    if (opts.path !== undefined && !/^\d+(:\d+)*$/.test(opts.path)) throw new InputError("--path", shown, "a fast-check path such as 3:0:1");
    const instance = opts.instance === undefined ? undefined : decodeInstance(opts.instance);
    const data = dataOptions(opts, ctx.env);
    const { claims, moduleOf } = await loadClaims(modules, { builtins: ctx.builtins, importModule: ctx.importModule });
    const claim = claims.find((c) => c.id === id);
    if (!claim) {
      const ids = claims.map((c) => c.id);
      throw new InputError(
        "id",
        id,
        modules.length ? `the id of a claim of ${modules.join(", ")}` : "the id of a built-in claim (see `signcheck list`)",
        didYouMean(id, ids) || undefined,
      );
    }
    // auditClaim refuses a path beyond what the claim's search at this budget could have produced.
    const result = auditClaim(claim, { seed: opts.seed, budget: opts.budget, path: opts.path, instance, modules: moduleOf(id), data });
    const where = `seed ${opts.seed}, budget ${opts.budget}`;
    // fast-check finds no instance at a path its tree does not have: the path came from elsewhere.
    if (
      (result.verdict === "error" && /Unable to replay/.test(result.error?.message ?? "")) ||
      (result.verdict !== "error" && result.evidence.instances === 0)
    ) {
      throw new InputError(
        "--path",
        shown,
        `the path of a counterexample of ${id} at ${where}`,
        "it leads to no instance there: was it printed by an audit with another --seed or --budget?",
      );
    }
    ctx.out(describeResult(printableDeep(result)));
    if (result.verdict === "error") {
      ctx.out("the claim raised an error");
      ctx.exit(USAGE);
    } else if (result.verdict === "violated") {
      ctx.out("the violation reproduces");
      ctx.exit(MISMATCH);
    } else {
      ctx.out(
        `the violation does not reproduce: the instance ${opts.path !== undefined ? `at path ${shown}` : "given"} (${where}) satisfies the claim — fixed since, or a path printed by an audit with another --seed or --budget`,
      );
      ctx.exit(OK);
    }
  });
}
