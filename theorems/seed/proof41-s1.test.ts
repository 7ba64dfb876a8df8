import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S1 } from "./proof41-s1.ts";

describe("seed/proof41-s1", () => {
  claimTest(proof41S1);
});
