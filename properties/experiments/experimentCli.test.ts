/**
 * `signcheck experiment` end to end, as a user runs it: real processes, real files. Every experiment
 * at its smoke size writes a report, self-contained SVGs, raw series and results.json with no path
 * of the machine in any of them; the same seed gives the same files; input errors exit 2 with one
 * line; Ctrl-C (SIGINT to the child) stops it, keeps what is done marked partial and exits 130.
 * The experiments on mushrooms run only where the data set is found (as the audit's data claims).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { EXPERIMENTS, assertSelfContained, locateDataset } from "signcheck/internal";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");
const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-experiment-"));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function hasMushrooms(): boolean {
  try {
    locateDataset("mushrooms");
    return true;
  } catch {
    return false;
  }
}

const SEED = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).config.experimentSeed as number;

describe.each(EXPERIMENTS.map((e) => [e.name, e.datasets] as const))("signcheck experiment %s --smoke", (name, datasets) => {
  test.skipIf(datasets.length > 0 && !hasMushrooms())(
    "writes report.md, self-contained SVGs, raw series and results.json, with no machine path in them",
    () => {
      const out = tmp();
      const r = run(["experiment", name, "--smoke", "--out", out]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/done in \d+(\.\d+)? s; wrote \d+ files/);
      const files = readdirSync(out).sort();
      const json = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
      expect(json).toMatchObject({ tool: "signcheck", experiment: name, seed: SEED, smoke: true, partial: false, timeFields: ["date", "elapsedSeconds"] });
      expect(json.completedUnits).toBe(json.totalUnits);
      expect([...json.files].sort()).toEqual(files);
      expect(json.data.map((d: { name: string }) => d.name)).toEqual(datasets);
      for (const d of json.data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      const svgs = files.filter((f) => f.endsWith(".svg"));
      expect(svgs.length).toBeGreaterThanOrEqual(3);
      expect(files.some((f) => f.endsWith(".csv"))).toBe(true);
      const report = readFileSync(join(out, "report.md"), "utf8");
      expect(report).toContain(`Reproduce: \`signcheck experiment ${name} --smoke\``);
      expect(report).toContain("**Smoke size**");
      for (const m of report.matchAll(/\]\(([^)]+)\)/g)) expect(files, `report.md links ${m[1]}`).toContain(m[1]);
      for (const svg of svgs) {
        const text = readFileSync(join(out, svg), "utf8");
        expect(text.startsWith("<svg")).toBe(true);
        expect(() => assertSelfContained(text)).not.toThrow();
      }
      for (const f of files) {
        const text = readFileSync(join(out, f), "utf8");
        for (const path of [out, ROOT.replace(/\/$/, ""), homedir(), tmpdir()]) expect(text.includes(path), `${f} contains ${path}`).toBe(false);
      }
    },
    180_000,
  );
});

describe("signcheck experiment: reproducible outputs", () => {
  test("the same seed writes the same files (results.json differs only in its time fields)", () => {
    const a = tmp();
    const b = tmp();
    for (const out of [a, b]) expect(run(["experiment", "bernstein-sparse-noise", "--smoke", "--seed", "11", "--out", out]).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files.filter((f) => f !== "results.json")) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
    const [ja, jb] = [a, b].map((d) => JSON.parse(readFileSync(join(d, "results.json"), "utf8")));
    for (const field of ja.timeFields) {
      delete ja[field];
      delete jb[field];
    }
    expect(jb).toEqual(ja);
    const other = tmp();
    run(["experiment", "bernstein-sparse-noise", "--smoke", "--seed", "12", "--out", other]);
    expect(readFileSync(join(other, "series.csv"), "utf8")).not.toBe(readFileSync(join(a, "series.csv"), "utf8"));
  }, 180_000);
});

describe("signcheck experiment: input errors exit 2 with one line", () => {
  const noShared = () => ({ SIGNCHECK_NO_SHARED: "1", SIGNCHECK_CACHE_DIR: tmp(), SIGNCHECK_DATA_DIR: "" });
  const bad = tmp();
  writeFileSync(join(bad, "broken.libsvm"), "+1 3:1 7:x\n-1 2:1\n");
  test.each([
    ["an unknown experiment", ["experiment", "mushroom", "--smoke"], {}, /experiment = "mushroom" is not accepted: expected one of mushrooms-gd-vs-signgd/],
    ["zero repeats", ["experiment", "communication", "--repeats", "0"], {}, /repeats must be an integer ≥ 1/],
    ["repeats that are not a number", ["experiment", "communication", "--repeats", "two"], {}, /repeats must be an integer ≥ 1, got "two"/],
    ["a negative seed", ["experiment", "bernstein-sparse-noise", "--seed", "-3"], {}, /seed must be a non-negative integer/],
    [
      "fewer repeats than the experiment needs",
      ["experiment", "bernstein-sparse-noise", "--repeats", "1", "--smoke", "--out", bad],
      {},
      /--repeats = 1 is not accepted/,
    ],
    [
      "a data file that does not exist",
      ["experiment", "mushrooms-gd-vs-signgd", "--smoke", "--data", join(bad, "none.libsvm"), "--out", bad],
      {},
      /--data = .* is not accepted: expected an existing LIBSVM file for mushrooms/,
    ],
    [
      "a data file that is not the registry's mushrooms",
      ["experiment", "mushrooms-momentum", "--smoke", "--data", join(bad, "broken.libsvm"), "--out", bad],
      {},
      /sha256 of .*broken.libsvm = "[0-9a-f]{64}" is not accepted: expected [0-9a-f]{64} \(the registry's checksum of mushrooms\)/,
    ],
    [
      "a malformed data file, its checksum declared",
      ["experiment", "mushrooms-momentum", "--smoke", "--data", join(bad, "broken.libsvm"), "--data-sha256", "none", "--out", bad],
      {},
      /line 1/,
    ],
    [
      "--data for an experiment without data",
      ["experiment", "bernstein-sparse-noise", "--smoke", "--data", join(bad, "broken.libsvm"), "--out", bad],
      {},
      /no --data: bernstein-sparse-noise uses no data set/,
    ],
    [
      "an absent data set",
      ["experiment", "smoothness-along-trajectory", "--smoke", "--out", bad],
      noShared(),
      /needs the mushrooms data set, which was not found: run `signcheck data fetch mushrooms` or pass --data FILE/,
    ],
  ] as const)("%s", (_what, args, env, message) => {
    const r = run([...args], env as NodeJS.ProcessEnv);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    const lines = r.stderr.split("\n").filter((l) => l.trim());
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("signcheck experiment: Ctrl-C", () => {
  test("SIGINT stops the run after the current unit, writes what is done marked partial, exits 130", async () => {
    const out = tmp();
    const child = spawn(process.execPath, [BIN, "experiment", "bernstein-sparse-noise", "--smoke", "--repeats", "100000", "--out", out], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const started = new Promise<void>((resolve) =>
      child.stdout.on("data", (c) => {
        stdout += c;
        if (stdout.includes("signcheck experiment bernstein-sparse-noise")) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await started;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    child.kill("SIGINT");
    const code = await exited;
    expect(code, stdout + stderr).toBe(130);
    expect(stderr).toContain("stopping after the current run");
    expect(stdout).toMatch(/stopped after \d+ of \d+ runs; partial results/);
    const json = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(json.partial).toBe(true);
    expect(json.completedUnits).toBeLessThan(json.totalUnits);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("**Partial run**: stopped after");
    for (const f of json.files) expect(readdirSync(out)).toContain(f);
  }, 120_000);
});
