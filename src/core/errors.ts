/**
 * Typed errors of signcheck. Every public entry point validates its input and throws one of these,
 * naming the parameter, the value it got and the accepted range, so that a user sees what to fix
 * instead of a wrong number. `InputError` is the only kind the CLI maps to exit status 2 without a
 * stack trace.
 */

/** Base class: every error signcheck throws on purpose. */
export class SignCheckError extends Error {
  override name = "SignCheckError";
}

/** A parameter outside its accepted range (κ ∉ (1,2], δ ∉ (0,1), γ ≤ 0, …). */
export class InputError extends SignCheckError {
  override name = "InputError";
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    readonly accepted: string,
    detail?: string,
  ) {
    super(`${parameter} = ${formatValue(value)} is not accepted: expected ${accepted}${detail ? ` (${detail})` : ""}`);
  }
}

/** Two vectors (or a vector and a declared dimension) that do not match. */
export class DimensionError extends InputError {
  override name = "DimensionError";
  constructor(parameter: string, got: number, expected: number) {
    super(parameter, `length ${got}`, `length ${expected}`);
  }
}

/** Text that does not parse: an expression, a LIBSVM line, a CLI value. `line` is 1-based when known. */
export class ParseError extends InputError {
  override name = "ParseError";
  constructor(
    parameter: string,
    value: unknown,
    accepted: string,
    readonly line?: number,
  ) {
    super(line === undefined ? parameter : `${parameter} (line ${line})`, value, accepted);
  }
}

/** A moment or constant that is infinite or undefined for the given law (e.g. E|X|^κ with κ ≥ ν). */
export class UndefinedQuantityError extends InputError {
  override name = "UndefinedQuantityError";
}

/** A claim module or claim definition that cannot be used (no claims exported, duplicate id, …). */
export class ClaimDefinitionError extends SignCheckError {
  override name = "ClaimDefinitionError";
}

/** A data set that a claim needs and that is not present; claims turn it into `not-applicable`. */
export class MissingDataError extends SignCheckError {
  override name = "MissingDataError";
  constructor(
    readonly dataset: string,
    readonly fetchCommand: string,
    searched: string[],
  ) {
    super(`data set ${dataset} not found (looked in: ${searched.join(", ") || "nowhere"}); run \`${fetchCommand}\``);
  }
}

/**
 * A download that did not complete (unreachable host, HTTP status, time limit): names the address and
 * whether the user gave it, what failed, and how to put the file in place by hand instead.
 */
export class DownloadError extends SignCheckError {
  override name = "DownloadError";
  constructor(
    readonly url: string,
    readonly failure: string,
    manual: string,
  ) {
    super(`download from ${url} failed: ${failure}; ${manual}`);
  }
}

/**
 * A claim ran past its time limit. Thrown cooperatively (between evaluations and between Monte-Carlo
 * trials) by the engine's deadline; the auditor turns it into `inconclusive` with the reason. A check
 * that never returns cannot be interrupted this way: a worker pool that can terminate a worker is the
 * remedy (a later task).
 */
export class TimeLimitError extends SignCheckError {
  override name = "TimeLimitError";
  constructor(
    readonly limitSeconds: number,
    readonly phase: string,
  ) {
    super(`time limit of ${limitSeconds} s reached during ${phase}`);
  }
}

function formatValue(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Float64Array) return `Float64Array(${value.length})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
