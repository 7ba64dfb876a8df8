import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S10 } from "./proof41-s10.ts";

describe("seed/proof41-s10", () => {
  claimTest(proof41S10);
});
