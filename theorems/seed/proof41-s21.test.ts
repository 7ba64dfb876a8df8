import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { proof41S21 } from "./proof41-s21.ts";

describe("seed/proof41-s21", () => {
  claimTest(proof41S21);
});
