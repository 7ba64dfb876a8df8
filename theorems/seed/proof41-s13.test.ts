import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S13 } from "./proof41-s13.ts";

describe("seed/proof41-s13", () => {
  claimTest(proof41S13);
});
