/**
 * `signcheck data fetch NAME`, as a library function: download a registered data set over http(s)
 * (the registry's LIBSVM address unless a URL is given; redirects followed, at most MAX_REDIRECTS),
 * verify its shape (samples, features, parseable) and sha256 (when known, or as given; `false` skips
 * it), and write it atomically into the cache folder as <name>.libsvm. Returns the path and the
 * checksum. Nothing is written when a check fails.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { join } from "node:path";
import { InputError } from "../core/errors.ts";
import { datasetInfo } from "./datasetRegistry.ts";
import { cacheDir, type Env } from "./locateDataset.ts";
import { parseLibsvm } from "./readLibsvm.ts";

/** Redirects followed: LIBSVM's site redirects at most once; 5 leaves room without looping forever. */
const MAX_REDIRECTS = 5;
/** Largest download accepted (a9a is 2.3 MB; 256 MB bounds a mistaken URL). */
const MAX_BYTES = 256 * 1024 * 1024;

export interface FetchOptions {
  readonly url?: string;
  readonly cacheDir?: string;
  /** Expected sha256 (hex); false: do not check; default: the registry's. */
  readonly sha256?: string | false;
  readonly timeoutMs?: number;
  readonly env?: Env;
}

export interface FetchResult {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly samples: number;
  readonly features: number;
}

function download(url: string, timeoutMs: number, redirects = 0): Promise<Buffer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new InputError("--url", url, "an http:// or https:// URL"));
  }
  const client = parsed.protocol === "https:" ? https : parsed.protocol === "http:" ? http : undefined;
  if (!client) return Promise.reject(new InputError("--url", url, "an http:// or https:// URL"));
  return new Promise((resolvePromise, reject) => {
    const req = client.get(parsed, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects >= MAX_REDIRECTS) return reject(new InputError("--url", url, `a URL reached in ≤ ${MAX_REDIRECTS} redirects`));
        return resolvePromise(download(new URL(res.headers.location, parsed).href, timeoutMs, redirects + 1));
      }
      if (status !== 200) {
        res.resume();
        return reject(new InputError("--url", url, "a URL that answers 200 OK", `HTTP ${status}`));
      }
      const chunks: Buffer[] = [];
      let total = 0;
      res.on("data", (c: Buffer) => {
        total += c.length;
        if (total > MAX_BYTES) req.destroy(new InputError("--url", url, `a file of at most ${MAX_BYTES} bytes`));
        else chunks.push(c);
      });
      res.on("end", () => resolvePromise(Buffer.concat(chunks)));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new InputError("--url", url, `a server answering within ${timeoutMs} ms`)));
    req.on("error", (e) => reject(e instanceof InputError ? e : new InputError("--url", url, "a reachable URL", e.message)));
  });
}

export async function fetchDataset(name: string, options: FetchOptions = {}): Promise<FetchResult> {
  const info = datasetInfo(name);
  const url = options.url ?? info.url;
  const expected = options.sha256 === undefined ? info.sha256 : options.sha256;
  if (typeof expected === "string" && !/^[0-9a-f]{64}$/i.test(expected)) throw new InputError("--sha256", expected, "64 hex digits, or none");
  const body = await download(url, options.timeoutMs ?? 60_000);
  const sha256 = createHash("sha256").update(body).digest("hex");
  if (typeof expected === "string" && sha256 !== expected.toLowerCase()) {
    throw new InputError("sha256", sha256, `${expected} (the checksum of ${name})`, "pass --sha256 none to accept the file on its shape alone");
  }
  const data = parseLibsvm(body.toString("utf8"), { features: info.features, source: url });
  if (data.A.rows !== info.samples) throw new InputError("samples", data.A.rows, `${info.samples} (the shape of ${name})`);
  const dir = options.cacheDir ?? cacheDir(options.env);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.libsvm`);
  const tmp = `${path}.${process.pid}.part`;
  writeFileSync(tmp, body);
  renameSync(tmp, path);
  return { path, sha256, bytes: body.length, samples: data.A.rows, features: data.A.cols };
}
