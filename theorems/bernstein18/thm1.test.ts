import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { bernsteinThm1 } from "./thm1.ts";

describe("bernstein18/thm1", () => {
  claimTest(bernsteinThm1);
});
