import { claimTest } from "signcheck/vitest";
import { gaussSignBound, gaussSignBoundLattice } from "./gauss-sign-bound.ts";

claimTest(gaussSignBound);
claimTest(gaussSignBoundLattice);
