// seed/logistic-l0l1-dataset on a fresh clone: with SIGNCHECK_NO_SHARED=1, an empty cache and no
// SIGNCHECK_DATA_DIR, the suite's own data look-up finds nothing, and the claim is not-applicable with
// the fetch command — which matches its expectation (a missing data set is never a mismatch).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { auditClaim, headline } from "signcheck";
import "signcheck/vitest";
import { logisticL0L1Dataset } from "./logistic-l0l1-dataset.ts";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["SIGNCHECK_NO_SHARED", "SIGNCHECK_CACHE_DIR", "SIGNCHECK_DATA_DIR"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

test("seed/logistic-l0l1-dataset is not-applicable with the fetch command when the data set is absent", () => {
  process.env.SIGNCHECK_NO_SHARED = "1";
  process.env.SIGNCHECK_CACHE_DIR = join(mkdtempSync(join(tmpdir(), "signcheck-empty-")), "cache");
  delete process.env.SIGNCHECK_DATA_DIR;
  const result = auditClaim(logisticL0L1Dataset, { seed: 1, budget: "quick" });
  expect(result).toHaveVerdict("not-applicable");
  expect(result.notApplicable?.missingData).toBe(true);
  expect(headline(result)).toContain("signcheck data fetch mushrooms");
  expect(result.notApplicable).toMatchObject({ dataset: "mushrooms", fetch: "signcheck data fetch mushrooms" });
  expect(headline(result)).not.toMatch(/\/(tmp|root|home|work)\//);
  expect(result.match.ok).toBe(true);
});
