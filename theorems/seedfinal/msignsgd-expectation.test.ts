import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { mSignSgdExpectation } from "./msignsgd-expectation.ts";

describe("seedfinal/msignsgd-expectation", () => {
  claimTest(mSignSgdExpectation);
});
