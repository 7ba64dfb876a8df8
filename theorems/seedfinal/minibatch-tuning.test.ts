import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { minibatchTuning, minibatchTuningDeltaNear1 } from "./minibatch-tuning.ts";

describe("seedfinal/minibatch-tuning", () => {
  claimTest(minibatchTuning);
  claimTest(minibatchTuningDeltaNear1);
});
