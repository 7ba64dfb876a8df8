import { describe } from "vitest";
import { claimTest } from "signcheck/vitest";
import { skewedNoise, skewedNoiseMinibatch } from "./skewed-noise.ts";

describe("bernstein18/skewed-noise", () => {
  claimTest(skewedNoise);
});
describe("bernstein18/skewed-noise-minibatch", () => {
  claimTest(skewedNoiseMinibatch);
});
