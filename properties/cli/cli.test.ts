/**
 * The `signcheck` command end to end, as a user runs it: real processes, real files. Exit statuses:
 * 0 all verdicts match, 1 a mismatch (or a reproduced violation on replay), 2 usage/input errors.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runCli } from "signcheck";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-cli-"));

describe("signcheck audit", () => {
  test("audits the built-in claims, prints one line per claim, writes audit.json and audit.md", () => {
    const out = tmp();
    const r = run(["audit", "--budget", "quick", "--seed", "5", "--only", "seedfinal/*", "--out", out, "--json", join(out, "copy.json")]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/seedfinal\/signsgd-hp\s+holds/);
    expect(r.stdout).toMatch(/seedfinal\/signsgd-hp-delta-near-1\s+violated/);
    expect(r.stdout).toMatch(/replay: npx signcheck replay seedfinal\/signsgd-hp-delta-near-1 --seed 5 --path "[\d:]+" --budget quick/);
    const json = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
    expect(json).toMatchObject({ tool: "signcheck", seed: 5, budget: "quick" });
    expect(typeof json.version).toBe("string");
    expect(json.familyWiseErrorRate).toBeGreaterThan(0);
    for (const c of json.claims) {
      for (const key of ["id", "title", "source", "kind", "verdict", "expected", "evidence"]) expect(c, key).toHaveProperty(key);
      for (const key of ["instances", "trials", "failures", "seed", "budget"]) expect(c.evidence, key).toHaveProperty(key);
    }
    const violated = json.claims.find((c: { verdict: string }) => c.verdict === "violated");
    expect(violated.evidence.counterexample.instance).toBeDefined();
    expect(violated.evidence.replay).toContain("--path");
    expect(violated.evidence.worst.interval).toHaveProperty("confidence");
    expect(readFileSync(join(out, "audit.md"), "utf8")).toContain("### seedfinal/signsgd-hp-delta-near-1");
    expect(readFileSync(join(out, "copy.json"), "utf8")).toBe(readFileSync(join(out, "audit.json"), "utf8"));
  });

  test("without --seed it draws a fresh seed and prints it", () => {
    const r = run(["audit", "--budget", "quick", "--only", "seed/eq4-sign-mismatch", "--out", tmp()]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/seed \d+ \(fresh; pass --seed to reproduce\)/);
  });

  test("replay reproduces a violation (exit 1) and prints the same counterexample", () => {
    const out = tmp();
    run(["audit", "--budget", "quick", "--seed", "5", "--only", "seedfinal/signsgd-hp-delta-near-1", "--out", out]);
    const json = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
    const cx = json.claims[0].evidence.counterexample;
    const r = run(["replay", "seedfinal/signsgd-hp-delta-near-1", "--seed", "5", "--path", cx.path, "--budget", "quick"]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(JSON.stringify(cx.instance));
    expect(r.stdout).toContain("the violation reproduces");
  });

  test("a claim module outside the repository, with no dependency on signcheck, is audited with no build step", () => {
    const dir = tmp();
    copyFileSync(join(ROOT, "examples/my-claims.ts"), join(dir, "my-claims.ts"));
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    const r = run(["audit", join(dir, "my-claims.ts"), "--budget", "quick", "--seed", "3", "--out", join(dir, "reports")], dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/mynotes\/sign-step-descent\s+holds/);
    expect(existsSync(join(dir, "reports/audit.json"))).toBe(true);
  });

  test("a mismatch exits 1; a claim whose code throws is reported and exits 2 while the others still run", () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "claims.ts"),
      `import { defineClaim, fc } from "signcheck";
const source = { paper: "signcheck", item: "cli test" };
export const wrong = defineClaim({ id: "signcheck/wrong", kind: "inequality", title: "x ≤ 5", source, hypotheses: [],
  instances: fc.integer({ min: 0, max: 10 }), check: (x: number) => ({ lhs: x, rhs: 5 }), expected: { verdict: "holds", reason: "it is not" } });
export const throws = defineClaim({ id: "signcheck/throws", kind: "inequality", title: "throws", source, hypotheses: [],
  instances: fc.integer({ min: 0, max: 10 }), check: (x: number) => { if (x > 3) throw new Error("boom at " + x); return { lhs: 0, rhs: 1 }; } });
`,
    );
    const mismatch = run(["audit", join(dir, "claims.ts"), "--only", "signcheck/wrong", "--budget", "quick", "--seed", "1", "--out", join(dir, "r1")], dir);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stdout).toMatch(/signcheck\/wrong\s+violated/);
    const both = run(["audit", join(dir, "claims.ts"), "--budget", "quick", "--seed", "1", "--out", join(dir, "r2")], dir);
    expect(both.status).toBe(2);
    expect(both.stdout).toMatch(/signcheck\/throws\s+error/);
    expect(both.stdout).toMatch(/boom at 4; input: 4/);
    expect(both.stdout).toMatch(/signcheck\/wrong\s+violated/);
  });
});

describe("signcheck audit --seeds", () => {
  test("audits at several root seeds, prints the verdicts side by side, writes the multi-seed JSON and Markdown", () => {
    const out = tmp();
    const r = run(["audit", "--budget", "quick", "--seeds", "1..2", "--only", "nesterov18/gd-quadratic-iterations-sqrt", "--out", out]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/nesterov18\/gd-quadratic-iterations-sqrt\s+violated\s+violated violated/);
    expect(r.stdout).toContain("every expectation is met at every seed");
    const json = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
    expect(json.seeds).toEqual([1, 2]);
    expect(json.claims[0]).toMatchObject({ id: "nesterov18/gd-quadratic-iterations-sqrt", overall: "violated", matchesEverySeed: true });
    expect(json.audits).toHaveLength(2);
    expect(readFileSync(join(out, "audit.md"), "utf8")).toContain("| seed 1 | seed 2 |");
  });
});

describe("bad values of the multi-seed, time-limit and replay-by-instance options (in process): exit 2, one line", () => {
  test.each([
    [["audit", "--seeds", "1,x"], /--seeds = "1,x" is not accepted/],
    [["audit", "--seeds", "3..1"], /--seeds = "3..1" is not accepted/],
    [["audit", "nothing.ts", "--seed", "1", "--seeds", "2,3"], /one of --seed and --seeds/],
    [["audit", "--time-limit", "0"], /time limit must be a number of seconds > 0/],
    [["replay", "seed/eq4-sign-mismatch", "nothing.ts", "--seed", "1", "--instance", "{nope"], /--instance = "\{nope" is not accepted/],
  ])("%j", async (args, message) => {
    const err: string[] = [];
    const status = await runCli(args as string[], () => {}, (s) => err.push(s));
    expect(status).toBe(2);
    expect(err.join("\n")).toMatch(message);
    expect(err).toHaveLength(1);
  });
});

const SHARED_MUSHROOMS = join(ROOT, "../shared/datasets/mushrooms.libsvm");

test.runIf(existsSync(SHARED_MUSHROOMS))("--data NAME=PATH comes first in the look-up (here with the shared folder switched off)", () => {
  const r = spawnSync(process.execPath, [BIN, "audit", "--data", `mushrooms=${SHARED_MUSHROOMS}`, "--only", "seed/logistic-l0l1-dataset-ridge", "--budget", "quick", "--seed", "1", "--out", tmp()], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, SIGNCHECK_NO_SHARED: "1", SIGNCHECK_DATA_DIR: tmp(), SIGNCHECK_CACHE_DIR: tmp() },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).toMatch(/seed\/logistic-l0l1-dataset-ridge\s+violated/);
});

describe("bad input: one line naming the problem, exit 2, never a stack trace", () => {
  const noClaims = join(tmp(), "empty.ts");
  writeFileSync(noClaims, "export const x = 1;\n");
  test.each([
    [["audit", "--frobnicate"], /unknown option '--frobnicate'/],
    [["audit", "no/such/module.ts"], /module = "no\/such\/module.ts" is not accepted: expected an existing/],
    [["audit", noClaims], /exporting at least one claim/],
    [["audit", "--budget", "huge"], /'huge' is invalid. Allowed choices are quick, standard, thorough/],
    [["audit", "--seed", "1.5"], /seed must be a non-negative integer/],
    [["audit", "--only", "nothing-matches-this"], /--only = "nothing-matches-this" is not accepted/],
    [["replay", "seed/eq4-sign-mismatch", "--seed", "1"], /exactly one of --path and --instance/],
    [["replay", "no/such-claim", "--seed", "1", "--path", "0"], /id = "no\/such-claim" is not accepted/],
    [["frob"], /unknown command 'frob'/],
    [["audit", "--data", "mushrooms=/no/such/file.libsvm", "--only", "seed/logistic-l0l1-dataset"], /--data = "mushrooms=\/no\/such\/file.libsvm" is not accepted: expected an existing LIBSVM file/],
    [["audit", "--data", "mushrooms"], /expected NAME=PATH/],
  ])("%j", (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
