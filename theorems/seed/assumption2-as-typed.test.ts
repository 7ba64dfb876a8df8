import { claimTest } from "signcheck/vitest";
import { assumption2AsTyped } from "./assumption2-as-typed.ts";

claimTest(assumption2AsTyped);
