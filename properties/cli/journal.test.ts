// The audit journal and --resume, in process (runCli on a small claim list standing in for the built-ins): a run
// stopped as by Ctrl-C keeps its journal and writes a partial report; a journal whose last line a crash cut short
// loses that one result only — the resumed run starts its own lines on a fresh line, so a second interruption
// and a third run lose nothing more — and the run finished over two resumes writes the very audit.json of an
// uninterrupted run (times aside). The SIGINT is raised from inside a claim's check, so it lands at a known claim.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { defineClaim, fc, runCli, withoutTimeFields, type Claim } from "signcheck/internal";

const source = { paper: "signcheck", item: "journal test fixture" };
/** The claim id whose check raises SIGINT (once), or none. */
let interruptAt: string | undefined;

const claim = (name: string, rhs: number, verdict: "holds" | "violated"): Claim =>
  defineClaim({
    id: `signcheck/journal-${name}`,
    kind: "inequality",
    title: `x ≤ ${rhs}`,
    source,
    hypotheses: [],
    instances: fc.double({ min: 0, max: 1, noNaN: true }),
    check: (x: number) => {
      if (interruptAt === `signcheck/journal-${name}`) {
        interruptAt = undefined;
        process.emit("SIGINT");
      }
      return { lhs: x, rhs };
    },
    expected: { verdict, reason: "x ≤ 1" },
  });

const CLAIMS = [claim("a", 2, "holds"), claim("b", 0.5, "violated"), claim("c", 3, "holds"), claim("d", 0.25, "violated"), claim("e", 4, "holds")];

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
    { builtins: async () => CLAIMS },
  );
  return { status, out: out.join("\n"), err: err.join("\n") };
}

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-journal-"));
const auditOf = (dir: string) => {
  return withoutTimeFields(JSON.parse(readFileSync(join(dir, "audit.json"), "utf8")));
};
const ARGS = ["audit", "--budget", "quick", "--seed", "21", "--workers", "1"];

test("a journal cut short by a crash loses only its last result, and two resumes finish the uninterrupted audit.json", async () => {
  const whole = tmp();
  expect((await cli([...ARGS, "--out", whole])).status).toBe(0);

  const dir = tmp();
  const journal = join(dir, ".audit-journal.jsonl");
  interruptAt = "signcheck/journal-c";
  const first = await cli([...ARGS, "--out", dir]);
  expect(first.status, first.out + first.err).toBe(130);
  expect(existsSync(join(dir, "audit.json"))).toBe(false);
  expect(JSON.parse(readFileSync(join(dir, "audit.partial.json"), "utf8")).partial).toMatchObject({ decided: 3, total: 5 });
  // a crash in the middle of appending c's result: its line is cut short, with no newline
  const lines = readFileSync(journal, "utf8").trimEnd().split("\n");
  expect(lines).toHaveLength(4); // the header, a, b, c
  writeFileSync(journal, `${lines.slice(0, 3).join("\n")}\n${lines[3].slice(0, lines[3].length >> 1)}`);

  interruptAt = "signcheck/journal-d";
  const second = await cli([...ARGS, "--out", dir, "--resume"]);
  expect(second.status, second.out + second.err).toBe(130);
  expect(second.out).toMatch(/resuming: 2 of 5 results from the journal/);

  const third = await cli([...ARGS, "--out", dir, "--resume"]);
  expect(third.status, third.out + third.err).toBe(0);
  expect(third.out).toMatch(/resuming: 4 of 5 results from the journal/);
  expect(auditOf(dir)).toEqual(auditOf(whole));
  expect(existsSync(journal)).toBe(false);
  expect(existsSync(join(dir, "audit.partial.json"))).toBe(false);
});
