import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S24 } from "./proof41-s24.ts";

describe("seed/proof41-s24", () => {
  claimTest(proof41S24);
});
