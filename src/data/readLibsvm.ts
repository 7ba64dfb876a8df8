/**
 * LIBSVM / svmlight text reader: one sample a line, `<label> <index>:<value> …`, indices 1-based
 * and strictly increasing, an optional `# comment` at the end of a line. Lines are scanned one at a
 * time into a CSR matrix (no per-line objects are kept). Labels are normalised to ±1 from the
 * conventions of the LIBSVM collection: {−1, +1} as is, {0, 1} with 0 → −1, {1, 2} with 1 → −1 and
 * 2 → +1 (mushrooms: 1 = poisonous, 2 = edible). A malformed line gets a ParseError with its line
 * number and the offending token.
 */
import { readFileSync } from "node:fs";
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

export function parseLibsvm(text: string, options: LibsvmOptions = {}): LabelledData {
  const source = options.source ?? "libsvm text";
  const param = `${source}`;
  const rowPtr: number[] = [0];
  const colIdx: number[] = [];
  const values: number[] = [];
  const labels: number[] = [];
  const labelLines: number[] = [];
  let maxIndex = 0;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    start = end + 1;
    const hash = line.indexOf("#");
    if (hash >= 0) line = line.slice(0, hash);
    line = line.trim();
    if (line === "") continue;
    const tokens = line.split(/\s+/);
    const label = Number(tokens[0]);
    if (!Number.isFinite(label) || tokens[0] === "") throw new ParseError(param, tokens[0], "a numeric label first", lineNo);
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
      if (options.features !== undefined && index > options.features) throw new ParseError(param, tok, `an index ≤ ${options.features} (the number of features)`, lineNo);
      prev = index;
      if (value !== 0) {
        colIdx.push(index - 1);
        values.push(value);
      }
    }
    maxIndex = Math.max(maxIndex, prev);
    labels.push(label);
    labelLines.push(lineNo);
    rowPtr.push(colIdx.length);
  }
  if (labels.length === 0) throw new ParseError(param, "(no samples)", "at least one sample line");
  const distinct = new Set(labels);
  const set = LABEL_SETS.find((s) => [...distinct].every((v) => (s.values as readonly number[]).includes(v)));
  if (!set) {
    const firstBad = labels.findIndex((v) => !LABEL_SETS.some((s) => (s.values as readonly number[]).includes(v)));
    const at = firstBad >= 0 ? firstBad : labels.length - 1;
    throw new ParseError(param, labels[at], `labels from one of {−1,+1}, {0,1}, {1,2} (found ${[...distinct].sort((a, b) => a - b).join(", ")})`, labelLines[at]);
  }
  const cols = options.features ?? maxIndex;
  if (cols < 1) throw new InputError(param, "no features", "at least one feature index");
  return {
    A: { rows: labels.length, cols, rowPtr: Int32Array.from(rowPtr), colIdx: Int32Array.from(colIdx), values: Float64Array.from(values) },
    y: Float64Array.from(labels, set.map),
    labelSet: set.name,
    source,
  };
}

/** Reads a LIBSVM file. A missing file is an InputError naming the path. */
export function readLibsvm(path: string, options: Omit<LibsvmOptions, "source"> = {}): LabelledData {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError("path", path, "a readable LIBSVM file", (error as Error).message);
  }
  return parseLibsvm(text, { ...options, source: path });
}
