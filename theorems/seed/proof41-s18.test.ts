import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S18 } from "./proof41-s18.ts";

describe("seed/proof41-s18", () => {
  claimTest(proof41S18);
});
