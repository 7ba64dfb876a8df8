import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S7, proof41S7MdsClass } from "./proof41-s7.ts";

describe("seed/proof41-s7", () => {
  claimTest(proof41S7);
  claimTest(proof41S7MdsClass);
});
