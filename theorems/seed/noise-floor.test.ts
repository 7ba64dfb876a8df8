import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { noiseFloor, noiseFloorSymmetric } from "./noise-floor.ts";

describe("seed/noise-floor", () => {
  claimTest(noiseFloor);
  claimTest(noiseFloorSymmetric);
});
