/**
 * Exit statuses of `signcheck`: 0 when every verdict matches its expectation (and for a closed output pipe),
 * 1 on a mismatch (for `replay`: the violation reproduces), 2 on a usage or input error or when a claim's own
 * code threw — 2 wins over 1.
 */
export const OK = 0;
export const MISMATCH = 1;
export const USAGE = 2;
/** An experiment stopped by Ctrl-C: what was done is written, marked partial (128 + SIGINT, as shells report it). */
export const INTERRUPTED = 130;
export type ExitStatus = typeof OK | typeof MISMATCH | typeof USAGE | typeof INTERRUPTED;

/** Thrown by an output line when the reader of standard output went away (`signcheck audit | head`). */
export class ClosedOutputError extends Error {
  override name = "ClosedOutputError";
}
