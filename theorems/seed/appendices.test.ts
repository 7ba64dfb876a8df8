// The seed audit's appendices (appendices.ts) rendered from real results: the errors table has a row for every
// error E1–E13 and each of its claims, with the verdict and the key figure of this audit; the traceability
// matrix has a row for every registered claim of every proof step, with its test file, verdict and quote.
import { describe, expect, test } from "vitest";
import { auditClaim, headline, markdownCell, renderAppendices } from "signcheck/internal";
import { TEST_SEED } from "signcheck/vitest";
import { seedAppendices } from "./appendices.ts";
import { ERRATA } from "./errata.ts";
import { PROOF41_STEPS } from "./proof41Steps.ts";
import { proof41S3 } from "./proof41-s3.ts";
import { proof41S16 } from "./proof41-s16.ts";

// Two cheap exact claims (E1 and E9); every other claim is "not audited in this run".
const results = [proof41S3, proof41S16].map((c) => auditClaim(c, { seed: TEST_SEED, budget: "quick" }));
const [errata, traceability] = renderAppendices(seedAppendices, results, { seed: TEST_SEED, budget: "quick" });
const rows = (md: string) => md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));

describe("seed audit appendices", () => {
  test("render without error, as errata.md (inline) and traceability.md", () => {
    expect([errata.file, traceability.file]).toEqual(["errata.md", "traceability.md"]);
    expect(errata.error ?? traceability.error).toBeUndefined();
    expect(errata.inline).toBe(true);
  });

  test("the errors table has a row for every error and each of its claims, with the figure", () => {
    for (const e of ERRATA) {
      for (const id of [...e.shows, ...e.bounds]) {
        const row = rows(errata.markdown).find((l) => l.includes(`${e.error} — `) && l.includes(`\`${id}\``));
        expect(row, `${e.error}: no row for ${id}`).toBeDefined();
        expect(row).toContain(e.figure.split(" ")[0]);
      }
    }
  });

  test("a violated claim's row gives its verdict, its key figure and the replay command; the count of errors shown is stated", () => {
    const e1 = rows(errata.markdown).find((l) => l.includes("`seed/proof41-s3`"))!;
    expect(results[0].verdict).toBe("violated");
    expect(e1).toContain("violated");
    expect(e1).toContain(headline(results[0]).slice(0, 20));
    expect(e1).toContain("replay:");
    expect(errata.markdown).toMatch(/Errors shown by a violated claim in this audit: 2 of 13 \(not shown here: E2, E3/);
    expect(rows(errata.markdown).find((l) => l.includes("`seed/proof41-s12`"))).toContain("not audited in this run");
  });

  test("the traceability matrix has a row per registered claim: step, claim, test file, verdict, quote", () => {
    for (const s of PROOF41_STEPS) {
      for (const c of s.claims) {
        const row = rows(traceability.markdown).find((l) => l.startsWith(`| ${s.step} |`) && l.includes(`\`${c.id}\``));
        expect(row, `${s.step}: no row for ${c.id}`).toBeDefined();
        expect(row).toContain(`\`${c.test}\``);
      }
    }
    const s3 = rows(traceability.markdown).find((l) => l.includes("`seed/proof41-s3`"))!;
    expect(s3).toContain("violated");
    expect(s3).toContain(markdownCell(proof41S3.source.quote!));
  });
});
