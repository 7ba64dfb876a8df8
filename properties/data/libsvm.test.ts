// The LIBSVM reader: shapes, label conventions, sparse products against dense ones, and typed errors
// with line numbers for malformed files and hostile input (huge indices, hex numbers, underflow, bad
// options, long lines, FIFOs and devices); the data-set look-up order and its MissingDataError.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  InputError,
  MAX_LIBSVM_INDEX,
  MissingDataError,
  ParseError,
  TOL,
  close,
  csrFromDense,
  csrTimes,
  csrTransposeTimes,
  loadDataset,
  locateDataset,
  parseLibsvm,
  readLibsvm,
  searchDirs,
  PACKAGE_ROOT,
} from "signcheck/internal";

describe("data/libsvm reader", () => {
  test("reads labels {1,2} → {−1,+1}, 1-based indices, comments and a missing final newline", () => {
    const d = parseLibsvm("1 1:1 3:0.5 # first\n2 2:-2\n\n2 1:1 2:1 3:1");
    expect(d.labelSet).toBe("1/2");
    expect(Array.from(d.y)).toEqual([-1, 1, 1]);
    expect(d.A.rows).toBe(3);
    expect(d.A.cols).toBe(3);
    expect(Array.from(csrTimes(d.A, Float64Array.from([1, 10, 100])))).toEqual([51, -20, 111]);
  });
  test("a file streamed in chunks (here > 1 MiB, CRLF endings, no final newline) reads as its text parses", () => {
    const lines = Array.from({ length: 40000 }, (_, i) => `${i % 3 === 0 ? -1 : 1} ${1 + (i % 7)}:${(i % 5) + 0.25} ${9 + (i % 11)}:1`);
    const text = lines.join("\r\n");
    const path = join(mkdtempSync(join(tmpdir(), "signcheck-read-")), "big.libsvm");
    writeFileSync(path, text);
    const a = readLibsvm(path);
    const b = parseLibsvm(text);
    expect(a.A.rows).toBe(40000);
    expect([Array.from(a.A.rowPtr), Array.from(a.A.colIdx), Array.from(a.A.values), Array.from(a.y)]).toEqual([
      Array.from(b.A.rowPtr),
      Array.from(b.A.colIdx),
      Array.from(b.A.values),
      Array.from(b.y),
    ]);
    expect(() => readLibsvm(join(path, "..", "absent.libsvm"))).toThrow(InputError);
  });
  test("labels {0,1} and {−1,+1} are normalised; other label sets are refused with the line", () => {
    expect(Array.from(parseLibsvm("0 1:1\n1 1:2\n").y)).toEqual([-1, 1]);
    expect(Array.from(parseLibsvm("-1 1:1\n+1 1:2\n").y)).toEqual([-1, 1]);
    expect(() => parseLibsvm("1 1:1\n3 1:2\n")).toThrow(/line 2/);
  });
  test.each([
    ["1 0:1\n", "line 1", "1-based"],
    ["1 1:1\n1 2:1 2:3\n", "line 2", "strictly increasing"],
    ["1 1:1\n1 3:1 2:1\n", "line 2", "strictly increasing"],
    ["1 1:x\n", "line 1", "finite decimal value"],
    ["1 1:1\n-1 a:1\n", "line 2", "1-based"],
    ["one 1:1\n", "line 1", "numeric label"],
    ["1 1:1\n1 5:1\n", "line 2", "≤ 4"],
  ])("malformed %j gets a ParseError at %s", (text, where, what) => {
    let error: unknown;
    try {
      parseLibsvm(text, { features: 4 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toContain(where);
    expect((error as Error).message).toContain(what);
  });
  test("sparse A·x and Aᵀ·v agree with dense products", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const A = csrFromDense(rows);
        const x = Float64Array.from([1, -2, 0.5, 3]);
        const ax = csrTimes(A, x);
        rows.forEach((r, i) =>
          expect(
            close(
              ax[i],
              r.reduce((s, v, j) => s + v * x[j], 0),
              TOL.exact,
            ),
          ).toBe(true),
        );
        const v = Float64Array.from(rows, (_, i) => i + 1);
        const atv = csrTransposeTimes(A, v);
        for (let j = 0; j < 4; j++)
          expect(
            close(
              atv[j],
              rows.reduce((s, r, i) => s + r[j] * v[i], 0),
              TOL.exact,
            ),
          ).toBe(true);
      }),
    );
  });
});

describe("data/look-up", () => {
  const empty = { HOME: mkdtempSync(join(tmpdir(), "signcheck-home-")), SIGNCHECK_NO_SHARED: "1" };
  test("with SIGNCHECK_NO_SHARED=1 and an empty cache, a data set is missing with its fetch command", () => {
    let error: unknown;
    try {
      locateDataset("mushrooms", { env: { ...empty, SIGNCHECK_CACHE_DIR: join(empty.HOME, "cache") } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingDataError);
    expect((error as Error).message).toContain("signcheck data fetch mushrooms");
  });
  test("order: SIGNCHECK_DATA_DIR before the cache before the shared folder (resolved from the package root)", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "signcheck-data-"));
    const cache = mkdtempSync(join(tmpdir(), "signcheck-cache-"));
    const dirs = searchDirs({ SIGNCHECK_DATA_DIR: dataDir, SIGNCHECK_CACHE_DIR: cache });
    expect(dirs).toEqual([dataDir, cache, join(PACKAGE_ROOT, "..", "shared", "datasets")]);
    writeFileSync(join(cache, "mushrooms.libsvm"), "1 1:1\n");
    expect(locateDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir, SIGNCHECK_CACHE_DIR: cache, SIGNCHECK_NO_SHARED: "1" } })).toBe(
      join(cache, "mushrooms.libsvm"),
    );
    writeFileSync(join(dataDir, "mushrooms.libsvm"), "1 1:1\n");
    expect(locateDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir, SIGNCHECK_CACHE_DIR: cache } })).toBe(join(dataDir, "mushrooms.libsvm"));
    // A file of other content is refused by its checksum, naming both; with the check off, by its shape.
    expect(() => loadDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir } })).toThrow(/sha256 of .* expected f39a4eb6/);
    expect(() => loadDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir }, sha256: false })).toThrow(/8124 samples/);
  });
  test("an explicit path that does not exist is an input error; an unknown name too", () => {
    expect(() => locateDataset("mushrooms", { path: "/nonexistent/mushrooms.libsvm" })).toThrow(InputError);
    expect(() => locateDataset("nosuchset")).toThrow(/one of mushrooms, a9a/);
  });
});

describe("data/mushrooms", () => {
  let present = true;
  try {
    locateDataset("mushrooms");
  } catch {
    present = false;
  }
  test.runIf(present)("has the registered shape: 8124 × 112, 21 non-zeros a line, labels 3916 / 4208", () => {
    const d = loadDataset("mushrooms");
    expect([d.A.rows, d.A.cols, d.A.values.length]).toEqual([8124, 112, 170604]);
    expect(d.y.filter((v) => v === -1).length).toBe(3916);
    expect(d.y.filter((v) => v === 1).length).toBe(4208);
  });
});

describe("data/libsvm reader: hostile input gets a typed error, never a wrong number", () => {
  const parseError = (text: string, options = {}) => {
    try {
      parseLibsvm(text, options);
    } catch (e) {
      return e as Error;
    }
    throw new Error(`parsed: ${JSON.stringify(text.slice(0, 60))}`);
  };
  test("indices past 2³¹ − 1 are refused (an Int32Array column would wrap), the largest one is kept exactly", () => {
    for (const index of ["2147483648", "2147483649", "99999999999999999999999", "9".repeat(400)]) {
      const e = parseError(`1 ${index}:1\n`);
      expect(e).toBeInstanceOf(ParseError);
      expect(e.message).toContain(`an index ≤ ${MAX_LIBSVM_INDEX}`);
      expect(e.message).toContain("line 1");
    }
    const d = parseLibsvm(`1 1:1 ${MAX_LIBSVM_INDEX}:2\n`);
    expect([d.A.cols, d.A.colIdx[1]]).toEqual([MAX_LIBSVM_INDEX, MAX_LIBSVM_INDEX - 1]);
  });
  test.each([Number.NaN, 1.5, 0, -1, 2 ** 31, Infinity, "3"])("features = %s is refused, naming the option", (features) => {
    expect(() => parseLibsvm("1 1:1\n", { features: features as number })).toThrow(/features = .* is not accepted: expected an integer in \[1, 2147483647\]/);
    expect(() => readLibsvm("/nonexistent", { features: features as number })).toThrow(/features = /);
  });
  test.each([
    ["0x1 1:1\n", "decimal numeric label"],
    ["1 1:0x10\n", "finite decimal value"],
    ["1 1:1e-400\n", "does not underflow to 0"],
    ["1e-400 1:1\n", "label that does not underflow"],
    ["1 1:Infinity\n", "finite decimal value"],
    ["Infinity 1:1\n", "decimal numeric label"],
    ["1 1:1_000\n", "finite decimal value"],
    ["1 1:0b1\n", "finite decimal value"],
    ["1 0x2:1\n", "decimal integer index"],
    ["1 1:1e400\n", "finite decimal value"],
  ])("%j is refused: %s", (text, what) => {
    const e = parseError(text);
    expect(e).toBeInstanceOf(ParseError);
    expect(e.message).toContain(what);
    expect(e.message).toContain("line 1");
  });
  test("decimal forms are read as written; an explicit zero and a subnormal are kept, not flagged", () => {
    const d = parseLibsvm("+1 1:.5 2:1. 3:-2e3 4:0e-999 5:4.9e-324 6:0.000\n-1 1:1E+2\n");
    expect(Array.from(d.A.values)).toEqual([0.5, 1, -2000, 5e-324, 100]);
    expect(Array.from(d.y)).toEqual([1, -1]);
  });
  test("mixed label sets name the line that breaks every convention (here the third of four)", () => {
    const e = parseError("1 1:1\n2 1:1\n0 1:1\n1 1:1\n");
    expect(e).toBeInstanceOf(ParseError);
    expect(e.message).toContain("line 3");
    expect(e.message).toContain("the labels so far: 0, 1, 2");
    expect(parseError("-1 1:1\n\n# comment\n+1 1:1\n2 1:1\n").message).toContain("line 5");
  });
  test("one line longer than several read chunks (> 2 MiB, 300 000 entries) is read whole and right", () => {
    const n = 300_000;
    const line = `1 ${Array.from({ length: n }, (_, i) => `${i + 1}:${(i % 9) + 1}`).join(" ")}`;
    expect(line.length).toBeGreaterThan(2 * 2 ** 20);
    const path = join(mkdtempSync(join(tmpdir(), "signcheck-long-")), "long.libsvm");
    writeFileSync(path, `${line}\n-1 3:1\n`);
    const d = readLibsvm(path);
    expect([d.A.rows, d.A.cols, d.A.values.length, d.A.rowPtr[1]]).toEqual([2, n, n + 1, n]);
    expect(d.A.values[n - 1]).toBe(((n - 1) % 9) + 1);
    expect(d.bytes).toBe(line.length + 8);
  });
});

describe("data/libsvm reader: only regular files are read", () => {
  const dir = mkdtempSync(join(tmpdir(), "signcheck-special-"));
  const fifo = join(dir, "pipe.libsvm");
  const made = spawnSync("mkfifo", [fifo]).status === 0;
  test.runIf(made)("a FIFO is refused at once (no writer needed, nothing blocks)", () => {
    expect(() => readLibsvm(fifo)).toThrow(
      /path = ".*pipe\.libsvm" is not accepted: expected a readable LIBSVM file \(a regular file\) \(it is a named pipe \(FIFO\)\)/,
    );
  });
  test.runIf(existsSync("/dev/zero"))("/dev/zero is refused as a character device (it would never end)", () => {
    expect(() => readLibsvm("/dev/zero")).toThrow(/it is a character device/);
  });
  test("a folder is refused as a folder, not as EISDIR", () => {
    const e = (() => {
      try {
        readLibsvm(dir);
      } catch (error) {
        return error as Error;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toContain("it is a folder");
  });
});
