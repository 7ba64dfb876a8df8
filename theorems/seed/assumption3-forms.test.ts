import { claimTest } from "signcheck/vitest";
import { assumption3Forms, assumption3FormsConverse, assumption3FormsL2 } from "./assumption3-forms.ts";

claimTest(assumption3Forms);
claimTest(assumption3FormsConverse);
claimTest(assumption3FormsL2);
