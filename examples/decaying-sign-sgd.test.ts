// signcheck's own contract suites, run on an optimizer and a noise law of your own with `npx vitest run`.
import { contaminated, gaussian, studentT } from "signcheck";
import { noiseLawContract, optimizerContract, signStepLaw } from "signcheck/laws";
import { expect, test } from "vitest";
import { decayingSignSgd } from "./decaying-sign-sgd.ts";

// Deterministic given the seed, no allocation per step, typed errors on bad input, runs on every oracle.
optimizerContract({
  name: "decayingSignSgd",
  optimizer: decayingSignSgd,
  params: () => ({ gamma: 0.01 }),
  bad: () => [
    { params: { gamma: 0 }, parameter: "gamma" },
    { params: { gamma: NaN }, parameter: "gamma" },
  ],
});

// A law checker returns fast-check's run details: the first step moves every coordinate by exactly γ.
test("a sign step", () => {
  expect(signStepLaw(decayingSignSgd, (gamma) => ({ gamma })).failed).toBe(false);
});

// Reproducible draws, fill = repeated sample (times the scales), declared facts consistent.
noiseLawContract(contaminated(0.1, gaussian(), studentT(1.5)), { label: "10% Student-t(1.5) outliers" });
