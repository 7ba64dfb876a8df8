// The errata list (errata.ts), the built-in claims and docs/seed-errata.md agree.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PACKAGE_ROOT } from "signcheck/internal";
import { claims } from "../index.ts";
import { ERRATA } from "./errata.ts";

const byId = new Map(claims.map((c) => [c.id, c]));
const doc = readFileSync(join(PACKAGE_ROOT, "docs", "seed-errata.md"), "utf8");

/** The text of the section "## En — …" of the document. */
function section(error: string): string {
  const start = doc.indexOf(`## ${error} — `);
  if (start < 0) return "";
  const next = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe("seed errata", () => {
  test("lists E1 … E13 in order", () => {
    expect(ERRATA.map((e) => e.error)).toEqual(Array.from({ length: 13 }, (_, k) => `E${k + 1}`));
  });

  test("each error is shown by built-in claims expected violated, and bounded by claims expected to hold", () => {
    for (const e of ERRATA) {
      expect(e.shows.length, `${e.error} is shown by no claim`).toBeGreaterThan(0);
      for (const id of e.shows) expect(byId.get(id)?.expected?.verdict, `${e.error}: ${id}`).toBe("violated");
      for (const id of e.bounds) expect(byId.get(id)?.expected?.verdict, `${e.error}: ${id}`).toBe("holds");
    }
  });

  test("docs/seed-errata.md has a section per error naming each of its claims", () => {
    for (const e of ERRATA) {
      const text = section(e.error);
      expect(text.length, `no section for ${e.error}`).toBeGreaterThan(0);
      for (const id of [...e.shows, ...e.bounds]) expect(text, `${e.error}'s section does not name ${id}`).toContain(`\`${id}\``);
    }
  });

  test("the document cites bibliography keys and its own repository, never the review", () => {
    expect(doc).not.toMatch(/review §|theory-review/);
  });
});

describe("every source the report cites resolves", () => {
  // A citation of the reference review ("review §…") or of a path beside the package root (../shared/…)
  // cannot be opened by a reader of this repository; the data-set look-up beside the package root is the
  // one documented exception (README, src/data/locateDataset.ts).
  const unresolvable = /review §|theory-review|\.\.\/shared\/(?!datasets)/;

  test("no built-in claim cites the review or ../shared in its title, source, hypotheses or expectation", () => {
    const offending = claims.filter((c) =>
      [c.title, c.source.item, c.source.quote ?? "", c.source.step ?? "", c.source.equation ?? "", ...c.hypotheses, c.expected?.reason ?? ""].some((t) =>
        unresolvable.test(t),
      ),
    );
    expect(offending.map((c) => c.id)).toEqual([]);
  });

  test("no document of the repository cites the review or ../shared", () => {
    const docs = [
      "README.md",
      "DEVELOPERS.md",
      ...readdirSync(join(PACKAGE_ROOT, "docs"), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".md"))
        .map((f) => join("docs", f)),
    ];
    const offending = docs.filter((f) => unresolvable.test(readFileSync(join(PACKAGE_ROOT, f), "utf8")));
    expect(offending).toEqual([]);
  });
});
