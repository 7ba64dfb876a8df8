/**
 * The CLI's options through `runCli`, in process, on a small claim list standing in for the built-ins: every bad
 * option is refused with one line and exit 2 before any claim runs; `--only` takes exact ids and globs and each
 * pattern must select something; `--json -` puts the JSON alone on standard output; `--quiet`; `list --json`; no
 * arguments print the usage and exit 2.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { defineClaim, fc, runCli, type Claim } from "signcheck/internal";

const source = { paper: "signcheck", item: "options test" };
const inequality = (id: string, rhs: number, expected?: "holds" | "violated") =>
  defineClaim({
    id,
    kind: "inequality",
    title: `x ≤ ${rhs}`,
    source,
    hypotheses: [],
    instances: fc.integer({ min: 0, max: 10 }),
    check: (x: number) => ({ lhs: x, rhs }),
    ...(expected ? { expected: { verdict: expected, reason: "by construction" } } : {}),
  });
const CLAIMS: Claim[] = [
  inequality("signcheck/lemma1-eq1", 10, "holds"),
  inequality("signcheck/lemma1-eq1-sharp", 10, "holds"),
  inequality("signcheck/lemma1-eq2", 10, "holds"),
  inequality("signcheck/eq4-sign-mismatch", 5, "violated"),
];
const builtins = async () => CLAIMS;
const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-options-"));

async function cli(args: string[], claims: Claim[] = CLAIMS) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
    { builtins: async () => claims },
  );
  return { status, out: out.join("\n"), err: err.join("\n") };
}

const audit = (...args: string[]) => ["audit", "--budget", "quick", "--seed", "1", "--out", tmp(), ...args];

describe("bad options: one line, exit 2, nothing audited", () => {
  const dir = tmp();
  const file = join(dir, "a-file");
  writeFileSync(file, "not a folder");
  test.each([
    [["audit", "--frobnicate"], /unknown option '--frobnicate'/],
    [["audit", "--budget", "huge"], /'huge' is invalid. Allowed choices are quick, standard, thorough/],
    [["audit", "--seed", "1.5"], /seed must be a non-negative integer/],
    [["audit", "--seed", "99999999999999999999"], /seed must be a non-negative integer ≤ 9007199254740991/],
    [
      audit("--only", "nothing-matches-this"),
      /--only = "nothing-matches-this" is not accepted: expected comma-separated claim ids or globs .*`signcheck list` shows every id/,
    ],
    [audit("--only", ""), /--only = "" is not accepted: .*\(an empty pattern selects nothing\)/],
    [audit("--only", "signcheck/lemma1-eq1,"), /--only = "signcheck\/lemma1-eq1," is not accepted: .*\(an empty pattern selects nothing\)/],
    [audit("--only", "lemma1-eq1"), /--only = "lemma1-eq1" is not accepted: .*did you mean "signcheck\/lemma1-eq1"\?/],
    [
      audit("--only", "signcheck/lemma1-eq1,signcheck/lemma1-eq3"),
      /--only = "signcheck\/lemma1-eq3" is not accepted: .*did you mean "signcheck\/lemma1-eq1" or "signcheck\/lemma1-eq2"\?/,
    ],
    [audit("--only", "signchek/*"), /did you mean "signcheck\/\*"\?/],
    [audit("--only", "SIGNCHECK/*"), /--only = "SIGNCHECK\/\*" is not accepted/],
    [["audit", "--out", file], /--out = ".*a-file" is not accepted: expected a folder \(existing, or one signcheck creates\) \(it is a file\)/],
    [["audit", "--out", join(file, "sub")], /--out = ".*a-file\/sub" is not accepted: expected a folder signcheck can create and write to \(ENOTDIR/],
    [
      ["audit", "--out", "/proc/signcheck-cannot-be-here"],
      /--out = "\/proc\/signcheck-cannot-be-here" is not accepted: expected a folder signcheck can create and write to \(ENOENT/,
    ],
    [["audit", "--out", tmp(), "--json", dir], /--json = ".*" is not accepted: expected a regular file, or - for standard output \(it is a folder\)/],
    [
      ["audit", "--out", tmp(), "--json", "/proc/signcheck-x/audit.json"],
      /--json = "\/proc\/signcheck-x\/audit.json" is not accepted: expected a folder signcheck can create and write to/,
    ],
    [
      ["audit", "--out", tmp(), "--json", "/dev/null"],
      /--json = "\/dev\/null" is not accepted: expected a regular file, or - for standard output \(it is not a regular file\)/,
    ],
    [["audit", "--data", "mushrooms"], /expected NAME=PATH/],
    [["audit", "--data", "mushrooms="], /expected NAME=PATH/],
    [["audit", "--data", "mushrooms=/a", "--data", "mushrooms=/b"], /data set mushrooms is given twice/],
    [["audit", "--data", "mushrooms=/no/such/file.libsvm"], /--data = "mushrooms=\/no\/such\/file.libsvm" is not accepted: expected an existing LIBSVM file/],
    [["replay", "signcheck/lemma1-eq1", "--seed", "1"], /exactly one of --path and --instance/],
    [
      ["replay", "signcheck/lemma1-eq", "--seed", "1", "--path", "0"],
      /id = "signcheck\/lemma1-eq" is not accepted: expected the id of a built-in claim \(see `signcheck list`\) \(did you mean "signcheck\/lemma1-eq1"/,
    ],
    [["frob"], /unknown command 'frob'/],
    [["adit"], /unknown command 'adit'.*Did you mean audit\?/],
  ])("%j", async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.status, r.err).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).not.toMatch(/audit: \d+ claim/);
  });

  test("no arguments: the usage on standard error, exit 2", async () => {
    const r = await cli([]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^usage: signcheck <command>/);
    expect(r.out).toBe("");
  });

  test("--help and --version exit 0", async () => {
    expect((await cli(["--help"])).status).toBe(0);
    expect((await cli(["audit", "--help"])).status).toBe(0);
    expect((await cli(["--version"])).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("--only", () => {
  const ids = async (only: string) => {
    const r = await cli(audit("--only", only, "--json", "-"));
    return (JSON.parse(r.out).claims as { id: string }[]).map((c) => c.id);
  };
  test("an exact id selects that claim alone (not the ids it prefixes)", async () => {
    expect(await ids("signcheck/lemma1-eq1")).toEqual(["signcheck/lemma1-eq1"]);
  });
  test("globs and lists, in the claims' own order, each claim once", async () => {
    expect(await ids("signcheck/lemma1-eq1*")).toEqual(["signcheck/lemma1-eq1", "signcheck/lemma1-eq1-sharp"]);
    expect(await ids("*eq4*, signcheck/lemma1-*")).toEqual([
      "signcheck/lemma1-eq1",
      "signcheck/lemma1-eq1-sharp",
      "signcheck/lemma1-eq2",
      "signcheck/eq4-sign-mismatch",
    ]);
    expect(await ids(`${"*".repeat(40)}sharp`)).toEqual(["signcheck/lemma1-eq1-sharp"]);
  });
});

describe("output", () => {
  test("--json - writes the audit JSON alone on standard output and the human lines on standard error", async () => {
    const r = await cli(audit("--json", "-"));
    expect(r.status).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ tool: "signcheck", seed: 1, budget: "quick" });
    expect(json.claims).toHaveLength(4);
    expect(r.err).toMatch(/audit: 4 claims, budget quick, seed 1/);
    expect(r.err).toMatch(/signcheck\/eq4-sign-mismatch\s+violated/);
    expect(r.err).toContain("every verdict matches its expectation");
  });

  test("--quiet prints nothing when every verdict matches, and only what needs attention when one does not", async () => {
    const quietOk = await cli(audit("--quiet"));
    expect(quietOk).toEqual({ status: 0, out: "", err: "" });
    const mismatching = [...CLAIMS, inequality("signcheck/wrong", 5, "holds")];
    const r = await cli(audit("--quiet"), mismatching);
    expect(r.status).toBe(1);
    expect(r.out.split("\n")).toEqual([
      expect.stringMatching(/^\*✗ signcheck\/wrong\s+violated/),
      expect.stringMatching(/^ {4}replay: npx signcheck replay signcheck\/wrong --seed 1 --path [\d:]+ --budget quick$/),
      "verdicts not matching their expectation: signcheck/wrong",
    ]);
  });

  test("list --json prints every claim as data", async () => {
    const r = await cli(["list", "--json"]);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.out);
    expect(list.map((c: { id: string }) => c.id)).toEqual(CLAIMS.map((c) => c.id));
    expect(list[0]).toMatchObject({ kind: "inequality", title: "x ≤ 10", source, hypotheses: [], module: null });
    expect(list[0].expected).toMatchObject({ verdict: "holds" });
  });

  test("the report says how it was made, with the selection quoted for a shell", async () => {
    const r = await cli(audit("--only", "signcheck/lemma1-*", "--json", "-"));
    expect(JSON.parse(r.out).createdWith).toBe("signcheck audit --budget quick --seed 1 --only 'signcheck/lemma1-*'");
  });
});

test("the built-in claim list stands in for theorems/ here", async () => {
  expect((await builtins()).length).toBe(4);
});
