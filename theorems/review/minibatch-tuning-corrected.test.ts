import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { minibatchTuningCorrected } from "./minibatch-tuning-corrected.ts";

describe("review/minibatch-tuning-corrected", () => {
  claimTest(minibatchTuningCorrected);
});
