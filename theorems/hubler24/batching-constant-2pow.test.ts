import { claimTest } from "signcheck/vitest";
import { batchingConstant2Pow } from "./batching-constant-2pow.ts";

claimTest(batchingConstant2Pow);
