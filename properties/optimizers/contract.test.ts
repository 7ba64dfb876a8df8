/**
 * The shared contract every optimizer of the registry passes: signcheck/laws optimizerContract (the
 * suite a user runs on an optimizer of their own), run over OPTIMIZERS. What it checks is said in
 * src/laws/optimizerContract.ts. Below it, what the library's own methods promise beyond the contract: the
 * parameter their bad-x0 errors name, and the registry itself: the contract's validation check is only as good as
 * its list of bad cases (each entry lists every parameter it takes, and each case keeps the valid parameters, so
 * that the error can only come from the one it names), and an entry's adversaries are the ones its name says.
 */
import { describe, expect, test } from "vitest";
import { optimizerContract } from "signcheck/laws";
import { OPTIMIZERS, Stream } from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

for (const entry of OPTIMIZERS) optimizerContract(entry);

/** The parameters each entry's bad cases name, by entry name (+EF variants as their base). */
const BAD_PARAMETERS: Record<string, readonly string[]> = {
  signSgd: ["gamma"],
  "minibatchSignSgd(B=4)": ["gamma"],
  mSignSgd: ["beta", "gamma"],
  mSgd: ["beta", "gamma"],
  majorityVote: ["M", "adversary.model", "alpha", "gamma"],
  efSignSgd: ["gamma"],
  sgd: ["floatBits", "gamma"],
  normalizedSgd: ["gamma"],
  clippedSgd: ["gamma", "lambda"],
  l0l1Gd: ["L0", "L1"],
  scaledSignSgd: ["gamma"],
  "qsgd(s=4)": ["gamma", "s"],
  "topK(k=2)": ["gamma", "k"],
  "randomK(k=2)": ["gamma", "k"],
};

describe("the library's methods, beyond the contract", () => {
  test.each(OPTIMIZERS.map((e) => [e.name, e] as const))("%s: a bad x0 is an error naming its entry or x0.length", (_name, e) => {
    expectInputError(() => e.optimizer.init(Float64Array.of(1, NaN), e.params(2), new Stream("x0")), "x0[1]");
    expectInputError(() => e.optimizer.init(new Float64Array(0), e.params(1), new Stream("x0")), "x0.length", 0);
  });

  test.each(OPTIMIZERS.map((e) => [e.name, e] as const))("%s: bad cases for every parameter, each keeping the valid parameters' keys", (name, e) => {
    const d = 8;
    const bad = e.bad(d);
    const base = name.replace("+EF", "").replace(/^majorityVote\(.*\)$/, "majorityVote");
    expect([...new Set(bad.map((b) => b.parameter))].sort()).toEqual(BAD_PARAMETERS[base]);
    const keys = Object.entries(e.params(d))
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    for (const b of bad) expect(Object.keys(b.params), JSON.stringify(b)).toEqual(expect.arrayContaining(keys.filter((k) => k !== "adversary")));
  });

  test.each(OPTIMIZERS.filter((e) => e.name.includes("α=")).map((e) => [e.name, e] as const))("%s: the adversaries its name promises", (name, e) => {
    const [, M, model, alpha] = /^majorityVote\(M=(\d+), (\w+) α=([\d.]+)\)$/.exec(name)!;
    const state = e.optimizer.init(new Float64Array(8), e.params(8), new Stream("adv")) as unknown as { adversaries: number; model: string; workers: number };
    expect([state.workers, state.model, state.adversaries]).toEqual([Number(M), model, Math.floor(Number(alpha) * Number(M))]);
  });
});
