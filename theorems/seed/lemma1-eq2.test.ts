import { claimTest } from "signcheck/vitest";
import { lemma1Eq2 } from "./lemma1-eq2.ts";

claimTest(lemma1Eq2);
