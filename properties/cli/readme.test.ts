/**
 * The README as a user follows it: every code block is an example file verbatim (and the examples run in this suite),
 * every `npx signcheck …` command runs as written in a scratch folder holding the examples (`npx signcheck` is this
 * repository's command here; `npm run test:tarball` runs the same commands against the packed, installed package,
 * together with the install and `npx vitest run` lines), its printed output matches the README's, and the replay line
 * it prints, run verbatim, reproduces the violation. The CLI reference names every option of every command.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "signcheck/internal";
import { BLOCKS, COMMANDS, README, ROOT, linePattern, outputAfter } from "./readmeBlocks.ts";

const BIN = join(ROOT, "bin/signcheck.js");
const EXAMPLES = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".ts"));

/** Commands a test runs, by where: here (npx signcheck), in the tarball test, or in CI (.ci/run). */
const RUN_BY_TARBALL_TEST = ["npm install --save-dev signcheck vitest@4", "npx vitest run"];
const RUN_BY_CI = ["npm ci && npm run audit", "npm test"];
/** `npx signcheck experiment NAME` at its default size takes minutes: the experiments' own test runs every registered one with --smoke. */
const isExperiment = (command: string) => command.startsWith("npx signcheck experiment ");

function scratchWithExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), "signcheck-readme-"));
  for (const f of EXAMPLES) copyFileSync(join(ROOT, "examples", f), join(dir, f));
  return dir;
}

/** Runs a README command line in `cwd` through a shell, `npx signcheck` being this repository's command. */
function sh(command: string, cwd: string) {
  const local = command.replace(/^npx signcheck\b/, `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`);
  const r = spawnSync("sh", ["-c", local], { cwd, encoding: "utf8", env: { ...process.env, CI: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function help(command: string): Promise<string> {
  const lines: string[] = [];
  await runCli(
    [...command.split(" "), "--help"],
    (s) => lines.push(s),
    (s) => lines.push(s),
  );
  return lines.join("\n");
}

describe("README", () => {
  test("every ts block is an example file verbatim (the examples run in this suite)", () => {
    const ts = BLOCKS.filter((b) => b.lang === "ts");
    expect(ts.length).toBeGreaterThanOrEqual(4);
    for (const block of ts) {
      const file = EXAMPLES.find((f) => readFileSync(join(ROOT, "examples", f), "utf8") === block.text);
      expect(file, block.text.split("\n")[0]).toBeDefined();
    }
  });

  test("every command is run by a test: here, by the tarball test, or by CI", () => {
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    for (const { command } of COMMANDS) {
      if (RUN_BY_CI.includes(command)) {
        for (const part of command.split("&&").map((s) => s.trim())) expect(ci, command).toContain(part);
      } else {
        expect(command.startsWith("npx signcheck ") || RUN_BY_TARBALL_TEST.includes(command), command).toBe(true);
      }
    }
    expect(ci).toContain("npm run test:tarball");
  });

  test.each(COMMANDS.filter((c) => c.command.startsWith("npx signcheck ") && !isExperiment(c.command)).map((c) => [c.command, c.block] as const))(
    "`%s` runs as written, prints what the README shows, and a printed replay line reproduces",
    (command, block) => {
      const dir = scratchWithExamples();
      const r = sh(command, dir);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("every verdict matches its expectation");
      const shown = outputAfter(block);
      for (const line of shown?.text.trimEnd().split("\n") ?? []) {
        expect(
          r.stdout.split("\n").some((l) => linePattern(line).test(l)),
          line,
        ).toBe(true);
      }
      for (const line of r.stdout.split("\n").filter((l) => l.trim().startsWith("replay: "))) {
        const replay = line.trim().slice("replay: ".length);
        const again = sh(replay, dir);
        expect(again.status, replay + again.stdout + again.stderr).toBe(1);
        expect(again.stdout).toContain("the violation reproduces");
      }
    },
  );

  test("gives one command for every experiment", async () => {
    const { EXPERIMENTS } = await import("signcheck");
    for (const e of EXPERIMENTS) expect(README).toMatch(new RegExp(`npx signcheck experiment ${e.name}\\s`));
  });

  test.each(["audit", "merge", "list", "replay", "data fetch", "experiment"])("the CLI reference names every option of `%s`", async (command) => {
    const text = await help(command);
    const options = [...text.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== "--help");
    expect(options.length).toBeGreaterThan(0);
    const synopsis = BLOCKS.find((b) => b.lang === "" && b.text.startsWith("signcheck audit"))!.text;
    const line = synopsis.split("\n").find((l) => l.startsWith(`signcheck ${command}`));
    expect(line, command).toBeDefined();
    for (const o of options) expect(line, `${command} ${o}`).toContain(o);
  });

  test("npm run audit uses the seed kept in package.json and writes the committed reports/", () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
    expect(pkg.scripts.audit).toContain("--seed $npm_package_config_auditSeed");
    expect(pkg.scripts.audit).toContain("--budget standard");
    expect(pkg.scripts.audit).toContain("--out reports");
    expect(README).toContain(`signcheck audit --budget standard --seed ${pkg.config.auditSeed} --out reports`);
  });

  test("the version the CLI prints is package.json's", () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
    expect(execFileSync(process.execPath, [BIN, "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
  });
});
