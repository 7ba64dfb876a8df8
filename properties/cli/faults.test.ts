// Faults during an audit (issue 13, issue 8 item 7), as a user meets them: real processes, small claims modules
// written by the test. A check that never returns is ended at its time limit (its worker is terminated) and is
// `inconclusive`; a claim that runs its worker out of memory is `error`; a BigInt in an instance is an `error`
// naming the instance — and in each case the other claims are decided and the reports written. An audit killed
// (SIGKILL) in the middle of the run, or in the middle of writing its reports, leaves the previous reports
// intact and a partial report of what was decided; `--resume` then finishes it to the very audit.json an
// uninterrupted run writes (times aside). A file size limit (as a full disk) stops the run with one line and the
// previous reports whole, and `--resume` finishes it once there is room.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { withoutTimeFields } from "signcheck";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");
const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-faults-"));

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = `import { writeFileSync } from "node:fs";
import { defineClaim, fc } from "signcheck";
const source = { paper: "faults", item: "test fixture", reference: { authors: "signcheck tests", year: 2026, title: "fault fixtures", pinned: "signcheck@tests" } };
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const holds = (id: string) => defineClaim({ id, kind: "inequality", title: id, source, hypotheses: [], instances: unit, check: (x: number) => ({ lhs: x, rhs: 2 }), expected: { verdict: "holds", reason: "x ≤ 1" } });
`;

/** `signal()` in a check: on its first call under SIGNCHECK_TEST_BLOCK=FILE, writes FILE and never returns. */
const BLOCKER = `function signal(): void {
  const marker = process.env.SIGNCHECK_TEST_BLOCK;
  if (!marker) return;
  writeFileSync(marker, "");
  for (;;) {}
}
`;

function module(dir: string, body: string): string {
  const path = join(dir, "claims.ts");
  writeFileSync(path, HEADER + BLOCKER + body);
  return path;
}

/** audit.json without its time fields. */
function audit(dir: string, file = "audit.json") {
  return withoutTimeFields(JSON.parse(readFileSync(join(dir, file), "utf8")));
}

/** Starts an audit, waits for `marker` to appear, kills it with SIGKILL; resolves once it is gone. */
function killWhen(args: string[], cwd: string, marker: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: "ignore", env: { ...process.env, ...env } });
    const started = Date.now();
    const poll = setInterval(() => {
      if (existsSync(marker)) {
        clearInterval(poll);
        child.kill("SIGKILL");
      } else if (Date.now() - started > 50_000) {
        clearInterval(poll);
        child.kill("SIGKILL");
        reject(new Error(`${marker} never appeared`));
      }
    }, 20);
    child.on("exit", (_code, signal) => {
      clearInterval(poll);
      if (signal === "SIGKILL") resolve();
      else reject(new Error(`the audit ended by itself (${signal ?? _code}) before it was killed`));
    });
  });
}

const THREE = `export const a = holds("faults/a");
export const b = holds("faults/b");
export const c = defineClaim({ id: "faults/c", kind: "inequality", title: "signals", source, hypotheses: [], instances: unit, check: (x: number) => { signal(); return { lhs: x, rhs: 3 }; }, expected: { verdict: "holds", reason: "x ≤ 1" } });
`;

// Shared by the two kill tests: the module, an uninterrupted run's audit.json (seed 7), and the reports of a
// previous run (seed 3) that each test puts in its own output folder before killing a run there.
let fixture = { root: "", path: "", previousDir: "" };
let whole: unknown;
let count = 0;
beforeAll(() => {
  const root = tmp();
  const path = module(root, THREE);
  const args = ["audit", path, "--budget", "quick", "--workers", "1"];
  // Run from a folder beside the module, as the kill tests do (a report writes a module path under the working
  // folder relative to it, so the runs compared must stand in the same place relative to the module).
  const cwd = join(root, "uninterrupted");
  mkdirSync(cwd);
  expect(run([...args, "--seed", "7", "--out", "whole"], cwd).status).toBe(0);
  expect(run([...args, "--seed", "3", "--out", "previous"], cwd).status).toBe(0);
  whole = audit(join(cwd, "whole"));
  fixture = { root, path, previousDir: join(cwd, "previous") };
}, 120_000); // two audits in child processes, on a loaded machine

/** What a finished audit leaves in its folder: the report set and nothing of the run (journal, partial reports). */
const REPORT_SET = ["audit.json", "audit.md", "figures", "index.html"];

function killTests() {
  const dir = join(fixture.root, `case-${count++}`);
  mkdirSync(join(dir, "out"), { recursive: true });
  cpSync(fixture.previousDir, join(dir, "out"), { recursive: true });
  const previous = { json: readFileSync(join(dir, "out/audit.json"), "utf8"), md: readFileSync(join(dir, "out/audit.md"), "utf8") };
  return { dir, args: ["audit", fixture.path, "--budget", "quick", "--workers", "1"], previous };
}

describe("faults during an audit", () => {
  test("a check that never returns, a worker out of memory and a BigInt instance: each its own verdict, the rest decided", () => {
    const dir = tmp();
    const path = module(
      dir,
      `export const ok = holds("faults/ok");
export const hang = defineClaim({ id: "faults/hang", kind: "inequality", title: "never returns", source, hypotheses: [], instances: unit, check: (): { lhs: number; rhs: number } => { for (;;) {} } });
export const oom = defineClaim({ id: "faults/oom", kind: "inequality", title: "eats memory", source, hypotheses: [], instances: unit, budgets: { quick: { timeLimitSeconds: 60 } },
  check: (x: number) => { const kept: number[][] = []; for (;;) kept.push(new Array(1e6).fill(x)); } });
export const big = defineClaim({ id: "faults/big", kind: "inequality", title: "BigInt instance", source, hypotheses: [], instances: fc.record({ n: fc.bigInt({ min: 0n, max: 9n }) }), check: ({ n }: { n: bigint }) => ({ lhs: Number(n), rhs: 10 }) });
`,
    );
    const r = run(["audit", path, "--budget", "quick", "--seed", "1", "--workers", "2", "--time-limit", "2", "--memory-limit", "32", "--out", "out"], dir);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    const byId = Object.fromEntries(JSON.parse(readFileSync(join(dir, "out/audit.json"), "utf8")).claims.map((c: { id: string }) => [c.id, c]));
    expect(byId["faults/ok"].verdict).toBe("holds");
    expect(byId["faults/hang"].verdict).toBe("inconclusive");
    expect(byId["faults/hang"].headline).toMatch(/time limit of 2 s reached during a check that did not return \(its worker thread was terminated\)/);
    expect(byId["faults/oom"].verdict).toBe("error");
    expect(byId["faults/oom"].error.message).toMatch(/worker thread died: .*memory/);
    expect(byId["faults/big"].verdict).toBe("error");
    expect(byId["faults/big"].error.message).toMatch(/BigInt at instance\.n/);
    expect(byId["faults/big"].error.input).toEqual({ n: expect.stringMatching(/^\dn$/) });
    expect(r.stdout).toMatch(/errors in: faults\/big, faults\/oom/); // module exports come in name order
  });

  test("killed mid-run: the previous reports are intact, a partial report exists, --resume finishes the uninterrupted audit.json", async () => {
    const { dir, args, previous } = killTests();
    const marker = join(dir, "reached-c");
    await killWhen([...args, "--seed", "7", "--out", "out"], dir, marker, { SIGNCHECK_TEST_BLOCK: marker });
    expect(readFileSync(join(dir, "out/audit.json"), "utf8")).toBe(previous.json);
    expect(readFileSync(join(dir, "out/audit.md"), "utf8")).toBe(previous.md);
    const partial = JSON.parse(readFileSync(join(dir, "out/audit.partial.json"), "utf8"));
    expect(partial.partial.decided).toBeGreaterThanOrEqual(1);
    expect(partial.partial.missing).toContain("faults/c");
    expect(partial.partial.resume).toMatch(/--resume$/);
    expect(readFileSync(join(dir, "out/audit.partial.md"), "utf8")).toMatch(/^> \*\*PARTIAL REPORT\*\* — \d of 3 claims decided/);
    // the journal is of seed 7: resuming another run is refused with one line, and changes nothing
    const other = run([...args, "--seed", "8", "--out", "out", "--resume"], dir);
    expect(other.status).toBe(2);
    expect(other.stderr.trim().split("\n")).toHaveLength(1);
    expect(other.stderr).toMatch(/the journal there is of another run \(root seed\(s\): \[7\] vs \[8\]\); run without --resume to start afresh/);
    expect(readFileSync(join(dir, "out/audit.json"), "utf8")).toBe(previous.json);
    expect(existsSync(join(dir, "out/.audit-journal.jsonl"))).toBe(true);
    const resumed = run([...args, "--seed", "7", "--out", "out", "--resume"], dir);
    expect(resumed.status, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/resuming: 2 of 3 results from the journal/);
    expect(audit(join(dir, "out"))).toEqual(whole);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(REPORT_SET);
  });

  test("a file size limit (ulimit -f, as a full disk) leaves the previous reports whole: one line, exit 2, and --resume finishes the uninterrupted audit.json", () => {
    const { dir, args, previous } = killTests();
    // 4 KiB: the journal's third result or the reports' first temporary is past it (EFBIG; node ignores SIGXFSZ)
    const limited = spawnSync("bash", ["-c", 'ulimit -f 4; exec "$0" "$@"', process.execPath, BIN, ...args, "--seed", "7", "--out", "out"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(limited.status, limited.stdout + limited.stderr).toBe(2);
    expect(limited.stderr.trim().split("\n")).toHaveLength(1);
    expect(limited.stderr).toMatch(
      /^signcheck: --out = "out" is not accepted: expected a folder signcheck can write its reports to \(EFBIG: file too large.*; the previous reports there are untouched; .*resume with: .* --out out --resume\)$/m,
    );
    expect(readFileSync(join(dir, "out/audit.json"), "utf8")).toBe(previous.json);
    expect(readFileSync(join(dir, "out/audit.md"), "utf8")).toBe(previous.md);
    const resumed = run([...args, "--seed", "7", "--out", "out", "--resume"], dir);
    expect(resumed.status, resumed.stdout + resumed.stderr).toBe(0);
    expect(audit(join(dir, "out"))).toEqual(whole);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(REPORT_SET);
  });

  test("killed mid-write: the previous reports are intact; the next run finishes the committed set and --resume gives the uninterrupted audit.json", async () => {
    const { dir, args, previous } = killTests();
    // the test hook pauses the final write after every temporary is written, before the renames
    await killWhen([...args, "--seed", "7", "--out", "out"], dir, join(dir, "out/audit.json.paused"), { SIGNCHECK_TEST_PAUSE_BEFORE_RENAME: "audit.json" });
    expect(readFileSync(join(dir, "out/audit.json"), "utf8")).toBe(previous.json);
    expect(readFileSync(join(dir, "out/audit.md"), "utf8")).toBe(previous.md);
    expect(existsSync(join(dir, "out/audit.partial.json"))).toBe(true);
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".tmp")).length).toBeGreaterThanOrEqual(2);
    const resumed = run([...args, "--seed", "7", "--out", "out", "--resume"], dir);
    expect(resumed.status, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/resuming: 3 of 3 results from the journal/);
    expect(audit(join(dir, "out"))).toEqual(whole);
    expect(
      readdirSync(join(dir, "out"))
        .filter((f) => f !== "audit.json.paused")
        .sort(),
    ).toEqual(REPORT_SET);
  });
});
