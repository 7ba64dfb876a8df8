// The high-probability examples gated in vitest at the quick budget: each test fails when its verdict differs from `expected`.
import { claimTest } from "signcheck/vitest";
import { signFlipFrequency, signFlipFrequencyFastRate } from "./sign-flip-frequency.ts";

claimTest(signFlipFrequency);
claimTest(signFlipFrequencyFastRate);
