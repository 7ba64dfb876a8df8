import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { outputUniformPoint } from "./output-uniform-point.ts";

describe("seed/output-uniform-point", () => {
  claimTest(outputUniformPoint);
});
