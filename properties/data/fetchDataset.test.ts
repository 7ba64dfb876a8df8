// fetchDataset against a local HTTP server on 127.0.0.1 (these machines have no internet): it
// downloads, follows a redirect, checks shape and sha256, writes into the cache and returns the path;
// a wrong checksum, a wrong shape or a 404 is an InputError and writes nothing. The server listens
// on an ephemeral port and is closed after the tests (and unref'd, so it can never keep vitest alive).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DownloadError, InputError, fetchDataset, locateDataset, runCli } from "signcheck/internal";

// A file of mushrooms' shape (8124 samples, indices ≤ 112), small and synthetic.
const body = `${Array.from({ length: 8124 }, (_, i) => `${1 + (i % 2)} ${1 + (i % 112)}:1 `).join("\n")}\n`;
const sha = createHash("sha256").update(body).digest("hex");
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/mushrooms") return void res.writeHead(200).end(body);
    if (req.url === "/moved") return void res.writeHead(302, { location: "/mushrooms" }).end();
    if (req.url === "/short") return void res.writeHead(200).end("1 1:1\n");
    if (req.url === "/trickle") {
      // One byte every 50 ms, forever: never idle, never done.
      res.writeHead(200);
      const timer = setInterval(() => res.write("1"), 50);
      res.on("close", () => clearInterval(timer));
      return;
    }
    res.writeHead(404).end();
  });
  server.unref();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("data/fetch", () => {
  test("downloads through a redirect, verifies shape and checksum, writes <name>.libsvm into the cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    const out = await fetchDataset("mushrooms", { url: `${base}/moved`, cacheDir: cache, sha256: sha, timeoutMs: 5000 });
    expect(out.path).toBe(join(cache, "mushrooms.libsvm"));
    expect(readFileSync(out.path, "utf8")).toBe(body);
    expect([out.samples, out.sha256]).toEqual([8124, sha]);
    // The look-up then finds it in the cache, with the shared folder switched off.
    expect(locateDataset("mushrooms", { env: { SIGNCHECK_CACHE_DIR: cache, SIGNCHECK_NO_SHARED: "1" } })).toBe(out.path);
  });
  test.each([
    ["a checksum mismatch (the registry's sha256 is not this file's)", "/mushrooms", undefined, /sha256/],
    ["a wrong shape", "/short", false as const, /8124/],
    ["a 404", "/nothing", false as const, /HTTP 404/],
  ])("%s is a typed error and writes nothing", async (_, path, sha256, message) => {
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    await expect(fetchDataset("mushrooms", { url: `${base}${path}`, cacheDir: cache, sha256, timeoutMs: 5000 })).rejects.toThrow(message);
    await expect(fetchDataset("mushrooms", { url: `${base}${path}`, cacheDir: cache, sha256, timeoutMs: 5000 })).rejects.toBeInstanceOf(
      path === "/nothing" ? DownloadError : InputError,
    );
    expect(existsSync(join(cache, "mushrooms.libsvm"))).toBe(false);
  });
  test("bad input: unknown data set, non-http URL, malformed checksum", async () => {
    await expect(fetchDataset("nosuchset")).rejects.toBeInstanceOf(InputError);
    await expect(fetchDataset("mushrooms", { url: "ftp://example.org/x" })).rejects.toThrow(/http/);
    await expect(fetchDataset("mushrooms", { url: `${base}/mushrooms`, sha256: "abc" })).rejects.toThrow(/64 hex/);
  });
  test("a server trickling bytes is cut off by the total time limit, though never idle; nothing is written", async () => {
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    const error = await fetchDataset("mushrooms", { url: `${base}/trickle`, cacheDir: cache, timeoutMs: 600, idleTimeoutMs: 300 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toMatch(/no complete answer within 600 ms/);
    expect(existsSync(join(cache, "mushrooms.libsvm"))).toBe(false);
    await expect(fetchDataset("mushrooms", { url: `${base}/mushrooms`, timeoutMs: 0 })).rejects.toThrow(/timeoutMs = 0/);
    await expect(fetchDataset("mushrooms", { url: `${base}/mushrooms`, idleTimeoutMs: Number.NaN })).rejects.toThrow(/idleTimeoutMs = NaN/);
  });

  test("a failed download from the registry's address says so (never blaming a --url) and how to put the file in place by hand", async () => {
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    // 1 ms for the whole transfer: fails whether or not this machine is online.
    const error = (await fetchDataset("mushrooms", { cacheDir: cache, timeoutMs: 1 }).catch((e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toContain("(the registry's address of mushrooms)");
    expect(error.message).not.toContain("--url");
    expect(error.message).toContain(`as ${join(cache, "mushrooms.libsvm")}`);
    expect(error.message).toContain("whose sha256 is f39a4eb628dc61a7d43760815b061c9e497aa728ce1ad8bde57a09ef6043b538");
    expect(error.message).toContain("--data mushrooms=PATH");
  });

  test("offline through the CLI: one line naming the --url given, what failed and where the file goes by hand; exit 2", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    const lines: string[] = [];
    const status = await runCli(
      ["data", "fetch", "mushrooms", "--url", `http://127.0.0.1:${port}/mushrooms`, "--cache", cache],
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(status).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^signcheck: download from --url http:\/\/127\.0\.0\.1:\d+\/mushrooms failed: .*ECONNREFUSED/);
    expect(lines[0]).toContain(`save its LIBSVM file (8124 samples, 112 features) whose sha256 is f39a4eb6`);
    expect(lines[0]).toContain(join(cache, "mushrooms.libsvm"));
  });

  test("--cache under /proc is refused at once (a plain recursive mkdir never returns there), before any download", async () => {
    const lines: string[] = [];
    const status = await runCli(
      ["data", "fetch", "mushrooms", "--url", `${base}/mushrooms`, "--cache", "/proc/signcheck-cache/x", "--sha256", "none"],
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(status).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--cache = "\/proc\/signcheck-cache\/x" is not accepted: expected a folder that can be created/);
  });

  test("the CLI subcommand `data fetch NAME --url U --cache DIR --sha256 none` prints where it wrote", async () => {
    const cache = mkdtempSync(join(tmpdir(), "signcheck-fetch-"));
    const lines: string[] = [];
    const status = await runCli(
      ["data", "fetch", "mushrooms", "--url", `${base}/mushrooms`, "--cache", cache, "--sha256", "none"],
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(status).toBe(0);
    expect(lines.join("\n")).toContain(join(cache, "mushrooms.libsvm"));
  });
});
