/**
 * The built-in claims audited by `signcheck audit` when no module is given: every theorem module
 * of this folder, in report order.
 */
import type { Claim } from "signcheck";
import { eq4SignMismatch } from "./seed/eq4-sign-mismatch.ts";
import { signSgdHp, signSgdHpDeltaNear1 } from "./seedfinal/signsgd-hp.ts";
import { assumption2AsTyped } from "./seed/assumption2-as-typed.ts";
import { lemma1Eq1 } from "./seed/lemma1-eq1.ts";
import { lemma1Eq1Sharp } from "./seed/lemma1-eq1-sharp.ts";
import { lemma1Eq2 } from "./seed/lemma1-eq2.ts";
import { lemma1Eq2Sharp } from "./seed/lemma1-eq2-sharp.ts";
import { logisticL0L1Dataset } from "./seed/logistic-l0l1-dataset.ts";
import { logisticL0L1SingleSample } from "./seed/logistic-l0l1-single-sample.ts";
import { logisticLvsL1 } from "./seed/logistic-l-vs-l1.ts";

export const claims: Claim[] = [
  eq4SignMismatch,
  signSgdHp,
  signSgdHpDeltaNear1,
  // problem library (issue 3)
  assumption2AsTyped,
  lemma1Eq1,
  lemma1Eq2,
  lemma1Eq1Sharp,
  lemma1Eq2Sharp,
  logisticL0L1SingleSample,
  logisticL0L1Dataset,
  logisticLvsL1,
];
