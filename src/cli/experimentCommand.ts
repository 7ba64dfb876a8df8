/**
 * `signcheck experiment NAME [--data FILE] [--repeats R] [--seed N] [--out DIR] [--smoke]`: runs one
 * of the paper's experiments (src/experiments/registry.ts) and writes its report, figures and raw
 * series into DIR (default reports/experiments/NAME, or reports/experiments-smoke/NAME at --smoke).
 * The default seed is the package's (package.json → config.experimentSeed), so the default command
 * reproduces the committed outputs. Ctrl-C stops after the current run and still writes what is done,
 * marked partial (exit 130); a second Ctrl-C quits at once. Exit 2 on an input error: unknown
 * experiment, bad number, missing or malformed data file — with the fetch command when the data set
 * is absent.
 */
import { join } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { MissingDataError, SignCheckError } from "../core/errors.ts";
import { EXPERIMENTS, experimentByName } from "../experiments/registry.ts";
import { runExperiment } from "../experiments/runExperiment.ts";
import type { CliContext } from "./cliContext.ts";
import { INTERRUPTED, OK } from "./exitStatus.ts";
import { parseSeed } from "./parseSeed.ts";
import { EXPERIMENT_SEED } from "../seeds.ts";
import { createProgress } from "./progress.ts";

function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1)
      throw new InvalidArgumentError(`${name} must be an integer ≥ 1, got "${value}"`);
    return Number(value);
  };
}

interface ExperimentCliOptions {
  data?: string;
  dataSha256?: string;
  quiet?: boolean;
  repeats?: number;
  seed: number;
  out?: string;
  smoke?: boolean;
}

export function registerExperimentCommand(program: Command, ctx: CliContext): void {
  const { out, err } = ctx;
  program
    .command("experiment")
    .description("rerun one of the paper's experiments; writes report.md, SVG figures, the raw series and results.json")
    .argument("<name>", `one of: ${EXPERIMENTS.map((e) => e.name).join(", ")}`)
    .option("--data <file>", "LIBSVM file of the data set the experiment uses (default: the data-set look-up)")
    .option("--data-sha256 <hex>", "accept a data file whose sha256 is HEX instead of the registry's, or none to skip the check")
    .option("--quiet", "no progress bar")
    .option("--repeats <r>", "independent repeats of each configuration (default: the experiment's)", positiveInteger("repeats"))
    .option("--seed <n>", `root seed (default ${EXPERIMENT_SEED}, the seed of the committed outputs)`, parseSeed, EXPERIMENT_SEED)
    .option("--out <dir>", "folder for the outputs (default reports/experiments/NAME, reports/experiments-smoke/NAME with --smoke)")
    .option("--smoke", "the smallest size that exercises every step (seconds; what the tests run)")
    .action(async (name: string, opts: ExperimentCliOptions) => {
      const exp = experimentByName(name);
      const smoke = opts.smoke ?? false;
      const outDir = opts.out ?? join("reports", smoke ? "experiments-smoke" : "experiments", exp.name);
      const command = [
        "signcheck experiment",
        exp.name,
        ...(opts.repeats ? [`--repeats ${opts.repeats}`] : []),
        ...(opts.seed !== EXPERIMENT_SEED ? [`--seed ${opts.seed}`] : []),
        ...(smoke ? ["--smoke"] : []),
      ].join(" ");
      let stop = false;
      const onSigint = () => {
        if (stop) process.exit(INTERRUPTED);
        stop = true;
        err("signcheck: stopping after the current run and writing what is done (Ctrl-C again to quit at once, writing nothing)");
      };
      // Installed before anything is printed: from the first line on, Ctrl-C means "stop and keep what is done".
      process.on("SIGINT", onSigint);
      out(`signcheck experiment ${exp.name}: seed ${opts.seed}${opts.repeats ? `, ${opts.repeats} repeats` : ""}${smoke ? ", smoke size" : ""}`);
      const bar = ctx.progressStream ? createProgress({ stream: ctx.progressStream, quiet: opts.quiet, unit: "runs" }) : createProgress({ quiet: true });
      let started = false;
      try {
        const result = await runExperiment(exp, {
          seed: opts.seed,
          repeats: opts.repeats,
          smoke,
          out: outDir,
          dataPath: opts.data,
          dataSha256: opts.dataSha256 === undefined ? undefined : opts.dataSha256 === "none" ? false : opts.dataSha256,
          env: ctx.env,
          command,
          stopRequested: () => stop,
          onProgress: (done, total, label) => {
            if (!started) bar.start(total);
            started = true;
            bar.update(done, label);
          },
        });
        bar.stop();
        out(result.headline);
        out(
          `${result.partial ? `stopped after ${result.completedUnits} of ${result.totalUnits} runs; partial results` : "done"} in ${result.elapsedSeconds.toFixed(1)} s; wrote ${result.files.length} files to ${outDir}`,
        );
        ctx.exit(result.partial ? INTERRUPTED : OK);
      } catch (error) {
        bar.stop();
        if (error instanceof MissingDataError) {
          throw new SignCheckError(
            `experiment ${exp.name} needs the ${error.dataset} data set, which was not found: run \`${error.fetchCommand}\` or pass --data FILE`,
          );
        }
        throw error;
      } finally {
        process.off("SIGINT", onSigint);
      }
    });
}
