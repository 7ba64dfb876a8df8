// The look-up of the texts claims quote, and the quote matcher (src/data/sourceText.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { locateSourceText, normaliseWhitespace, quoteOccurs, readSourceText, SOURCE_TEXTS, sourceTextCandidates } from "signcheck/internal";

describe("quoteOccurs", () => {
  const text = "We note that  $D_k$  is a\nmartingale difference sequence.\n\nHence, the choice of  $\\lambda$  yields";

  test("ignores runs of whitespace and line breaks", () => {
    expect(normaliseWhitespace(" a \n\t b  ")).toBe("a b");
    expect(quoteOccurs(text, "is a martingale difference sequence.")).toBe(true);
  });

  test("an elided quote needs its pieces in order", () => {
    expect(quoteOccurs(text, "We note that … Hence, the choice")).toBe(true);
    expect(quoteOccurs(text, "Hence, the choice … We note that")).toBe(false);
  });

  test("a changed word is not found, and an empty quote occurs nowhere", () => {
    expect(quoteOccurs(text, "is a martingale sequence")).toBe(false);
    expect(quoteOccurs(text, " … ")).toBe(false);
  });
});

describe("source texts", () => {
  test("SIGNCHECK_SOURCE_DIR is tried first, and SIGNCHECK_NO_SHARED=1 leaves no other place", () => {
    const dir = mkdtempSync(join(tmpdir(), "signcheck-source-"));
    writeFileSync(join(dir, SOURCE_TEXTS.seed.file), "the seed");
    const env = { SIGNCHECK_SOURCE_DIR: dir, SIGNCHECK_NO_SHARED: "1" };
    expect(sourceTextCandidates("seed", env)).toEqual([join(dir, SOURCE_TEXTS.seed.file)]);
    expect(readSourceText("seed", env)).toBe("the seed");
    expect(locateSourceText("seed", { SIGNCHECK_NO_SHARED: "1" })).toBeUndefined();
  });
});
