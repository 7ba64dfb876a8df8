import { claimTest } from "signcheck/vitest";
import { lemma1Eq2Sharp } from "./lemma1-eq2-sharp.ts";

claimTest(lemma1Eq2Sharp);
