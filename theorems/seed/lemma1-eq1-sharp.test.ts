import { claimTest } from "signcheck/vitest";
import { lemma1Eq1Sharp } from "./lemma1-eq1-sharp.ts";

claimTest(lemma1Eq1Sharp);
