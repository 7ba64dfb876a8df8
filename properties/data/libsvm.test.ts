// The LIBSVM reader: shapes, label conventions, sparse products against dense ones, and typed errors
// with line numbers for malformed files; the data-set look-up order and its MissingDataError.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  InputError,
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
} from "signcheck";

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
    expect([Array.from(a.A.rowPtr), Array.from(a.A.colIdx), Array.from(a.A.values), Array.from(a.y)]).toEqual([Array.from(b.A.rowPtr), Array.from(b.A.colIdx), Array.from(b.A.values), Array.from(b.y)]);
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
    ["1 1:x\n", "line 1", "finite value"],
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
        rows.forEach((r, i) => expect(close(ax[i], r.reduce((s, v, j) => s + v * x[j], 0), TOL.exact)).toBe(true));
        const v = Float64Array.from(rows, (_, i) => i + 1);
        const atv = csrTransposeTimes(A, v);
        for (let j = 0; j < 4; j++) expect(close(atv[j], rows.reduce((s, r, i) => s + r[j] * v[i], 0), TOL.exact)).toBe(true);
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
    expect(locateDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir, SIGNCHECK_CACHE_DIR: cache, SIGNCHECK_NO_SHARED: "1" } })).toBe(join(cache, "mushrooms.libsvm"));
    writeFileSync(join(dataDir, "mushrooms.libsvm"), "1 1:1\n");
    expect(locateDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir, SIGNCHECK_CACHE_DIR: cache } })).toBe(join(dataDir, "mushrooms.libsvm"));
    // A file of the wrong shape is refused when loaded.
    expect(() => loadDataset("mushrooms", { env: { SIGNCHECK_DATA_DIR: dataDir } })).toThrow(/8124 samples/);
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
