import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { bernsteinThm2MajorityVote } from "./thm2-majority-vote.ts";

describe("bernstein18/thm2-majority-vote", () => {
  claimTest(bernsteinThm2MajorityVote);
});
