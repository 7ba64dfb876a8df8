/**
 * `signcheck data fetch NAME`, as a library function: download a registered data set over http(s)
 * (the registry's LIBSVM address unless a URL is given; redirects followed, at most MAX_REDIRECTS),
 * verify its shape (samples, features, parseable) and sha256 (when known, or as given; `false` skips
 * it), and write it atomically into the cache folder as <name>.libsvm. Returns the path and the
 * checksum. Nothing is written when a check fails. Two time limits bound a download: an idle one (no
 * byte for `idleTimeoutMs`) and a total one (`timeoutMs` for the whole transfer, redirects included),
 * so a server trickling a byte a second is cut off too. A failed download (DownloadError) names the
 * address — as the registry's, or as the user's `--url` — and says where to put the file by hand.
 */
import { createHash } from "node:crypto";
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { join, resolve } from "node:path";
import { DownloadError, InputError } from "../core/errors.ts";
import { datasetInfo, MAX_DATASET_BYTES } from "./datasetRegistry.ts";
import { makeFolder } from "../core/makeFolder.ts";
import { cacheDir, type Env } from "./locateDataset.ts";
import { parseLibsvm } from "./readLibsvm.ts";

/** Redirects followed: LIBSVM's site redirects at most once; 5 leaves room without looping forever. */
const MAX_REDIRECTS = 5;
/** Whole download (a9a is 2.3 MB: seconds on any link that works at all). */
const DEFAULT_TIMEOUT_MS = 300_000;
/** Silence tolerated between two bytes. */
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

export interface FetchOptions {
  readonly url?: string;
  readonly cacheDir?: string;
  /** Expected sha256 (hex); false: do not check; default: the registry's. */
  readonly sha256?: string | false;
  /** Time limit of the whole download, redirects included (default 300 s). */
  readonly timeoutMs?: number;
  /** Time limit without a byte received (default 60 s, and never more than timeoutMs). */
  readonly idleTimeoutMs?: number;
  readonly env?: Env;
}

export interface FetchResult {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly samples: number;
  readonly features: number;
}

interface Limits {
  readonly deadline: number;
  readonly totalMs: number;
  readonly idleMs: number;
}

/** Downloads `url` into memory; rejects with the failure as text (the caller phrases the error). */
function download(url: string, limits: Limits, redirects = 0): Promise<Buffer> {
  const parsed = new URL(url);
  const client = parsed.protocol === "https:" ? https : http;
  return new Promise((resolvePromise, reject) => {
    const fail = (why: string) => reject(new Error(why));
    const remaining = limits.deadline - Date.now();
    if (remaining <= 0) return fail(`no complete answer within ${limits.totalMs} ms`);
    const req = client.get(parsed, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        clearTimeout(total);
        if (redirects >= MAX_REDIRECTS) return fail(`more than ${MAX_REDIRECTS} redirects`);
        return resolvePromise(download(new URL(res.headers.location, parsed).href, limits, redirects + 1));
      }
      if (status !== 200) {
        res.resume();
        clearTimeout(total);
        return fail(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        size += c.length;
        if (size > MAX_DATASET_BYTES) req.destroy(new Error(`more than ${MAX_DATASET_BYTES} bytes`));
        else chunks.push(c);
      });
      res.on("end", () => {
        clearTimeout(total);
        resolvePromise(Buffer.concat(chunks));
      });
      res.on("error", (e) => {
        clearTimeout(total);
        fail(e.message);
      });
    });
    const total = setTimeout(() => req.destroy(new Error(`no complete answer within ${limits.totalMs} ms`)), remaining);
    req.setTimeout(limits.idleMs, () => req.destroy(new Error(`no data for ${limits.idleMs} ms`)));
    req.on("error", (e) => {
      clearTimeout(total);
      fail(e.message);
    });
  });
}

function requireTimeout(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw new InputError(name, value, "a time in milliseconds > 0");
  return value;
}

export async function fetchDataset(name: string, options: FetchOptions = {}): Promise<FetchResult> {
  const info = datasetInfo(name);
  const url = options.url ?? info.url;
  if (options.url !== undefined) {
    let protocol = "";
    try {
      protocol = new URL(options.url).protocol;
    } catch {
      // refused below
    }
    if (protocol !== "http:" && protocol !== "https:") throw new InputError("--url", options.url, "an http:// or https:// URL");
  }
  const expected = options.sha256 === undefined ? info.sha256 : options.sha256;
  if (typeof expected === "string" && !/^[0-9a-f]{64}$/i.test(expected)) throw new InputError("--sha256", expected, "64 hex digits, or none");
  const totalMs = requireTimeout("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const idleMs = Math.min(totalMs, requireTimeout("idleTimeoutMs", options.idleTimeoutMs, DEFAULT_IDLE_TIMEOUT_MS));
  // The cache folder is checked before the download: a bad --cache fails at once, not after it.
  const dir = resolve(options.cacheDir ?? cacheDir(options.env));
  try {
    makeFolder(dir);
  } catch (error) {
    throw new InputError("--cache", options.cacheDir ?? dir, "a folder that can be created", (error as Error).message);
  }
  const path = join(dir, `${name}.libsvm`);
  const source = options.url !== undefined ? `--url ${url}` : `${url} (the registry's address of ${name})`;
  let body: Buffer;
  try {
    body = await download(url, { deadline: Date.now() + totalMs, totalMs, idleMs });
  } catch (error) {
    const checksum = typeof expected === "string" ? `whose sha256 is ${expected.toLowerCase()}` : "(its checksum is not checked)";
    throw new DownloadError(
      source,
      (error as Error).message,
      `to put ${name} in place by hand, save its LIBSVM file (${info.samples} samples, ${info.features} features) ${checksum} as ${path}, or pass --data ${name}=PATH to audit`,
    );
  }
  const sha256 = createHash("sha256").update(body).digest("hex");
  if (typeof expected === "string" && sha256 !== expected.toLowerCase()) {
    throw new InputError("sha256", sha256, `${expected} (the checksum of ${name})`, "pass --sha256 none to accept the file on its shape alone");
  }
  const data = parseLibsvm(body.toString("utf8"), { features: info.features, source: url });
  if (data.A.rows !== info.samples) throw new InputError("samples", data.A.rows, `${info.samples} (the shape of ${name})`);
  const tmp = `${path}.${process.pid}.part`;
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new InputError("--cache", dir, "a writable folder", (error as Error).message);
  }
  return { path, sha256, bytes: body.length, samples: data.A.rows, features: data.A.cols };
}
