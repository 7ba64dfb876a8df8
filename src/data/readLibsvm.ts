/**
 * LIBSVM / svmlight text reader: one sample a line, `<label> <index>:<value> …`, indices 1-based
 * and strictly increasing, an optional `# comment` at the end of a line. Files are streamed in 1 MiB chunks and
 * scanned line by line into CSR arrays (no per-line objects are kept). Labels are normalised to ±1 from the
 * conventions of the LIBSVM collection: {−1, +1} as is, {0, 1} with 0 → −1, {1, 2} with 1 → −1 and
 * 2 → +1 (mushrooms: 1 = poisonous, 2 = edible). A malformed line gets a ParseError with its line
 * number and the offending token.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { InputError, ParseError } from "../core/errors.ts";
import type { CsrMatrix } from "./csrMatrix.ts";

export interface LabelledData {
  readonly A: CsrMatrix;
  /** Labels in {−1, +1}. */
  readonly y: Float64Array;
  /** The label convention found in the file. */
  readonly labelSet: "-1/+1" | "0/1" | "1/2";
  readonly source: string;
}

const LABEL_SETS = [
  { name: "-1/+1", values: [-1, 1], map: (v: number) => v },
  { name: "0/1", values: [0, 1], map: (v: number) => (v === 0 ? -1 : 1) },
  { name: "1/2", values: [1, 2], map: (v: number) => (v === 1 ? -1 : 1) },
] as const;

export interface LibsvmOptions {
  /** Number of features; indices beyond it are an error. Default: the largest index met. */
  readonly features?: number;
  /** Name of the source, for messages. */
  readonly source?: string;
}

/** Accumulates samples line by line into CSR arrays; `finish` normalises labels and builds the matrix. */
class LibsvmBuilder {
  private readonly rowPtr: number[] = [0];
  private readonly colIdx: number[] = [];
  private readonly values: number[] = [];
  private readonly labels: number[] = [];
  private readonly labelLines: number[] = [];
  private maxIndex = 0;

  constructor(
    private readonly source: string,
    private readonly features?: number,
  ) {}

  addLine(raw: string, lineNo: number): void {
    const param = this.source;
    let line = raw;
    const hash = line.indexOf("#");
    if (hash >= 0) line = line.slice(0, hash);
    line = line.trim();
    if (line === "") return;
    const tokens = line.split(/\s+/);
    const label = Number(tokens[0]);
    if (!Number.isFinite(label)) throw new ParseError(param, tokens[0], "a numeric label first", lineNo);
    let prev = 0;
    for (let t = 1; t < tokens.length; t++) {
      const tok = tokens[t];
      const colon = tok.indexOf(":");
      const idxText = colon > 0 ? tok.slice(0, colon) : "";
      const index = /^[0-9]+$/.test(idxText) ? Number(idxText) : NaN;
      const value = colon > 0 && colon < tok.length - 1 ? Number(tok.slice(colon + 1)) : NaN;
      if (!Number.isInteger(index) || index < 1) throw new ParseError(param, tok, "index:value with a 1-based integer index", lineNo);
      if (index <= prev) throw new ParseError(param, tok, `indices strictly increasing (previous index ${prev})`, lineNo);
      if (!Number.isFinite(value)) throw new ParseError(param, tok, "index:value with a finite value", lineNo);
      if (this.features !== undefined && index > this.features) throw new ParseError(param, tok, `an index ≤ ${this.features} (the number of features)`, lineNo);
      prev = index;
      if (value !== 0) {
        this.colIdx.push(index - 1);
        this.values.push(value);
      }
    }
    this.maxIndex = Math.max(this.maxIndex, prev);
    this.labels.push(label);
    this.labelLines.push(lineNo);
    this.rowPtr.push(this.colIdx.length);
  }

  finish(): LabelledData {
    const { labels, source: param } = this;
    if (labels.length === 0) throw new ParseError(param, "(no samples)", "at least one sample line");
    const distinct = new Set(labels);
    const set = LABEL_SETS.find((s) => [...distinct].every((v) => (s.values as readonly number[]).includes(v)));
    if (!set) {
      const firstBad = labels.findIndex((v) => !LABEL_SETS.some((s) => (s.values as readonly number[]).includes(v)));
      const at = firstBad >= 0 ? firstBad : labels.length - 1;
      throw new ParseError(param, labels[at], `labels from one of {−1,+1}, {0,1}, {1,2} (found ${[...distinct].sort((a, b) => a - b).join(", ")})`, this.labelLines[at]);
    }
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

export function parseLibsvm(text: string, options: LibsvmOptions = {}): LabelledData {
  const builder = new LibsvmBuilder(options.source ?? "libsvm text", options.features);
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    builder.addLine(text.slice(start, end), ++lineNo);
    start = end + 1;
  }
  return builder.finish();
}

/** Bytes read at a time: the file is streamed, never held whole in memory as text. */
const CHUNK_BYTES = 1 << 20;

/** Reads a LIBSVM file in chunks of CHUNK_BYTES. A missing file is an InputError naming the path. */
export function readLibsvm(path: string, options: Omit<LibsvmOptions, "source"> = {}): LabelledData {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new InputError("path", path, "a readable LIBSVM file", (error as Error).message);
  }
  const builder = new LibsvmBuilder(path, options.features);
  const decoder = new TextDecoder("utf-8");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let carry = "";
  let lineNo = 0;
  try {
    for (;;) {
      const got = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const text = carry + decoder.decode(buffer.subarray(0, got), { stream: got > 0 });
      let start = 0;
      let end = text.indexOf("\n", start);
      while (end >= 0) {
        builder.addLine(text.slice(start, end), ++lineNo);
        start = end + 1;
        end = text.indexOf("\n", start);
      }
      carry = text.slice(start);
      if (got === 0) break;
    }
    if (carry !== "") builder.addLine(carry, ++lineNo);
  } finally {
    closeSync(fd);
  }
  return builder.finish();
}
