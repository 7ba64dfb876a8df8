import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S4 } from "./proof41-s4.ts";

describe("seed/proof41-s4", () => {
  claimTest(proof41S4);
});
