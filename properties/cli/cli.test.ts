/**
 * The `signcheck` command end to end, as a user runs it: real processes, real files. Exit statuses:
 * 0 all verdicts match, 1 a mismatch (or a reproduced violation on replay), 2 usage/input errors.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runCli } from "signcheck/internal";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");

function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-cli-"));
const claim = (id: string, body = "check: (x: number) => ({ lhs: x, rhs: 10 })", instances = "fc.integer({ min: 0, max: 10 })") =>
  `defineClaim({ id: ${JSON.stringify(id)}, kind: "inequality", title: "t", source: { paper: ${JSON.stringify(id.split("/")[0])}, item: "cli test" }, hypotheses: [], instances: ${instances}, ${body} })`;

describe("signcheck audit", () => {
  test("audits the built-in claims, prints one line per claim, writes audit.json and audit.md", () => {
    const out = tmp();
    const r = run(["audit", "--budget", "quick", "--seed", "5", "--only", "seedfinal/signsgd-hp*", "--out", out, "--json", join(out, "copy.json")]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/seedfinal\/signsgd-hp\s+holds/);
    expect(r.stdout).toMatch(/seedfinal\/signsgd-hp-delta-near-1\s+violated/);
    expect(r.stdout).toMatch(/replay: npx signcheck replay seedfinal\/signsgd-hp-delta-near-1 --seed 5 --path [\d:]+ --budget quick$/m);
    const json = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
    expect(json).toMatchObject({
      tool: "signcheck",
      seed: 5,
      budget: "quick",
      createdWith: "signcheck audit --budget quick --seed 5 --only 'seedfinal/signsgd-hp*'",
    });
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

  test("without --seed it draws a fresh seed and prints it; without --out it writes ./signcheck-reports", () => {
    const cwd = tmp();
    const r = run(["audit", "--budget", "quick", "--only", "seed/eq4-sign-mismatch"], cwd);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 claim, budget quick, seed \d+ \(fresh; pass --seed to reproduce\)/);
    expect(existsSync(join(cwd, "signcheck-reports/audit.json"))).toBe(true);
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

  test("a claims module outside the repository, with no dependency on signcheck: audited in place, never into the package's reports/", () => {
    const dir = tmp();
    copyFileSync(join(ROOT, "examples/my-claims.ts"), join(dir, "my-claims.ts"));
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    const committed = statSync(join(ROOT, "reports/audit.json")).mtimeMs;
    const r = run(["audit", "my-claims.ts", "--budget", "quick", "--seed", "3"], dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/mynotes\/sign-step-descent\s+holds/);
    expect(existsSync(join(dir, "signcheck-reports/audit.json"))).toBe(true);
    expect(statSync(join(ROOT, "reports/audit.json")).mtimeMs).toBe(committed);
    // from inside the clone too, without --out: the default folder is not reports/
    const inside = run(["audit", join(dir, "my-claims.ts"), "--budget", "quick", "--seed", "3", "--only", "mynotes/sign-step-descent", "--quiet"], dir);
    expect(inside.status).toBe(0);
    expect(statSync(join(ROOT, "reports/audit.json")).mtimeMs).toBe(committed);
  });

  test("claims modules import helper files of every kind, and signcheck, from a folder with no dependency on it", () => {
    const dir = tmp();
    const cases: Record<string, { claims: string; helper: [string, string]; pkg?: string }> = {
      "ts-esm": { claims: "./helper.ts", helper: ["helper.ts", 'import { fc } from "signcheck";\nexport const ints = fc.integer({ min: 0, max: 10 });'] },
      "ts-no-extension": { claims: "./helper", helper: ["helper.ts", 'import { fc } from "signcheck";\nexport const ints = fc.integer({ min: 0, max: 10 });'] },
      "ts-js-specifier": {
        claims: "./helper.js",
        helper: ["helper.ts", 'import { fc } from "signcheck";\nexport const ints: ReturnType<typeof fc.nat> = fc.integer({ min: 0, max: 10 });'],
      },
      "js-esm": { claims: "./helper.js", helper: ["helper.js", 'import { fc } from "signcheck";\nexport const ints = fc.integer({ min: 0, max: 10 });'] },
      "js-commonjs": {
        claims: "./helper.js",
        helper: ["helper.js", 'const { fc } = require("signcheck");\nmodule.exports = { ints: fc.integer({ min: 0, max: 10 }) };'],
      },
      cjs: {
        claims: "./helper.cjs",
        helper: ["helper.cjs", 'const { fc } = require("signcheck");\nmodule.exports = { ints: fc.integer({ min: 0, max: 10 }) };'],
      },
      cts: {
        claims: "./helper.cts",
        helper: ["helper.cts", 'const { fc } = require("signcheck");\nconst max: number = 10;\nmodule.exports = { ints: fc.integer({ min: 0, max }) };'],
      },
      mts: {
        claims: "./helper.mts",
        helper: ["helper.mts", 'import { fc } from "signcheck";\nconst max: number = 10;\nexport const ints = fc.integer({ min: 0, max });'],
      },
      "top-level-await-import-meta": {
        claims: "./helper.ts",
        helper: [
          "helper.ts",
          'import { fc } from "signcheck";\nconst here = new URL(".", import.meta.url);\nconst max = await Promise.resolve(here.protocol === "file:" ? 10 : 0);\nexport const ints = fc.integer({ min: 0, max });',
        ],
      },
      "type-commonjs": {
        claims: "./helper.ts",
        helper: ["helper.ts", 'import { fc } from "signcheck";\nexport const ints = fc.integer({ min: 0, max: 10 });'],
        pkg: '{ "type": "commonjs" }',
      },
      "type-module": {
        claims: "./helper.ts",
        helper: ["helper.ts", 'import { fc } from "signcheck";\nexport const ints = fc.integer({ min: 0, max: 10 });'],
        pkg: '{ "type": "module" }',
      },
    };
    const modules: string[] = [];
    for (const [name, c] of Object.entries(cases)) {
      mkdirSync(join(dir, name));
      if (c.pkg) writeFileSync(join(dir, name, "package.json"), c.pkg);
      writeFileSync(join(dir, name, c.helper[0]), c.helper[1]);
      writeFileSync(
        join(dir, name, "claims.ts"),
        `import { defineClaim } from "signcheck";\nimport { ints } from "${c.claims}";\nexport const c = ${claim(`signcheck/helper-${name}`, undefined, "ints")};\n`,
      );
      modules.push(join(name, "claims.ts"));
    }
    mkdirSync(join(dir, "commonjs-module"));
    writeFileSync(
      join(dir, "commonjs-module/claims.cjs"),
      `const { defineClaim, fc } = require("signcheck");\nmodule.exports = { c: ${claim("signcheck/helper-commonjs-module").replace(": (x: number)", ": (x)")} };\n`,
    );
    modules.push("commonjs-module/claims.cjs");
    const other = tmp(); // run from another folder: module paths are relative to where the command runs
    const r = run(["audit", ...modules.map((m) => join(dir, m)), "--budget", "quick", "--seed", "1", "--out", join(other, "out")], other);
    expect(r.stderr).toBe("");
    expect(r.status, r.stdout).toBe(0);
    for (const name of [...Object.keys(cases), "commonjs-module"]) expect(r.stdout).toMatch(new RegExp(`signcheck/helper-${name}\\s+holds`));
  });

  test("a mismatch exits 1; a claim whose code throws is reported, escaped, and exits 2 while the others still run", () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "claims.ts"),
      `import { defineClaim, fc } from "signcheck";
export const wrong = ${claim("signcheck/wrong", 'check: (x: number) => ({ lhs: x, rhs: 5 }), expected: { verdict: "holds", reason: "it is not" }')};
export const throws = ${claim("signcheck/throws", 'check: (x: number) => { if (x > 3) throw new Error("boom at " + x + "\\n ✓ forged line \\u001b[2J\\u001b]0;title\\u0007"); return { lhs: 0, rhs: 1 }; }')};
`,
    );
    const mismatch = run(["audit", join(dir, "claims.ts"), "--only", "signcheck/wrong", "--budget", "quick", "--seed", "1", "--out", join(dir, "r1")], dir);
    expect(mismatch.status).toBe(1);
    expect(mismatch.stdout).toMatch(/signcheck\/wrong\s+violated/);
    expect(mismatch.stdout).toMatch(/replay: npx signcheck replay signcheck\/wrong \S+claims.ts --seed 1 --path [\d:]+ --budget quick$/m);
    const both = run(["audit", join(dir, "claims.ts"), "--budget", "quick", "--seed", "1", "--out", join(dir, "r2")], dir);
    expect(both.status).toBe(2);
    expect(both.stdout).toMatch(/signcheck\/throws\s+error/);
    expect(both.stdout).toContain("boom at 4\\n ✓ forged line \\u001b[2J\\u001b]0;title\\u0007; input: 4");
    expect(both.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(both.stdout.split("\n").filter((l) => l.includes("forged line"))).toHaveLength(2);
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
    const status = await runCli(
      args as string[],
      () => {},
      (s) => err.push(s),
    );
    expect(status).toBe(2);
    expect(err.join("\n")).toMatch(message);
    expect(err).toHaveLength(1);
  });
});

const SHARED_MUSHROOMS = join(ROOT, "../shared/datasets/mushrooms.libsvm");

test.runIf(existsSync(SHARED_MUSHROOMS))(
  "--data NAME=PATH comes first in the look-up, and the replay line repeats it (here with the shared folder switched off)",
  () => {
    const env = { SIGNCHECK_NO_SHARED: "1", SIGNCHECK_DATA_DIR: tmp(), SIGNCHECK_CACHE_DIR: tmp() };
    const r = run(
      ["audit", "--data", `mushrooms=${SHARED_MUSHROOMS}`, "--only", "seed/logistic-l0l1-dataset-ridge", "--budget", "quick", "--seed", "1", "--out", tmp()],
      ROOT,
      env,
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/seed\/logistic-l0l1-dataset-ridge\s+violated/);
    const replay = /replay: npx signcheck (replay .*)$/m.exec(r.stdout)?.[1];
    expect(replay).toContain(`--data mushrooms=${SHARED_MUSHROOMS}`);
    const again = spawnSync("sh", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${replay}`], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    expect(again.status, again.stdout + again.stderr).toBe(1);
  },
);

describe("bad input in a claims module: one line naming the file and the place, exit 2, never a stack trace", () => {
  const dir = tmp();
  const files: Record<string, string> = {
    "empty.ts": "export const x = 1;\n",
    "syntax.ts": 'import { defineClaim } from "signcheck";\nexport const c = {\n  id: "a",,\n};\n',
    "syntax.js": "export const x = 1;\nconst y = (;\n",
    "uses-broken-helper.ts": 'import { x } from "./broken-helper.js";\nexport const y = x;\n',
    "broken-helper.js": "export const x = 1;\nexport const z = [1, 2;\n",
    "throws.ts": 'import { fc } from "signcheck";\n\nfunction load() {\n  throw new Error("no data\\u001b[31m here");\n}\nexport const z = load();\n',
    "shadows.ts": `import { defineClaim, fc } from "signcheck";\nexport const c = ${claim("seed/lemma1-eq1")};\n`,
    "declares-shadow.ts": `import { defineClaim, fc } from "signcheck";\nexport const shadowsBuiltins = ["seed/lemma1-eq1"];\nexport const c = ${claim("seed/lemma1-eq1")};\n`,
    "declares-unknown-shadow.ts": `import { defineClaim, fc } from "signcheck";\nexport const shadowsBuiltins = ["seed/no-such-claim"];\nexport const c = ${claim("signcheck/fine")};\n`,
    "fine.ts": `import { defineClaim, fc } from "signcheck";\nexport const c = ${claim("signcheck/fine")};\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, "folder.ts"));
  test.each([
    [["audit", "no/such/module.ts"], /module = "no\/such\/module.ts" is not accepted: expected an existing .ts or .js file/],
    [["audit", "folder.ts"], /module = "folder.ts" is not accepted: expected an existing .ts or .js file \(it is not a regular file\)/],
    [["audit", "empty.ts"], /exporting at least one claim/],
    [
      ["audit", "syntax.ts"],
      /module = "syntax.ts" is not accepted: expected a module that loads \(syntax error at syntax.ts:3:10: Expected identifier but found ","\)/,
    ],
    [["list", "syntax.js"], /syntax error at syntax.js:2:12: Unexpected token ';'/],
    [["list", "uses-broken-helper.ts"], /module = "uses-broken-helper.ts" .*syntax error at broken-helper.js:2:23: Unexpected token ';'/],
    [["audit", "throws.ts"], /module = "throws.ts" is not accepted: expected a module that loads \(Error thrown at throws.ts:4:9: no data\\u001b\[31m here\)/],
    [
      ["audit", "shadows.ts"],
      /claim id = "seed\/lemma1-eq1" is not accepted: expected an id no built-in claim has \(shadows.ts defines it too; rename the claim, or export const shadowsBuiltins = \["seed\/lemma1-eq1"\]/,
    ],
    [
      ["list", "declares-unknown-shadow.ts"],
      /shadowsBuiltins of declares-unknown-shadow.ts = "seed\/no-such-claim" is not accepted: expected the id of a built-in claim/,
    ],
    [
      ["audit", "fine.ts", "--out", join(ROOT, "reports")],
      /--out = ".*reports" is not accepted: expected a folder other than the package's committed reports\/ when auditing your own modules/,
    ],
    [["replay", "signcheck/fine", "fine.ts", "--seed", "1", "--path", "0:x"], /--path = "0:x" is not accepted/],
    [
      ["replay", "signcheck/fien", "fine.ts", "--seed", "1", "--path", "0"],
      /id = "signcheck\/fien" is not accepted: expected the id of a claim of fine.ts \(did you mean "signcheck\/fine"\?\)/,
    ],
    [["replay", "signcheck/fine", "fine.ts", "--seed", "1"], /exactly one of --path and --instance/],
  ])("%j", (args, message) => {
    const r = run(args as string[], dir);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toMatch(/\u001b/);
    expect(r.stdout).toBe("");
  });

  test("a module that says so audits its own claim under a built-in id", () => {
    const r = run(["list", "declares-shadow.ts"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^seed\/lemma1-eq1\s+inequality\s+seed, cli test — t$/m);
  });
});

describe("pipes and terminals", () => {
  /** Runs the command with its standard output closed by the reader before anything is written. */
  function closedPipe(args: string[]): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      p.stdout.destroy();
      let stderr = "";
      p.stderr.on("data", (d) => (stderr += d));
      p.on("close", (status) => resolve({ status, stderr }));
    });
  }

  test.each([[["list"]], [["audit", "--budget", "quick", "--seed", "1", "--only", "seed/eq4-sign-mismatch", "--out", tmp()]], [["list", "--json"]]])(
    "`signcheck %j | head`: the reader goes away, the command ends quietly with status 0",
    async (args) => {
      const r = await closedPipe(args as string[]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    },
  );

  const script = spawnSync("sh", ["-c", "command -v script"]).status === 0;
  /** Runs the command under a pseudo-terminal (util-linux `script`), so stderr is a TTY. */
  function onTerminal(args: string[], env: Record<string, string>) {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ");
    const { CI: _ci, ...rest } = process.env;
    return spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8", env: { ...rest, TERM: "xterm", COLUMNS: "120", ...env } });
  }
  const audit = ["audit", "--budget", "quick", "--seed", "1", "--only", "seed/eq4-sign-mismatch,bernstein19/gauss-sign-bound", "--out", tmp()];

  test.runIf(script)("on a terminal the audit draws a progress bar with the time left", () => {
    const r = onTerminal(audit, {});
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/\d\/2 claims \| .* spent, (~.* left|time left: estimating)/);
    expect(r.stdout).toMatch(/seed\/eq4-sign-mismatch\s+holds/);
  });

  test.runIf(script).each([
    [{ TERM: "dumb" }, []],
    [{ CI: "true" }, []],
    [{}, ["--quiet"]],
  ])("no bar with %j %j", (env, extra) => {
    const r = onTerminal([...audit, ...(extra as string[])], env as Record<string, string>);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).not.toMatch(/claims \|/);
  });
});
