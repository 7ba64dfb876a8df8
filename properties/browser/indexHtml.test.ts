/**
 * The HTML report in a real browser: Debian's chromium (/usr/bin/chromium, or $SIGNCHECK_CHROMIUM), driven by
 * playwright-core with its executable path — playwright never downloads a browser here. For a fresh audit (a
 * claim of every kind, the experiments' committed outputs beside it), for the repository's own
 * reports/index.html (what `npm run audit` wrote) and for a multi-seed page: the page loads with no console
 * error, no request leaves it (the page itself is the only request, and anything else would be aborted and
 * counted), every figure of audit.json is on the page and drawn, every claim of audit.json has its section, and
 * the verdict filter and the column sort work. Run by `npm run test:browser` (.ci/run), not by `npm test`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/signcheck.js");
const EXECUTABLE = process.env.SIGNCHECK_CHROMIUM ?? "/usr/bin/chromium";
// The flags that work on these machines (no background connections: the network is closed here).
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(EXECUTABLE))
    throw new Error(`no browser at ${EXECUTABLE}: install Debian's chromium (apt-get install -y chromium) or set SIGNCHECK_CHROMIUM`);
  browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

interface Visit {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
  readonly aborted: string[];
}

/** Opens a file in a fresh page, recording console errors, page errors and every request (all but the page itself aborted). */
async function visit(file: string): Promise<Visit> {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const aborted: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.route("**/*", (route) => {
    if (route.request().url() === url) return route.continue();
    aborted.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, requests, aborted };
}

/** What every audit page must show: each claim's section, each figure drawn, no error, no request. */
async function checkAuditPage(folder: string): Promise<{ claims: number; figures: number }> {
  const json = JSON.parse(readFileSync(join(folder, "audit.json"), "utf8")) as { claims: { id: string; verdict: string }[]; files: string[] };
  const { page, errors, requests, aborted } = await visit(join(folder, "index.html"));
  expect(errors).toEqual([]);
  expect(aborted).toEqual([]);
  expect(requests).toEqual([pathToFileURL(join(folder, "index.html")).href]);
  for (const c of json.claims) {
    const article = page.locator(`article[data-claim="${c.id}"]`);
    expect(await article.count(), c.id).toBe(1);
    expect(await article.getAttribute("data-verdict"), c.id).toBe(c.verdict);
    expect(await page.locator(`#summary-table tr[data-id="${c.id}"]`).count(), c.id).toBe(1);
  }
  const svgs = json.files.filter((f) => f.endsWith(".svg"));
  for (const f of svgs) {
    const figure = page.locator(`figure[data-file="${f}"] svg`);
    expect(await figure.count(), f).toBe(1);
    const box = await figure.boundingBox();
    expect(box && box.width > 100 && box.height > 50, `${f} is drawn`).toBe(true);
    expect(await page.locator(`figure[data-file="${f}"] figcaption`).textContent(), f).not.toBe("");
  }
  return { claims: json.claims.length, figures: svgs.length };
}

describe("a fresh audit's index.html", () => {
  const out = mkdtempSync(join(tmpdir(), "signcheck-browser-"));
  const only = [
    "seed/lemma1-eq1",
    "seed/eq4-sign-mismatch",
    "seedfinal/signsgd-hp",
    "seedfinal/signsgd-hp-delta-near-1",
    "bernstein18/sign-descent-expectation",
    "nesterov18/gd-quadratic-iterations-sqrt",
    "laurent00/sgd-quadratic-tuning",
  ];
  const experiments = join(ROOT, "reports/experiments");
  const names = existsSync(experiments) ? readdirSync(experiments).filter((n) => existsSync(join(experiments, n, "results.json"))) : [];

  beforeAll(() => {
    // The experiments' committed outputs beside the report: the page links them.
    for (const n of names) {
      mkdirSync(join(out, "experiments", n), { recursive: true });
      copyFileSync(join(experiments, n, "results.json"), join(out, "experiments", n, "results.json"));
    }
    const r = spawnSync(process.execPath, [BIN, "audit", "--budget", "quick", "--seed", "3", "--only", only.join(","), "--out", out, "--quiet"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  test("loads with no console error and no request, every claim has its section, every figure is drawn", async () => {
    const { claims, figures } = await checkAuditPage(out);
    expect(claims).toBe(only.length);
    expect(figures).toBeGreaterThanOrEqual(8);
  });

  test("a section per experiment found beside the report, with the command that reproduces it", async () => {
    const { page } = await visit(join(out, "index.html"));
    for (const n of names) {
      const section = page.locator(`#experiment-${n.replace(/[^a-z0-9-]/gi, "").toLowerCase()}`);
      expect(await section.count(), n).toBe(1);
      expect(await section.locator(".reproduce code").textContent()).toMatch(new RegExp(`^signcheck experiment ${n}`));
    }
  });

  test("the summary table filters by verdict and by id, and sorts by a column", async () => {
    const { page } = await visit(join(out, "index.html"));
    const rows = page.locator("#summary-table tbody tr");
    const visible = async (verdict: string) => page.locator(`#summary-table tbody tr[data-verdict="${verdict}"]:visible`).count();
    const violated = await page.locator(`#summary-table tbody tr[data-verdict="violated"]`).count();
    expect(violated).toBeGreaterThan(0);
    expect(await visible("violated")).toBe(violated);
    await page.locator('input[data-verdict="violated"]').uncheck();
    expect(await visible("violated")).toBe(0);
    expect(await page.locator('article[data-verdict="violated"]:visible').count()).toBe(0);
    expect(await page.locator("#shown-count").textContent()).toBe(`${only.length - violated} of ${only.length} claims shown`);
    await page.locator('input[data-verdict="violated"]').check();
    await page.locator("#claim-search").fill("seedfinal");
    expect(await rows.locator(":scope:visible").count()).toBe(2);
    await page.locator("#claim-search").fill("");
    await page.locator("#summary-table thead th").nth(2).locator("button").click();
    const verdicts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-verdict")));
    expect(verdicts).toEqual([...verdicts].sort((a, b) => ["holds", "violated"].indexOf(a!) - ["holds", "violated"].indexOf(b!)));
    expect(await page.locator("#summary-table thead th").nth(2).getAttribute("aria-sort")).toBe("ascending");
  });
});

describe.runIf(existsSync(join(ROOT, "reports/index.html")))("the repository's reports/index.html (what npm run audit wrote)", () => {
  test("every claim of reports/audit.json has its section and every figure is drawn, with no error and no request", async () => {
    const { claims, figures } = await checkAuditPage(join(ROOT, "reports"));
    expect(claims).toBeGreaterThan(30);
    expect(figures).toBeGreaterThan(40);
  });
});

describe("a multi-seed audit's index.html", () => {
  test("loads with no console error and no request; the verdicts by seed are in the table", async () => {
    const out = mkdtempSync(join(tmpdir(), "signcheck-browser-seeds-"));
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        "audit",
        "--budget",
        "quick",
        "--seeds",
        "1,2",
        "--only",
        "seed/eq4-sign-mismatch,nesterov18/gd-quadratic-iterations-sqrt",
        "--out",
        out,
        "--quiet",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const { page, errors, requests } = await visit(join(out, "index.html"));
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(await page.locator("#summary-table tbody tr").count()).toBe(2);
    expect(await page.locator("#summary-table thead th").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^seed 1/), expect.stringMatching(/^seed 2/)]),
    );
  });
});
