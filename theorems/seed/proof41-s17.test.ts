import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S17 } from "./proof41-s17.ts";

describe("seed/proof41-s17", () => {
  claimTest(proof41S17);
});
