/**
 * `judge` (src/claims/judge.ts): every rule of its header, each both ways — where it decides and where it
 * must let the next rule decide — with the reason each outcome gives (the reports print it).
 */
import { describe, expect, test } from "vitest";
import { judge, type Expected } from "signcheck/internal";

const holdsFromStandard: Expected = { verdict: "holds", from: "standard", reason: "r" };
const holdsFromThorough: Expected = { verdict: "holds", from: "thorough", reason: "r" };
const holds: Expected = { verdict: "holds", reason: "r" };
const violatedFromQuick: Expected = { verdict: "violated", reason: "r" };
const violatedFromThorough: Expected = { verdict: "violated", from: "thorough", reason: "r" };
const inconclusiveExpected: Expected = { verdict: "inconclusive", reason: "r" };
const missingData = { reason: "no data", missingData: true };

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

describe("rule 1: an error never matches", () => {
  test("error without an expectation (which would otherwise match anything but violated)", () => {
    expect(judge("error", undefined, "quick")).toEqual({ ok: false, reason: "the claim's code raised an error" });
  });

  test("error below the decisive budget (where inconclusive would match) and with a data set absent", () => {
    expect(judge("error", holdsFromThorough, "quick")).toEqual({ ok: false, reason: "the claim's code raised an error" });
    expect(judge("error", holds, "quick", missingData)).toEqual({ ok: false, reason: "the claim's code raised an error" });
  });

  test("the other way: a verdict that is not an error goes on to the expectation", () => {
    expect(judge("holds", holds, "quick")).toEqual({ ok: true, reason: "matches expected holds" });
  });
});

describe("rule 2: not-applicable because a data set is absent always matches", () => {
  test("whatever is expected, at any budget", () => {
    const reason = "data set absent: not-applicable is never a mismatch";
    expect(judge("not-applicable", holds, "quick", missingData)).toEqual({ ok: true, reason });
    expect(judge("not-applicable", violatedFromQuick, "thorough", missingData)).toEqual({ ok: true, reason });
  });

  test("the other way: not-applicable for another reason is judged against the expectation", () => {
    expect(judge("not-applicable", holds, "quick", { reason: "out of scope" })).toEqual({ ok: false, reason: "expected holds, got not-applicable" });
    expect(judge("not-applicable", holds, "quick", { reason: "out of scope", missingData: false }).ok).toBe(false);
    expect(judge("not-applicable", holds, "quick").ok).toBe(false);
  });

  test("the other way: a data set marked absent does not excuse another verdict", () => {
    expect(judge("holds", violatedFromQuick, "quick", missingData)).toEqual({ ok: false, reason: "expected violated, got holds" });
  });
});

describe("rule 3: without an expectation, anything but violated matches", () => {
  test.each(["holds", "inconclusive", "not-applicable"] as const)("%s matches", (verdict) => {
    expect(judge(verdict, undefined, "quick")).toEqual({ ok: true, reason: "no expectation declared; not violated" });
  });

  test("violated does not", () => {
    expect(judge("violated", undefined, "thorough")).toEqual({ ok: false, reason: "violated, and no expectation declares it" });
  });
});

describe("rule 4: violated where holds is expected never matches, whatever the budget", () => {
  test.each(["quick", "standard", "thorough"] as const)("at %s, below or at the decisive budget", (level) => {
    expect(judge("violated", holdsFromThorough, level)).toEqual({ ok: false, reason: "violated where holds is expected" });
  });

  test("the other way: inconclusive where holds is expected, below the decisive budget, matches", () => {
    expect(judge("inconclusive", holdsFromThorough, "standard").ok).toBe(true);
  });

  test("the other way: holds where violated is expected does not get this reason", () => {
    expect(judge("holds", violatedFromThorough, "quick")).toEqual({ ok: false, reason: "expected violated, got holds" });
  });
});

describe("rule 5: below the expectation's `from` budget an inconclusive matches", () => {
  test("strictly below: quick and standard under thorough", () => {
    expect(judge("inconclusive", holdsFromThorough, "quick")).toEqual({
      ok: true,
      reason: "inconclusive below the decisive budget (thorough) of expected holds",
    });
    expect(judge("inconclusive", violatedFromThorough, "standard")).toEqual({
      ok: true,
      reason: "inconclusive below the decisive budget (thorough) of expected violated",
    });
  });

  test("the other way: at the decisive budget it does not", () => {
    expect(judge("inconclusive", holdsFromThorough, "thorough")).toEqual({ ok: false, reason: "expected holds, got inconclusive" });
  });

  test("the other way: without `from` the decisive budget is quick, so inconclusive never matches", () => {
    expect(judge("inconclusive", holds, "quick")).toEqual({ ok: false, reason: "expected holds, got inconclusive" });
    expect(judge("inconclusive", violatedFromQuick, "standard").ok).toBe(false);
  });

  test("the other way: below the decisive budget only inconclusive is excused, not another verdict", () => {
    expect(judge("holds", violatedFromThorough, "quick").ok).toBe(false);
  });
});

describe("rule 6: otherwise the verdict must equal the expected one", () => {
  test.each([
    ["holds", holds],
    ["violated", violatedFromQuick],
    ["inconclusive", inconclusiveExpected],
  ] as const)("%s where %o is expected matches", (verdict, expected) => {
    expect(judge(verdict, expected, "quick")).toEqual({ ok: true, reason: `matches expected ${verdict}` });
  });

  test("the other way: a verdict other than the expected one does not", () => {
    expect(judge("violated", inconclusiveExpected, "quick")).toEqual({ ok: false, reason: "expected inconclusive, got violated" });
  });
});
