/**
 * LIBSVM / svmlight text reader: one sample a line, `<label> <index>:<value> …`, indices 1-based
 * and strictly increasing, an optional `# comment` at the end of a line. Files are streamed in 1 MiB chunks and
 * scanned line by line into CSR arrays (no per-line objects are kept); a line split across chunks is
 * assembled once, so the time is linear in the file whatever its line lengths. Labels are normalised to ±1 from the
 * conventions of the LIBSVM collection: {−1, +1} as is, {0, 1} with 0 → −1, {1, 2} with 1 → −1 and
 * 2 → +1 (mushrooms: 1 = poisonous, 2 = edible). Numbers are decimal only (no 0x…, Infinity or NaN);
 * a non-zero number that underflows to 0 (1e-400) and an index past the largest column a CsrMatrix
 * holds (2³¹ − 1, its Int32Array) are errors, never a silent 0 or a wrapped column. A malformed line
 * gets a ParseError with its line number and the offending token. `readLibsvm` reads regular files
 * only (a FIFO, a device or a folder is refused before any read, so nothing blocks) and returns the
 * sha256 of the bytes it parsed.
 */
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { InputError, ParseError } from "../core/errors.ts";
import type { CsrMatrix } from "./csrMatrix.ts";

/** A sparse data matrix with its labels. */
export interface LabelledData {
  readonly A: CsrMatrix;
  /** Labels in {−1, +1}. */
  readonly y: Float64Array;
  /** The label convention found in the file. */
  readonly labelSet: "-1/+1" | "0/1" | "1/2";
  readonly source: string;
}

/** A file read by `readLibsvm`: the data, and the checksum and size of the bytes parsed. */
export interface LibsvmFile extends LabelledData {
  readonly sha256: string;
  readonly bytes: number;
}

/** Largest 1-based index (and number of stored entries): a CsrMatrix holds columns and offsets in Int32Arrays. */
export const MAX_LIBSVM_INDEX = 2 ** 31 - 1;

const LABEL_SETS = [
  { name: "-1/+1", values: [-1, 1], map: (v: number) => v },
  { name: "0/1", values: [0, 1], map: (v: number) => (v === 0 ? -1 : 1) },
  { name: "1/2", values: [1, 2], map: (v: number) => (v === 1 ? -1 : 1) },
] as const;

/** Options of `parseLibsvm`: expected shape, label mapping. */
export interface LibsvmOptions {
  /** Number of features (an integer in [1, 2³¹ − 1]); indices beyond it are an error. Default: the largest index met. */
  readonly features?: number;
  /** Name of the source, for messages. */
  readonly source?: string;
}

/** Options of `readLibsvm`: those of `parseLibsvm` and the file's checks. */
export interface ReadLibsvmOptions {
  readonly features?: number;
  /** Largest file accepted, in bytes (default: no limit); a longer file is refused once that many are read. */
  readonly maxBytes?: number;
  /** Name of the parameter that gave the path, for messages (default "path"). */
  readonly parameter?: string;
  /**
   * Called with the sha256 of the whole file before any parse error is thrown (a file of the wrong
   * content is best reported by its checksum, not by its first odd line); may throw.
   */
  readonly verify?: (sha256: string) => void;
}

/** A decimal number: digits with an optional point and exponent. Unambiguous, so matching is linear. */
const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** The number a decimal token denotes, or why not: a NaN-free parse that never turns non-zero text into 0. */
function decimal(token: string): number | "not decimal" | "underflow" {
  if (!DECIMAL.test(token)) return "not decimal";
  const value = Number(token);
  if (value === 0) {
    const e = token.search(/[eE]/);
    if (/[1-9]/.test(e < 0 ? token : token.slice(0, e))) return "underflow";
  }
  return value;
}

function validateOptions(options: LibsvmOptions | ReadLibsvmOptions): void {
  if (typeof options !== "object" || options === null) throw new InputError("options", options, "an options object");
  const { features } = options;
  if (features !== undefined && (typeof features !== "number" || !Number.isInteger(features) || features < 1 || features > MAX_LIBSVM_INDEX)) {
    throw new InputError("features", features, `an integer in [1, ${MAX_LIBSVM_INDEX}]`);
  }
}

/** Index of the first non-blank character at or after `i` (blank: a control character or a space). */
function skipSpace(line: string, i: number): number {
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  return i;
}

/** End of the token starting at `i`. */
function tokenEnd(line: string, i: number): number {
  while (i < line.length && line.charCodeAt(i) > 32) i++;
  return i;
}

/** Accumulates samples line by line into CSR arrays; `finish` normalises labels and builds the matrix. */
class LibsvmBuilder {
  private readonly rowPtr: number[] = [0];
  private readonly colIdx: number[] = [];
  private readonly values: number[] = [];
  private readonly labels: number[] = [];
  private readonly distinct: number[] = [];
  private maxIndex = 0;
  private lineNo = 0;
  /** Pieces of the line not yet ended by a newline (joined once, when it ends). */
  private pending: string[] = [];

  constructor(
    private readonly source: string,
    private readonly features?: number,
  ) {}

  /** Feeds decoded text; complete lines are parsed now, the rest waits for the next piece. */
  push(text: string): void {
    let start = 0;
    let end = text.indexOf("\n");
    while (end >= 0) {
      const piece = text.slice(start, end);
      if (this.pending.length > 0) {
        this.pending.push(piece);
        this.addLine(this.pending.join(""));
        this.pending = [];
      } else this.addLine(piece);
      start = end + 1;
      end = text.indexOf("\n", start);
    }
    if (start < text.length) this.pending.push(text.slice(start));
  }

  private addLine(raw: string): void {
    const lineNo = ++this.lineNo;
    const param = this.source;
    const hash = raw.indexOf("#");
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    // A hand scan (no split into an array of substrings): one pass, whatever the line's length.
    const n = line.length;
    let i = skipSpace(line, 0);
    if (i === n) return;
    let j = tokenEnd(line, i);
    const labelText = line.slice(i, j);
    const label = decimal(labelText);
    if (label === "underflow") throw new ParseError(param, labelText, "a label that does not underflow to 0", lineNo);
    if (typeof label !== "number" || !Number.isFinite(label)) throw new ParseError(param, labelText, "a decimal numeric label first", lineNo);
    let prev = 0;
    for (i = skipSpace(line, j); i < n; i = skipSpace(line, j)) {
      j = tokenEnd(line, i);
      // index: decimal digits up to the colon, accumulated exactly while ≤ 2^31 − 1 (then only "too large").
      let index = 0;
      let k = i;
      for (; k < j; k++) {
        const c = line.charCodeAt(k) - 48;
        if (c < 0 || c > 9) break;
        if (index <= MAX_LIBSVM_INDEX) index = index * 10 + c;
      }
      if (k === i || k === j || line.charCodeAt(k) !== 58 || index < 1)
        throw new ParseError(param, line.slice(i, j), "index:value with a 1-based decimal integer index", lineNo);
      if (index > MAX_LIBSVM_INDEX)
        throw new ParseError(param, line.slice(i, j), `an index ≤ ${MAX_LIBSVM_INDEX} (the largest column a CsrMatrix holds)`, lineNo);
      if (index <= prev) throw new ParseError(param, line.slice(i, j), `indices strictly increasing (previous index ${prev})`, lineNo);
      if (this.features !== undefined && index > this.features)
        throw new ParseError(param, line.slice(i, j), `an index ≤ ${this.features} (the number of features)`, lineNo);
      const value = k + 1 < j ? decimal(line.slice(k + 1, j)) : "not decimal";
      if (value === "underflow") throw new ParseError(param, line.slice(i, j), "a value that does not underflow to 0 (its magnitude is below 5e-324)", lineNo);
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new ParseError(param, line.slice(i, j), "index:value with a finite decimal value", lineNo);
      prev = index;
      if (value !== 0) {
        if (this.colIdx.length >= MAX_LIBSVM_INDEX)
          throw new ParseError(param, line.slice(i, j), `at most ${MAX_LIBSVM_INDEX} non-zero entries in all (a CsrMatrix's offsets are Int32)`, lineNo);
        this.colIdx.push(index - 1);
        this.values.push(value);
      }
    }
    this.maxIndex = Math.max(this.maxIndex, prev);
    if (!this.distinct.includes(label)) {
      this.distinct.push(label);
      // The first line whose label no convention holds together with the labels before it.
      if (!LABEL_SETS.some((s) => this.distinct.every((v) => (s.values as readonly number[]).includes(v)))) {
        const found = [...this.distinct].sort((a, b) => a - b).join(", ");
        throw new ParseError(param, labelText, `labels from one of {−1,+1}, {0,1}, {1,2} (the labels so far: ${found})`, lineNo);
      }
    }
    this.labels.push(label);
    this.rowPtr.push(this.colIdx.length);
  }

  finish(): LabelledData {
    if (this.pending.length > 0) {
      this.addLine(this.pending.join(""));
      this.pending = [];
    }
    const { labels, source: param } = this;
    if (labels.length === 0) throw new ParseError(param, "(no samples)", "at least one sample line");
    const set = LABEL_SETS.find((s) => this.distinct.every((v) => (s.values as readonly number[]).includes(v)))!;
    const cols = this.features ?? this.maxIndex;
    if (cols < 1) throw new InputError(param, "no features", "at least one feature index");
    return {
      A: { rows: labels.length, cols, rowPtr: Int32Array.from(this.rowPtr), colIdx: Int32Array.from(this.colIdx), values: Float64Array.from(this.values) },
      y: Float64Array.from(labels, set.map),
      labelSet: set.name,
      source: this.source,
    };
  }
}

/** Parses LIBSVM text into a sparse matrix and labels; a bad line throws ParseError with its number. */
export function parseLibsvm(text: string, options: LibsvmOptions = {}): LabelledData {
  validateOptions(options);
  if (typeof text !== "string") throw new InputError("text", typeof text, "LIBSVM text (a string)");
  const builder = new LibsvmBuilder(options.source ?? "libsvm text", options.features);
  builder.push(text);
  return builder.finish();
}

/** Bytes read at a time: the file is streamed, never held whole in memory as text. */
const CHUNK_BYTES = 1 << 20;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Opens a regular file for reading, or throws an InputError naming `parameter`. The open does not
 * block (O_NONBLOCK: opening a FIFO for reading would wait for a writer), and fstat on the opened
 * descriptor — not the path, which could be swapped in between — decides.
 */
export function openRegularFile(path: string, parameter: string, accepted: string): number {
  if (typeof path !== "string" || path === "") throw new InputError(parameter, path, accepted);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(parameter, path, accepted, (error as Error).message);
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw new InputError(parameter, path, accepted, (error as Error).message);
  }
  if (!stats.isFile()) {
    closeSync(fd);
    throw new InputError(parameter, path, `${accepted} (a regular file)`, `it is ${kindOf(stats)}`);
  }
  return fd;
}

/** Reads a LIBSVM file in chunks of CHUNK_BYTES. A path that is not a readable regular file is an InputError naming it. */
export function readLibsvm(path: string, options: ReadLibsvmOptions = {}): LibsvmFile {
  validateOptions(options);
  const { maxBytes = Infinity, parameter = "path" } = options;
  const fd = openRegularFile(path, parameter, "a readable LIBSVM file");
  const builder = new LibsvmBuilder(path, options.features);
  const decoder = new TextDecoder("utf-8");
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let bytes = 0;
  let data: LabelledData | undefined;
  let failure: unknown;
  try {
    for (;;) {
      const got = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      bytes += got;
      if (bytes > maxBytes) throw new InputError(parameter, path, `a file of at most ${maxBytes} bytes`);
      hash.update(buffer.subarray(0, got));
      if (failure === undefined) {
        try {
          builder.push(decoder.decode(buffer.subarray(0, got), { stream: got > 0 }));
        } catch (error) {
          if (!options.verify) throw error;
          failure = error; // keep hashing: the checksum speaks first
        }
      }
      if (got === 0) break;
    }
    if (failure === undefined) {
      try {
        data = builder.finish();
      } catch (error) {
        if (!options.verify) throw error;
        failure = error;
      }
    }
  } finally {
    closeSync(fd);
  }
  const sha256 = hash.digest("hex");
  options.verify?.(sha256);
  if (failure !== undefined || !data) throw failure;
  return { ...data, sha256, bytes };
}
