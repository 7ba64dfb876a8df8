import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S14 } from "./proof41-s14.ts";

describe("seed/proof41-s14", () => {
  claimTest(proof41S14);
});
