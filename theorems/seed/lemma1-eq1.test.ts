import { claimTest } from "signcheck/vitest";
import { lemma1Eq1 } from "./lemma1-eq1.ts";

claimTest(lemma1Eq1);
