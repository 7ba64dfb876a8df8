import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { lemma1NoHypothesis } from "./lemma1-no-hypothesis.ts";

describe("seed/lemma1-no-hypothesis", () => {
  claimTest(lemma1NoHypothesis);
});
