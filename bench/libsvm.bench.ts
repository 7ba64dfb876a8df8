/**
 * The LIBSVM reader on one long line: files of a single line of 8, 16 and 32 MB (index:value pairs),
 * read through `readLibsvm` in its 1 MiB chunks. Linear time shows as a constant rate; before issue
 * 13 the partial line was re-copied and re-scanned at every chunk (one 128 MB line took 79 s).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLibsvm } from "signcheck";

export function run(): void {
  const dir = mkdtempSync(join(tmpdir(), "signcheck-bench-libsvm-"));
  try {
    for (const mb of [8, 16, 32]) {
      const pairs: string[] = [];
      let length = 2;
      for (let i = 1; length < mb * 1e6; i++) {
        const pair = `${i}:${(i % 7) + 1}`;
        pairs.push(pair);
        length += pair.length + 1;
      }
      const path = join(dir, `line${mb}.libsvm`);
      writeFileSync(path, `1 ${pairs.join(" ")}\n`);
      const t0 = process.hrtime.bigint();
      const d = readLibsvm(path);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(
        `  one line of ${String(mb).padStart(2)} MB (${d.A.values.length} entries): ${ms.toFixed(0)} ms, ${(d.bytes / 1e6 / (ms / 1e3)).toFixed(1)} MB/s`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
