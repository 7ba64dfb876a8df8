/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (each exports `run(): Promise<void> | void`
 * and prints its own figures), or only those whose name contains one of the arguments:
 * `npm run bench -- rng mc-signsgd`. Benchmarks measure; they never assert timings.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((p) => f.includes(p)))
  .sort();
console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const f of files) {
  console.log(`\n## ${f.replace(/\.bench\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: () => Promise<void> | void };
  await mod.run();
}
