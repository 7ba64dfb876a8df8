import { claimTest } from "signcheck/vitest";
import { logisticL0L1Dataset } from "./logistic-l0l1-dataset.ts";

claimTest(logisticL0L1Dataset);
