/**
 * `signcheck data fetch NAME [--url U] [--cache DIR] [--sha256 HEX|none]`: downloads a registered
 * data set into the cache (see src/data/fetchDataset.ts) and prints where it put it. Input errors
 * (unknown name, bad URL or checksum, wrong shape) are thrown as InputError, which the CLI maps to
 * exit status 2.
 */
import type { Command } from "commander";
import { DATASETS } from "../data/datasetRegistry.ts";
import { fetchDataset } from "../data/fetchDataset.ts";

export function registerDataCommand(program: Command, out: (line: string) => void): void {
  const data = program.command("data").description("data sets used by claims and experiments");
  data
    .command("fetch")
    .argument("<name>", `a registered data set (${Object.keys(DATASETS).join(", ")})`)
    .description("download a data set into the cache, verify its shape and checksum, print its path")
    .option("--url <url>", "download from this address instead of the registry's")
    .option("--cache <dir>", "cache folder (default: $SIGNCHECK_CACHE_DIR or ~/.cache/signcheck)")
    .option("--sha256 <hex>", "expected sha256, or 'none' to skip the checksum")
    .action(async (name: string, opts: { url?: string; cache?: string; sha256?: string }) => {
      const result = await fetchDataset(name, {
        url: opts.url,
        cacheDir: opts.cache,
        sha256: opts.sha256 === undefined ? undefined : opts.sha256 === "none" ? false : opts.sha256,
      });
      out(`${name}: ${result.samples} samples × ${result.features} features, ${result.bytes} bytes, sha256 ${result.sha256}`);
      out(`written to ${result.path}`);
    });
}
