/**
 * The shared contract every optimizer of the registry passes: signcheck/laws optimizerContract (the
 * suite a user runs on an optimizer of their own), run over OPTIMIZERS. What it checks is said in
 * src/laws/optimizerContract.ts.
 */
import { optimizerContract } from "signcheck/laws";
import { OPTIMIZERS } from "signcheck/internal";

for (const entry of OPTIMIZERS) optimizerContract(entry);
