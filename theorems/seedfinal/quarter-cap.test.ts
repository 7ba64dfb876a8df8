import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { quarterCap, quarterCapAsUsed } from "./quarter-cap.ts";

describe("seedfinal/quarter-cap", () => {
  claimTest(quarterCap);
  claimTest(quarterCapAsUsed);
});
