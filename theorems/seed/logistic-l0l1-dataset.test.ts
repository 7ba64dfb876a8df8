import { claimTest } from "signcheck/vitest";
import { logisticL0L1Dataset, logisticL0L1DatasetRidge } from "./logistic-l0l1-dataset.ts";

claimTest(logisticL0L1Dataset);
claimTest(logisticL0L1DatasetRidge);
