/**
 * The CLI's building blocks: the `--only` glob matcher (against a reference matcher, and with many stars), the
 * "did you mean" suggestions, the escaping of control characters, the one place replay and audit commands are
 * spelled, and when a progress bar is drawn.
 */
import { test as prop } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  auditCommand,
  createProgress,
  didYouMean,
  globMatch,
  printable,
  printableDeep,
  progressShown,
  replayCommand,
  shellQuote,
  suggest,
} from "signcheck/internal";

/** Reference: the textbook dynamic programme over (pattern position, text position); exact, quadratic, fine for short strings. */
function reference(pattern: string, text: string): boolean {
  let row = Array<boolean>(text.length + 1).fill(false);
  row[0] = true;
  for (const p of pattern) {
    const next = Array<boolean>(text.length + 1).fill(false);
    for (let j = 0; j <= text.length; j++) {
      if (p === "*") next[j] = row[j] || (j > 0 && next[j - 1]);
      else next[j] = j > 0 && row[j - 1] && text[j - 1] === p;
    }
    row = next;
  }
  return row[text.length];
}

const alphabet = fc.constantFrom("a", "b", "/", "-", "A");
const word = (max: number) => fc.array(alphabet, { maxLength: max }).map((cs) => cs.join(""));
const pattern = fc.array(fc.oneof(alphabet, fc.constant("*")), { maxLength: 10 }).map((cs) => cs.join(""));

describe("globMatch", () => {
  prop.prop([pattern, word(12)], { numRuns: 2000 })("agrees with the reference matcher", (p, t) => {
    expect(globMatch(p, t)).toBe(reference(p, t));
  });

  prop.prop([word(12)])("a pattern without * matches exactly itself", (t) => {
    expect(globMatch(t, t)).toBe(true);
    expect(globMatch(t, `${t}a`)).toBe(false);
    expect(globMatch(`${t}a`, t)).toBe(false);
  });

  test("is case-sensitive, and * crosses the paper key's slash", () => {
    expect(globMatch("seed/lemma1-eq1", "seed/lemma1-eq1-sharp")).toBe(false);
    expect(globMatch("seed/lemma1-eq1*", "seed/lemma1-eq1-sharp")).toBe(true);
    expect(globMatch("SEED/*", "seed/lemma1-eq1")).toBe(false);
    expect(globMatch("*sharp", "seed/lemma1-eq2-sharp")).toBe(true);
  });

  test("many stars against a long id that almost matches: no backtracking (a regex with 12 stars took over a minute)", () => {
    const id = `seed/${"a".repeat(200)}`;
    const stars = `${"*a".repeat(60)}*b`;
    expect(globMatch(stars, id)).toBe(false);
    expect(reference("*a*a*b", "aaab")).toBe(true);
    expect(globMatch(`${"*a".repeat(60)}*`, id)).toBe(true);
  });
});

describe("suggest", () => {
  const ids = ["seed/lemma1-eq1", "seed/lemma1-eq1-sharp", "seed/eq4-sign-mismatch", "kornilov25/batching-constant-2"];
  test("the id whose item was typed without its paper key", () => {
    expect(suggest("lemma1-eq1", ids)).toEqual(["seed/lemma1-eq1"]);
  });
  test("ids a few edits away, closest first; nothing for something far", () => {
    expect(suggest("seed/lemma1-eq", ids)[0]).toBe("seed/lemma1-eq1");
    expect(suggest("seed/eq4-sing-mismatch", ids)).toEqual(["seed/eq4-sign-mismatch"]);
    expect(suggest("something else entirely", ids)).toEqual([]);
    expect(didYouMean("something else entirely", ids)).toBe("");
    expect(didYouMean("lemma1-eq1", ids)).toBe('did you mean "seed/lemma1-eq1"?');
  });
  test("a very long input gets no suggestion (and costs nothing)", () => {
    expect(suggest("x".repeat(100_000), ids)).toEqual([]);
  });
});

describe("printable", () => {
  test("escapes newlines, terminal escapes, C1 controls and bidi overrides; keeps other text", () => {
    expect(printable("a\nb\tc\rd")).toBe("a\\nb\\tc\\rd");
    expect(printable("\u001b[31mred\u001b[0m")).toBe("\\u001b[31mred\\u001b[0m");
    expect(printable("\u009b2J \u202eevil\u2066")).toBe("\\u009b2J \\u202eevil\\u2066");
    expect(printable("κ ∈ (1, 2], ‖x‖₁ — ok ✓")).toBe("κ ∈ (1, 2], ‖x‖₁ — ok ✓");
  });
  prop.prop([fc.string({ unit: "binary" })])("leaves no control character behind", (s) => {
    expect(printable(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
  test("printableDeep escapes every string of plain data and leaves typed arrays alone", () => {
    const x = new Float64Array([1, 2]);
    const out = printableDeep({ a: "x\ny", b: ["\u001b"], c: { d: 3, x } });
    expect(out).toEqual({ a: "x\\ny", b: ["\\u001b"], c: { d: 3, x } });
    expect(out.c.x).toBe(x);
  });
});

describe("command lines are built in one place", () => {
  test("replay names the module and the data files, quoting only what a shell needs", () => {
    expect(replayCommand({ id: "seed/eq4-sign-mismatch", seed: 5, path: "3:0:1", budget: "quick" })).toBe(
      "npx signcheck replay seed/eq4-sign-mismatch --seed 5 --path 3:0:1 --budget quick",
    );
    expect(
      replayCommand({
        id: "mine/x",
        seed: 1,
        path: "0",
        budget: "standard",
        modules: ["my claims.ts"],
        data: { paths: { mushrooms: "./data/mushrooms.libsvm" }, sha256: { mushrooms: false } },
      }),
    ).toBe(
      "npx signcheck replay mine/x 'my claims.ts' --seed 1 --path 0 --budget standard --data mushrooms=./data/mushrooms.libsvm --data-sha256 mushrooms=none",
    );
  });
  test("audit repeats what changes results (modules, budget, seed, selection, data), not where results go", () => {
    expect(auditCommand({ budget: "quick", seed: 3, modules: ["a.ts"], only: "seed/*", data: { paths: { a9a: "/d/a9a" } } })).toBe(
      "signcheck audit a.ts --budget quick --seed 3 --only 'seed/*' --data a9a=/d/a9a",
    );
    // the command that resumes a run: the run's own, then its shard, folder and --resume
    expect(auditCommand({ budget: "standard", seeds: [1, 2], resume: { out: "my out", shard: { index: 2, count: 3 } } })).toBe(
      "signcheck audit --budget standard --seeds 1,2 --shard 2/3 --out 'my out' --resume",
    );
    expect(auditCommand({ budget: "quick", seed: 4, resume: { out: "o" } })).toBe("signcheck audit --budget quick --seed 4 --out o --resume");
  });
  prop.prop([fc.string()])("a quoted argument reads back as itself in a POSIX shell", (s) => {
    const q = shellQuote(s);
    expect(q.startsWith("'") ? q.slice(1, -1).replaceAll("'\\''", "'") : q).toBe(s);
  });
});

describe("progress", () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  test.each([
    [tty, {}, false, true],
    [pipe, {}, false, false],
    [tty, { TERM: "dumb" }, false, false],
    [tty, { CI: "true" }, false, false],
    [tty, { CI: "1" }, false, false],
    [tty, { CI: "false" }, false, true],
    [tty, { CI: "" }, false, true],
    [tty, {}, true, false],
  ])("a bar on %o with env %o, quiet %s: %s", (stream, env, quiet, shown) => {
    expect(progressShown(stream, env, quiet)).toBe(shown);
  });

  test("on a terminal: a bar with steps and time left, lines printed above it, and nothing left behind", () => {
    const written: string[] = [];
    const stream = Object.assign(Object.create(null), {
      isTTY: true,
      columns: 100,
      write: (s: string) => written.push(s) > 0,
      cursorTo: (_x: number, _y: number | undefined, cb?: () => void) => (cb?.(), true),
      clearLine: (_d: number, cb?: () => void) => (cb?.(), true),
      moveCursor: (_x: number, _y: number, cb?: () => void) => (cb?.(), true),
      on: () => stream,
      removeListener: () => stream,
      getWindowSize: () => [100, 40],
    }) as NodeJS.WriteStream;
    const lines: string[] = [];
    const bar = createProgress({ stream, env: {}, unit: "claims" });
    bar.start(3);
    bar.update(1, "seed/lemma1-eq1");
    bar.log((l) => lines.push(l), "a result line");
    bar.detail("seed/lemma1-eq1: 40 of 300 instances\u001b[2J");
    bar.stop();
    bar.stop();
    const drawn = written.join("");
    expect(drawn).toMatch(/1\/3 claims/);
    expect(drawn).toMatch(/left|estimating/);
    expect(drawn).not.toContain("\u001b[2J");
    expect(lines).toEqual(["a result line"]);
  });

  test("elsewhere: no bar, lines go straight through", () => {
    const lines: string[] = [];
    const bar = createProgress({ stream: { isTTY: false } as NodeJS.WriteStream, env: {} });
    bar.start(2);
    bar.update(1, "x");
    bar.log((l) => lines.push(l), "line");
    bar.stop();
    expect(lines).toEqual(["line"]);
  });
});
