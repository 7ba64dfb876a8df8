import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S6 } from "./proof41-s6.ts";

describe("seed/proof41-s6", () => {
  claimTest(proof41S6);
});
