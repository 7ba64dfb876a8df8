// `signcheck audit --shard i/n` and `signcheck merge`, in process (runCli) on a small claim list standing in for
// the built-ins: the merged parts give exactly the audit.json and audit.md of one unsharded run (times aside),
// and every bad input — --workers 0, --shard 3/2, parts of different runs, seeds, budgets or versions, a missing
// or a duplicated part — is refused with one line and exit 2.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { defineClaim, fc, runCli, withoutTimeFields, type Claim } from "signcheck/internal";

const source = { paper: "signcheck", item: "shard test fixture" };
// (the paper key "signcheck" is in src/references.ts: the suite's own fixtures)
const CLAIMS: Claim[] = [
  defineClaim({
    id: "signcheck/shard-ineq-holds",
    kind: "inequality",
    title: "x ≤ 2",
    source,
    hypotheses: [],
    instances: fc.double({ min: 0, max: 1, noNaN: true }),
    check: (x: number) => ({ lhs: x, rhs: 2 }),
    expected: { verdict: "holds", reason: "x ≤ 1" },
  }),
  defineClaim({
    id: "signcheck/shard-ineq-violated",
    kind: "inequality",
    title: "x ≤ 0.5",
    source,
    hypotheses: [],
    instances: fc.double({ min: 0, max: 1, noNaN: true }),
    check: (x: number) => ({ lhs: x, rhs: 0.5 }),
    expected: { verdict: "violated", reason: "x up to 1" },
  }),
  defineClaim({
    id: "signcheck/shard-rate",
    kind: "probability",
    title: "P(U < p) ≤ p",
    source,
    hypotheses: [],
    instances: fc.double({ min: 0.2, max: 0.4, noNaN: true }),
    event: (p: number, s) => s.next() < p,
    bound: (p: number) => p + 0.3,
    budgets: { quick: { instances: 3, trials: 300 } },
    expected: { verdict: "holds", reason: "P(U < p) = p" },
  }),
  defineClaim({
    id: "signcheck/shard-hp",
    kind: "high-probability",
    title: "U ≤ 1 − δ/10 w.p. 1 − δ",
    source,
    hypotheses: [],
    instances: fc.double({ min: 0.1, max: 0.3, noNaN: true }),
    delta: (d: number) => d,
    statistic: (_d: number, s) => s.next(),
    bound: (d: number) => 1 - d / 10,
    budgets: { quick: { instances: 3, trials: 600 } },
    expected: { verdict: "holds", reason: "P(U > 1 − δ/10) = δ/10" },
  }),
  defineClaim({
    id: "signcheck/shard-ineq-3",
    kind: "inequality",
    title: "x² ≤ x + 1",
    source,
    hypotheses: [],
    instances: fc.double({ min: 0, max: 1, noNaN: true }),
    check: (x: number) => ({ lhs: x * x, rhs: x + 1 }),
    expected: { verdict: "holds", reason: "x ≤ 1" },
  }),
];

async function cli(args: string[], claims: readonly Claim[] = CLAIMS) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    { builtins: async () => claims },
  );
  return { status, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-shard-"));
/** audit.json without its time fields. */
const json = (dir: string) => {
  return withoutTimeFields(JSON.parse(readFileSync(join(dir, "audit.json"), "utf8")));
};
/** audit.md as it is: it carries no time (claim times are in audit.json's time fields). */
const markdown = (dir: string) => readFileSync(join(dir, "audit.md"), "utf8");

const BASE = ["--budget", "quick", "--seed", "11"];
let whole = "";
let parts: string[] = [];
let partsDir = "";

beforeAll(async () => {
  whole = tmp();
  const first = await cli(["audit", ...BASE, "--out", whole]);
  expect(first.status, first.out.join("\n")).toBe(0);
  partsDir = tmp();
  parts = [];
  for (const i of [1, 2, 3]) {
    const r = await cli(["audit", ...BASE, "--shard", `${i}/3`, "--out", partsDir]);
    expect(r.status, r.err.join("\n")).toBe(0);
    parts.push(join(partsDir, `audit.part-${i}-of-3.json`));
  }
});

describe("signcheck audit --shard and signcheck merge", () => {
  test("the merged parts are exactly the unsharded audit.json and audit.md (times aside), in any order of parts", async () => {
    const merged = tmp();
    const r = await cli(["merge", parts[2], parts[0], parts[1], "--out", merged]);
    expect(r.status, r.err.join("\n")).toBe(0);
    expect(json(merged)).toEqual(json(whole));
    expect(markdown(merged)).toBe(markdown(whole));
    expect(r.out.join("\n")).toMatch(/signcheck\/shard-ineq-violated\s+violated/);
  });

  test("each shard audits its round-robin share of the claims", () => {
    const ids = parts.map((p) => JSON.parse(readFileSync(p, "utf8")).results.map((r: { id: string }) => r.id));
    expect(ids).toEqual([
      ["signcheck/shard-ineq-holds", "signcheck/shard-hp"],
      ["signcheck/shard-ineq-violated", "signcheck/shard-ineq-3"],
      ["signcheck/shard-rate"],
    ]);
  });

  test("a multi-seed audit shards and merges the same way", async () => {
    const seeds = ["--budget", "quick", "--seeds", "1,2"];
    const one = tmp();
    expect((await cli(["audit", ...seeds, "--out", one])).status).toBe(0);
    const dir = tmp();
    for (const i of [1, 2]) expect((await cli(["audit", ...seeds, "--shard", `${i}/2`, "--out", dir])).status).toBe(0);
    const merged = tmp();
    expect((await cli(["merge", join(dir, "audit.part-1-of-2.json"), join(dir, "audit.part-2-of-2.json"), "--out", merged])).status).toBe(0);
    const strip = (d: string) => {
      return withoutTimeFields(JSON.parse(readFileSync(join(d, "audit.json"), "utf8")));
    };
    expect(strip(merged)).toEqual(strip(one));
    expect(readFileSync(join(merged, "audit.md"), "utf8")).toBe(readFileSync(join(one, "audit.md"), "utf8"));
  });

  const refused = async (args: string[], pattern: RegExp) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.err, r.err.join("\n")).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
  };

  test("--workers 0 and --shard 3/2 are refused with one line", async () => {
    await refused(["audit", ...BASE, "--workers", "0", "--out", tmp()], /workers must be an integer ≥ 1/);
    await refused(["audit", ...BASE, "--shard", "3/2", "--out", tmp()], /1 ≤ i ≤ n/);
    await refused(["audit", ...BASE, "--shard", "0/2", "--out", tmp()], /1 ≤ i ≤ n/);
    await refused(["audit", ...BASE, "--shard", "x", "--out", tmp()], /1 ≤ i ≤ n/);
  });

  test("a missing or duplicated part is refused with one line", async () => {
    await refused(["merge", parts[0], parts[1], "--out", tmp()], /missing shard 3\/3/);
    const copy = join(tmp(), "copy.json");
    copyFileSync(parts[1], copy);
    await refused(["merge", parts[0], parts[1], copy, "--out", tmp()], /each part once: shard 2\/3/);
  });

  test("parts of different runs — seeds, budgets, versions, claim selections, shardings — are refused with one line", async () => {
    const other = async (args: string[], shard: string) => {
      const dir = tmp();
      const r = await cli(["audit", ...args, "--shard", shard, "--out", dir]);
      expect(r.status, r.err.join("\n")).toBe(0);
      return join(dir, `audit.part-${shard.replace("/", "-of-")}.json`);
    };
    await refused(
      ["merge", parts[0], parts[1], await other(["--budget", "quick", "--seed", "12"], "3/3"), "--out", tmp()],
      /differs from .* in root seed\(s\): \[11\] vs \[12\]/,
    );
    await refused(
      ["merge", parts[0], parts[1], await other(["--budget", "standard", "--seed", "11", "--only", "signcheck/shard-ineq-*"], "3/3"), "--out", tmp()],
      /differs from .* in budget/,
    );
    await refused(["merge", parts[0], await other([...BASE], "2/2"), "--out", tmp()], /parts of one sharding/);
    const tampered = join(tmp(), "audit.part-3-of-3.json");
    const part = JSON.parse(readFileSync(parts[2], "utf8"));
    writeFileSync(tampered, JSON.stringify({ ...part, identity: { ...part.identity, version: "0.0.9" } }));
    await refused(["merge", parts[0], parts[1], tampered, "--out", tmp()], /signcheck version: "0\.1\.0" vs "0\.0\.9"/);
    await refused(["merge", parts[0], parts[1], join(tmp(), "absent.json"), "--out", tmp()], /a part written by signcheck audit --shard/);
  });
});
