// `signcheck replay` against hostile and foreign paths, in process (runCli): a path element beyond
// what the claim's search could have produced is refused with one line and exit 2 at once (an
// element of 10²³ used to hang, 10⁷ to take 7.5 s); a path from another seed either leads to no
// instance there (exit 2) or to one that satisfies the claim, which is said in words (exit 0); the
// audit's own path still reproduces its violation (exit 1).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli } from "signcheck/internal";

const MODULE = fileURLToPath(new URL("./replayClaims.ts", import.meta.url));
const ID = "signcheck/rare-failure";

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { status, out: out.join("\n"), err };
}

const replay = (path: string, seed = 1, budget = "quick") => cli(["replay", ID, MODULE, "--seed", String(seed), "--path", path, "--budget", budget]);

let found = { seed: 0, path: "" };
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "signcheck-replay-"));
  const r = await cli(["audit", MODULE, "--budget", "quick", "--seed", "1", "--out", out]);
  expect(r.status, r.out).toBe(0);
  const cx = JSON.parse(readFileSync(join(out, "audit.json"), "utf8")).claims[0].evidence.counterexample;
  found = { seed: 1, path: cx.path };
});

describe("signcheck replay", () => {
  test("the audit's own path reproduces its violation: exit 1", async () => {
    const r = await replay(found.path, found.seed);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toContain("the violation reproduces");
  });

  test.each([
    [
      "99999999999999999999999",
      /--path = "99999999999999999999999" is not accepted: expected a run index \(first element\) below 40, the instances of this budget/,
    ],
    ["10000000", /run index \(first element\) below 40/],
    ["40", /run index \(first element\) below 40/],
    ["0:10000", /shrink steps below 10000; element 2 is 10000/],
    [`0${":0".repeat(1001)}`, /at most 1000 shrink steps after the run index/],
    [`0${":9999".repeat(11)}`, /shrink steps summing to at most 100000 candidates \(they sum to 109989\)/],
    ["3:x", /a fast-check path such as 3:0:1/],
    [`${"1".repeat(5000)}`, /--path = "1{40}…" is not accepted/],
  ])("a hostile --path (%#) is refused with one line, exit 2, at once", async (path, message) => {
    const r = await replay(path);
    expect(r.status).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  test("a path that leads to no instance at this seed (from another audit) is refused: exit 2", async () => {
    const r = await replay("0:69:69:69", 2);
    expect(r.status).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /--path = "0:69:69:69" is not accepted: expected the path of a counterexample of signcheck\/rare-failure at seed 2, budget quick \(it leads to no instance there: was it printed by an audit with another --seed or --budget\?\)/,
    );
  });

  test("the counterexample's path of seed 1, replayed at seed 2, is detected as foreign: exit 2", async () => {
    const r = await replay(found.path, 2);
    expect(r.status, r.out).toBe(2);
    expect(r.err[0]).toContain(`--path = "${found.path}" is not accepted: expected the path of a counterexample of signcheck/rare-failure at seed 2`);
  });

  test("a path to an instance that satisfies the claim says the violation does not reproduce at that seed: exit 0", async () => {
    const r = await replay("0", 2);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("the violation does not reproduce: the instance at path 0 (seed 2, budget quick) satisfies the claim");
    expect(r.out).toContain("another --seed or --budget");
  });
});
