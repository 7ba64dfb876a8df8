// Gating your own algorithm in your own vitest suite: the test fails when the verdict differs from `expected`.
import { claimTest } from "signcheck/vitest";
import { signStepDescent } from "./my-claims.ts";

claimTest(signStepDescent);
