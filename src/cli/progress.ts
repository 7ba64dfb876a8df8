/**
 * Progress of a long command (an audit, an experiment): a bar with steps done, time spent and time left on
 * standard error, drawn by cli-progress — only on a terminal, and never with `TERM=dumb`, in CI (`CI` set) or
 * with `--quiet`, where the command's own lines are all there is. The time left is extrapolated from the steps
 * done (claims differ in cost, so it is marked "~"). Lines printed while the bar is up go through `log`, which
 * clears the bar, prints the line on its own stream (stdout or stderr) and redraws the bar below it.
 *
 * The commands run synchronously between steps, so cli-progress's timer never fires: the bar is redrawn here, on
 * each update, at most `REDRAWS_PER_SECOND` times a second.
 */
import { clearLine, cursorTo } from "node:readline";
import cliProgress from "cli-progress";
import { printable } from "../core/printable.ts";

// Ten redraws a second look live and cost nothing next to a claim's Monte-Carlo work.
const REDRAWS_PER_SECOND = 10;

export interface ProgressOptions {
  /** Where the bar is drawn (default: standard error). */
  readonly stream?: NodeJS.WriteStream;
  /** Environment consulted for `TERM` and `CI` (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** `--quiet`: no bar. */
  readonly quiet?: boolean;
  /** What a step is, in the plural ("claims", "repeats"). */
  readonly unit?: string;
}

export interface Progress {
  /** Shows the bar for `total` steps (does nothing where no bar is shown). */
  start(total: number): void;
  /** Steps done so far, and what runs now. */
  update(done: number, detail?: string): void;
  /** What runs now (a step's own progress message), without a step. */
  detail(text: string): void;
  /** Prints `line` through `write` without tearing the bar. */
  log(write: (line: string) => void, line: string): void;
  /** Removes the bar; safe to call more than once. */
  stop(): void;
}

/** Whether a bar is drawn: a terminal that is not dumb, outside CI, without --quiet. */
export function progressShown(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return Boolean(stream.isTTY) && env.TERM !== "dumb" && !ci && !quiet;
}

const silent: Progress = { start() {}, update() {}, detail() {}, log: (write, line) => write(line), stop() {} };

function formatBar(unit: string): cliProgress.GenericFormatter {
  return (options, params, payload: { detail?: string }) => {
    const bar = cliProgress.Format.BarFormat(params.progress, options);
    const spent = cliProgress.Format.TimeFormat(Math.round((Date.now() - params.startTime) / 1000), options, 1);
    const left =
      params.value === 0 || !Number.isFinite(params.eta) ? "time left: estimating" : `~${cliProgress.Format.TimeFormat(params.eta, options, 1)} left`;
    const line = `${bar} ${params.value}/${params.total} ${unit} | ${spent} spent, ${left} | ${payload.detail ?? ""}`;
    return line.length > params.maxWidth - 1 ? `${line.slice(0, params.maxWidth - 2)}…` : line;
  };
}

export function createProgress({ stream = process.stderr, env = process.env, quiet = false, unit = "steps" }: ProgressOptions = {}): Progress {
  if (!progressShown(stream, env, quiet)) return silent;
  const multi = new cliProgress.MultiBar({
    stream,
    format: formatBar(unit),
    barsize: 24,
    hideCursor: false, // an interrupted run must not leave the cursor hidden
    linewrap: true, // trim to the terminal's width rather than switch wrapping off
    clearOnComplete: true,
    etaBuffer: 20,
    etaAsynchronousUpdate: true, // the time left keeps growing while one long step runs
    gracefulExit: false, // a SIGINT listener would keep Ctrl-C from stopping a synchronous run
  });
  // MultiBar.create returns a GenericBar (typed as SingleBar), whose render(true) redraws even when unchanged
  let bar: cliProgress.GenericBar | undefined;
  let lastDraw = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!bar || (!force && now - lastDraw < 1000 / REDRAWS_PER_SECOND)) return;
    lastDraw = now;
    multi.update();
  };
  return {
    start(total) {
      bar = multi.create(total, 0, { detail: "" }) as unknown as cliProgress.GenericBar;
      draw(true);
    },
    update(done, detail) {
      bar?.update(done, detail === undefined ? {} : { detail: printable(detail) });
      draw();
    },
    detail(text) {
      bar?.update({ detail: printable(text) });
      draw();
    },
    log(write, line) {
      if (bar) {
        cursorTo(stream, 0);
        clearLine(stream, 0);
      }
      write(line);
      if (bar) {
        bar.render(true);
        lastDraw = Date.now();
      }
    },
    stop() {
      if (!bar) return;
      bar = undefined;
      multi.stop();
    },
  };
}
