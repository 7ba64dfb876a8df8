import { claimTest } from "signcheck/vitest";
import { batchingConstant2 } from "./batching-constant-2.ts";

claimTest(batchingConstant2);
