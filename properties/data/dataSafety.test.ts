// Data sets through the CLI (runCli, in process): verified against the registry's sha256 on every
// read, with an explicit override that the results and the reports record; only regular files read
// (a FIFO, /dev/zero, a folder: one-line typed errors, exit 2, nothing hangs); --out under /proc
// refused at once; and two runCli calls in one process share no data look-up state.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { auditClaim, dataAccess, runCli } from "signcheck/internal";
import { datasetRows } from "./datasetClaims.ts";

const MODULE = fileURLToPath(new URL("./datasetClaims.ts", import.meta.url));
const REGISTRY_SHA = "f39a4eb628dc61a7d43760815b061c9e497aa728ce1ad8bde57a09ef6043b538";
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `signcheck-${prefix}-`));

// A file of mushrooms' shape (8124 samples, indices ≤ 112) whose content is not the registry's.
const body = `${Array.from({ length: 8124 }, (_, i) => `${1 + (i % 2)} ${1 + (i % 112)}:1`).join("\n")}\n`;
const bodySha = createHash("sha256").update(body).digest("hex");
const synthetic = join(tmp("data"), "mushrooms.libsvm");
writeFileSync(synthetic, body);
/** An environment in which the look-up finds nothing (no shared folder, empty cache and data dir). */
const emptyEnv = () => ({ SIGNCHECK_NO_SHARED: "1", SIGNCHECK_CACHE_DIR: tmp("cache"), SIGNCHECK_DATA_DIR: tmp("dir") });

async function cli(args: string[], env: Record<string, string> = emptyEnv()) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    { env },
  );
  return { status, out: out.join("\n"), err };
}

function expectOneLineError(r: { status: number; err: string[] }, pattern: RegExp) {
  expect(r.status).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(pattern);
  expect(r.err[0]).not.toMatch(/\n|^\s+at /);
}

const audit = (extra: string[], out = tmp("out")) => ["audit", MODULE, "--budget", "quick", "--seed", "1", "--out", out, ...extra];

describe("data sets are verified against the registry's sha256 on every read", () => {
  test("--data with a file of the right shape but other content: refused with both checksums before any claim runs, exit 2", async () => {
    const r = await cli(audit(["--data", `mushrooms=${synthetic}`]));
    expectOneLineError(
      r,
      new RegExp(`sha256 of .*mushrooms\\.libsvm = "${bodySha}" is not accepted: expected ${REGISTRY_SHA} \\(the registry's checksum of mushrooms\\)`),
    );
    expect(r.err[0]).toContain(`--data-sha256 mushrooms=${bodySha}`);
    expect(r.out).not.toMatch(/dataset-rows/);
  });

  test("found by the look-up (no --data): the claim that reads it reports an error with both checksums, exit 2", async () => {
    const env = emptyEnv();
    writeFileSync(join(env.SIGNCHECK_DATA_DIR, "mushrooms.libsvm"), body);
    const r = await cli(audit([]), env);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/signcheck\/dataset-rows\s+error/);
    expect(r.out).toContain(`expected ${REGISTRY_SHA}`);
    expect(r.out).toContain(bodySha);
  });

  test("--data-sha256 mushrooms=none accepts it, and the result, the output and both reports record the override", async () => {
    const out = tmp("out");
    const r = await cli(audit(["--data", `mushrooms=${synthetic}`, "--data-sha256", "mushrooms=none"], out));
    expect(r.status, r.out + r.err.join("\n")).toBe(0);
    expect(r.out).toMatch(/signcheck\/dataset-rows\s+holds/);
    expect(r.out).toContain(`data: mushrooms = ${synthetic}, sha256 ${bodySha}, not verified (--data-sha256 none)`);
    const json = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
    // The reports name the data set by its sha256, never the file (a path of this machine); the terminal shows the file.
    expect(json.claims[0].data).toEqual([{ name: "mushrooms", sha256: bodySha, expectedSha256: null, override: "none" }]);
    expect(json.data).toEqual([{ name: "mushrooms", sha256: bodySha, verifiedAgainst: "none" }]);
    const md = readFileSync(join(out, "audit.md"), "utf8");
    expect(md).toContain(`- data: mushrooms (sha256 ${bodySha}, not verified)`);
    expect(md).toContain("--data-sha256 mushrooms=none");
    for (const f of ["audit.md", "audit.json", "index.html"]) expect(readFileSync(join(out, f), "utf8")).not.toContain(synthetic);
  });

  test("--data-sha256 mushrooms=<its checksum> accepts exactly that file (recorded as declared); a malformed value is a usage error", async () => {
    const out = tmp("out");
    const r = await cli(audit(["--data", `mushrooms=${synthetic}`, "--data-sha256", `mushrooms=${bodySha.toUpperCase()}`], out));
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "audit.json"), "utf8")).claims[0].data[0]).toMatchObject({
      sha256: bodySha,
      expectedSha256: bodySha,
      override: "declared",
    });
    const wrong = "0".repeat(64);
    expectOneLineError(
      await cli(audit(["--data", `mushrooms=${synthetic}`, "--data-sha256", `mushrooms=${wrong}`])),
      /expected 0{64} \(the checksum declared for mushrooms\)/,
    );
    expectOneLineError(
      await cli(audit(["--data-sha256", "mushrooms=abc"])),
      /--data-sha256 = "mushrooms=abc" is not accepted: expected NAME=<64 hex digits> or NAME=none/,
    );
    expectOneLineError(await cli(audit(["--data-sha256", "nosuchset=none"])), /one of mushrooms, a9a/);
  });

  test("through the API: a result without an override records the registry checksum it was verified against", () => {
    const env = emptyEnv();
    const access = dataAccess({ paths: { mushrooms: synthetic }, sha256: { mushrooms: bodySha }, env });
    const r = auditClaim(datasetRows, { seed: 1, budget: "quick", data: { paths: { mushrooms: synthetic }, sha256: { mushrooms: bodySha }, env } });
    expect(r.verdict).toBe("holds");
    expect(r.data).toEqual([{ name: "mushrooms", path: synthetic, sha256: bodySha, expectedSha256: bodySha, override: "declared" }]);
    expect(access.load("mushrooms")).toBe(access.load("mushrooms")); // read once per access
    expect(access.used).toHaveLength(1);
  });
});

describe("only regular files are read; nothing hangs", () => {
  const dir = tmp("special");
  const fifo = join(dir, "pipe.libsvm");
  const made = spawnSync("mkfifo", [fifo]).status === 0;
  test.runIf(made)("--data mushrooms=<a FIFO>: one line, exit 2, no writer needed", async () => {
    expectOneLineError(await cli(audit(["--data", `mushrooms=${fifo}`])), /--data = ".*pipe\.libsvm" is not accepted: .*\(it is a named pipe \(FIFO\)\)/);
  });
  test.runIf(existsSync("/dev/zero"))("--data mushrooms=/dev/zero: one line, exit 2 (never an endless read)", async () => {
    expectOneLineError(await cli(audit(["--data", "mushrooms=/dev/zero"])), /it is a character device/);
  });
  test("--data mushrooms=<a folder>: a typed one-line error, not EISDIR inside an error verdict", async () => {
    const folder = join(dir, "folder.libsvm");
    mkdirSync(folder, { recursive: true });
    const r = await cli(audit(["--data", `mushrooms=${folder}`]));
    expectOneLineError(r, /it is a folder/);
    expect(r.err[0]).not.toContain("EISDIR");
  });
  test("a folder found by the look-up is a typed error in that claim's result", async () => {
    const env = emptyEnv();
    mkdirSync(join(env.SIGNCHECK_DATA_DIR, "mushrooms.libsvm"));
    const r = await cli(audit([]), env);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/error: data set mushrooms = ".*" is not accepted: expected a readable LIBSVM file \(a regular file\) \(it is a folder\)/);
  });
  test("--out under /proc is refused with one line (a recursive mkdir never returns there)", async () => {
    expectOneLineError(
      await cli(audit(["--data", `mushrooms=${synthetic}`, "--data-sha256", "mushrooms=none"], "/proc/signcheck-out/x")),
      /--out = "\/proc\/signcheck-out\/x" is not accepted: expected a folder signcheck can create and write to/,
    );
  });
});

test("two runCli calls in one process share no data look-up: a --data of the first is not seen by the second", async () => {
  const first = await cli(audit(["--data", `mushrooms=${synthetic}`, "--data-sha256", "mushrooms=none"]));
  expect(first.status).toBe(0);
  expect(first.out).toMatch(/dataset-rows\s+holds/);
  const second = await cli(audit([]));
  expect(second.status).toBe(0);
  expect(second.out).toMatch(/dataset-rows\s+not-applicable\s+data set mushrooms is not available here; `signcheck data fetch mushrooms` fetches it/);
  // and the override of the first does not leak either: the same file by the look-up is refused by checksum
  const env = emptyEnv();
  writeFileSync(join(env.SIGNCHECK_DATA_DIR, "mushrooms.libsvm"), body);
  const third = await cli(audit([]), env);
  expect(third.out).toMatch(/dataset-rows\s+error/);
});
