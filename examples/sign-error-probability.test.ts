// The probability examples gated in vitest at the quick budget.
import { claimTest } from "signcheck/vitest";
import { signErrorGaussian, signErrorLaplace } from "./sign-error-probability.ts";

claimTest(signErrorGaussian);
claimTest(signErrorLaplace);
