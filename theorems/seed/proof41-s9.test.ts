import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S9 } from "./proof41-s9.ts";

describe("seed/proof41-s9", () => {
  claimTest(proof41S9);
});
