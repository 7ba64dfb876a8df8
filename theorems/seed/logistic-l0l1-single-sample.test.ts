import { claimTest } from "signcheck/vitest";
import { logisticL0L1SingleSample } from "./logistic-l0l1-single-sample.ts";

claimTest(logisticL0L1SingleSample);
