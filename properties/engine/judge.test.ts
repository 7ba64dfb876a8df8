import { describe, expect, test } from "vitest";
import { judge, type Expected } from "signcheck/internal";

const holdsFromStandard: Expected = { verdict: "holds", from: "standard", reason: "r" };
const violatedFromQuick: Expected = { verdict: "violated", reason: "r" };

describe("expectations per budget", () => {
  test.each([
    ["inconclusive", holdsFromStandard, "quick", true],
    ["inconclusive", holdsFromStandard, "standard", false],
    ["violated", holdsFromStandard, "quick", false],
    ["violated", holdsFromStandard, "thorough", false],
    ["holds", holdsFromStandard, "quick", true],
    ["holds", violatedFromQuick, "quick", false],
    ["inconclusive", violatedFromQuick, "quick", false],
    ["error", violatedFromQuick, "quick", false],
    ["violated", undefined, "quick", false],
    ["inconclusive", undefined, "quick", true],
    ["not-applicable", holdsFromStandard, "standard", false],
  ] as const)("%s vs %o at %s → ok = %s", (verdict, expected, level, ok) => {
    expect(judge(verdict, expected, level).ok).toBe(ok);
  });

  test("not-applicable because a data set is absent is never a mismatch", () => {
    expect(judge("not-applicable", holdsFromStandard, "standard", { reason: "no data", missingData: true }).ok).toBe(true);
  });
});
