import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S8 } from "./proof41-s8.ts";

describe("seed/proof41-s8", () => {
  claimTest(proof41S8);
});
