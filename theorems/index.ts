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
import { logisticL0L1Dataset, logisticL0L1DatasetRidge } from "./seed/logistic-l0l1-dataset.ts";
import { logisticL0L1SingleSample } from "./seed/logistic-l0l1-single-sample.ts";
import { logisticLvsL1, logisticLvsL1PerSample } from "./seed/logistic-l-vs-l1.ts";
import { efSignSgdConverges, signSgdFails } from "./karimireddy19/signsgd-fails.ts";
import { skewedNoise, skewedNoiseMinibatch } from "./bernstein18/skewed-noise.ts";
import {
  adversariesAlwaysWrong, adversariesAlwaysWrongBelowThreshold, adversariesBlind, adversariesBlindMajority, adversariesInvertingPastHalf, adversariesSimulated,
} from "./bernstein19/adversaries.ts";
import { batchingConstant2 } from "./kornilov25/batching-constant-2.ts";
import { mSignSgdSkewedNoise } from "./kornilov25/m-signsgd-skewed-noise.ts";
import { gaussSignBoundMinibatch } from "./bernstein19/gauss-sign-bound-minibatch.ts";
import { batchingConstant2Pow } from "./hubler24/batching-constant-2pow.ts";
import { batchingConstant1, batchingConstant1NonIdentical, batchingConstant1Symmetric } from "./seed/batching-constant-1.ts";
import { gaussSignBound, gaussSignBoundLattice } from "./bernstein19/gauss-sign-bound.ts";
import { assumption3Forms, assumption3FormsConverse, assumption3FormsL2 } from "./seed/assumption3-forms.ts";

export const claims: Claim[] = [
  // the seed's assumptions and Lemma 1, over random (L0,L1)-smooth functions (issue 3)
  assumption2AsTyped,
  lemma1Eq1,
  lemma1Eq2,
  lemma1Eq1Sharp,
  lemma1Eq2Sharp,
  // the seed's section 2: logistic regression (issue 3)
  logisticL0L1SingleSample,
  logisticL0L1Dataset,
  logisticL0L1DatasetRidge,
  logisticLvsL1,
  logisticLvsL1PerSample,
  // noise: Assumption 3, sign flips, batching (issue 4)
  assumption3Forms,
  assumption3FormsConverse,
  assumption3FormsL2,
  eq4SignMismatch,
  gaussSignBound,
  gaussSignBoundLattice,
  gaussSignBoundMinibatch,
  batchingConstant2,
  batchingConstant2Pow,
  batchingConstant1,
  batchingConstant1NonIdentical,
  batchingConstant1Symmetric,
  // the authors' completed high-probability lemma
  signSgdHp,
  signSgdHpDeltaNear1,
  // optimizers: the known failure cases of sign methods (issue 5)
  signSgdFails,
  efSignSgdConverges,
  skewedNoise,
  skewedNoiseMinibatch,
  mSignSgdSkewedNoise,
  adversariesBlind,
  adversariesBlindMajority,
  adversariesInvertingPastHalf,
  adversariesAlwaysWrongBelowThreshold,
  adversariesAlwaysWrong,
  adversariesSimulated,
];
