// The number of workers never changes a result: the built-in audit on a selection of claims of every kind (an
// inequality, exact and Monte-Carlo probabilities, a high-probability bound, an expectation, a scaling and a
// tuning claim) writes the same audit.json at --workers 1 (in this process), 2 and 3, time fields aside — every
// random stream is keyed by (root seed, claim, instance, trial), never by the worker or the order of execution.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { withoutTimeFields } from "signcheck";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");
const SELECTION = [
  "karimireddy19/signsgd-fails",
  "bernstein19/gauss-sign-bound",
  "bernstein19/adversaries-simulated",
  "bernstein18/skewed-noise",
  "bernstein18/sign-descent-expectation-eighth",
  "nesterov18/gd-quadratic-iterations-sqrt",
  "laurent00/sgd-quadratic-tuning-noiseless",
].join(",");

function audit(workers: number): { json: Record<string, unknown>; kinds: string[] } {
  const out = mkdtempSync(join(tmpdir(), "signcheck-workers-"));
  const r = spawnSync(
    process.execPath,
    [BIN, "audit", "--budget", "quick", "--seed", "5", "--only", SELECTION, "--workers", String(workers), "--out", out, "--quiet"],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const json = withoutTimeFields(JSON.parse(readFileSync(join(out, "audit.json"), "utf8"))) as { claims: { kind: string }[] };
  return { json, kinds: json.claims.map((c) => c.kind) };
}

test("audit.json is the same at --workers 1, 2 and 3 (time fields aside)", () => {
  const one = audit(1);
  expect(new Set(one.kinds)).toEqual(new Set(["inequality", "probability", "high-probability", "expectation", "scaling", "tuning"]));
  // compared as text: bit for bit, key order included
  for (const workers of [2, 3]) expect(JSON.stringify(audit(workers).json)).toBe(JSON.stringify(one.json));
}, 300_000); // three audits in child processes, one after the other: 76 s at load 15 on the 2 cores, past the 60 s default
