import { claimTest } from "signcheck/vitest";
import { logisticLvsL1 } from "./logistic-l-vs-l1.ts";

claimTest(logisticLvsL1);
