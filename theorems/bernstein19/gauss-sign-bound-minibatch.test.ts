import { claimTest } from "signcheck/vitest";
import { gaussSignBoundMinibatch } from "./gauss-sign-bound-minibatch.ts";

claimTest(gaussSignBoundMinibatch);
