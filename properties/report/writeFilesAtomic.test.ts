// Writing a set of report files as one (src/report/writeAtomic.ts): all old or all new, never a mix. A failure
// while writing the temporaries leaves the old files and no temporary; a writer killed after committing (its
// commit record written, renames not done) is rolled forward by the next write into the folder; temporaries of a
// writer that died before committing are removed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { recoverPendingWrites, writeFilesAtomic } from "signcheck/internal";

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-write-"));
/** The pid of a process that has ended (so no writer holds it). */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("writeFilesAtomic", () => {
  test("writes every file of the set and leaves no temporary or record", () => {
    const dir = tmp();
    writeFilesAtomic([
      { path: join(dir, "a.json"), content: "A1" },
      { path: join(dir, "a.md"), content: "M1" },
    ]);
    writeFilesAtomic([
      { path: join(dir, "a.json"), content: "A2" },
      { path: join(dir, "a.md"), content: "M2" },
    ]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("A2");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("M2");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "a.md"]);
  });

  test("a failure while writing the temporaries leaves the old set whole and no temporary", () => {
    const dir = tmp();
    writeFilesAtomic([
      { path: join(dir, "a.json"), content: "A1" },
      { path: join(dir, "a.md"), content: "M1" },
    ]);
    mkdirSync(join(dir, "blocked"));
    writeFileSync(join(dir, "blocked", "x"), "");
    // the second file's folder is a file: its temporary cannot be written
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "a.json"), content: "A2" },
        { path: join(dir, "blocked", "x", "a.md"), content: "M2" },
      ]),
    ).toThrow();
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("A1");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("M1");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "a.md", "blocked"]);
  });

  test("a writer killed after committing is rolled forward: the next write finishes its renames", () => {
    const dir = tmp();
    writeFilesAtomic([
      { path: join(dir, "a.json"), content: "A1" },
      { path: join(dir, "a.md"), content: "M1" },
    ]);
    const pid = deadPid();
    const renames = [
      { tmp: join(dir, `.a.json.${pid}.0.tmp`), path: join(dir, "a.json") },
      { tmp: join(dir, `.a.md.${pid}.1.tmp`), path: join(dir, "a.md") },
    ];
    writeFileSync(renames[0].tmp, "A2");
    writeFileSync(renames[1].tmp, "M2");
    writeFileSync(join(dir, `.signcheck-commit.${pid}.2.json`), JSON.stringify(renames));
    // killed between the two renames: a.json is new, a.md old
    writeFileSync(renames[0].path, "A2");
    rmSync(renames[0].tmp);
    recoverPendingWrites(dir);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("A2");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("M2");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "a.md"]);
  });

  test("temporaries of a writer that died before committing are removed; a live writer's are kept", () => {
    const dir = tmp();
    const dead = join(dir, `.a.json.${deadPid()}.0.tmp`);
    const live = join(dir, `.a.json.${process.pid}.99.tmp`);
    writeFileSync(dead, "half");
    writeFileSync(live, "mine");
    writeFilesAtomic([{ path: join(dir, "b.json"), content: "B" }]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
