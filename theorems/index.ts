/**
 * The built-in claims audited by `signcheck audit` when no module is given: every theorem module
 * of this folder, in report order; and the report appendices written with their audit (the seed
 * audit's errors table and traceability matrix, theorems/seed/appendices.ts).
 */
import type { Claim, ReportAppendix } from "signcheck";
import { seedAppendices } from "./seed/appendices.ts";
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
  adversariesAlwaysWrong,
  adversariesAlwaysWrongBelowThreshold,
  adversariesBlind,
  adversariesBlindMajority,
  adversariesInvertingPastHalf,
  adversariesSimulated,
} from "./bernstein19/adversaries.ts";
import { batchingConstant2 } from "./kornilov25/batching-constant-2.ts";
import { mSignSgdSkewedNoise } from "./kornilov25/m-signsgd-skewed-noise.ts";
import { gaussSignBoundMinibatch } from "./bernstein19/gauss-sign-bound-minibatch.ts";
import { batchingConstant2Pow } from "./hubler24/batching-constant-2pow.ts";
import { batchingConstant1, batchingConstant1NonIdentical, batchingConstant1Symmetric } from "./seed/batching-constant-1.ts";
import { gaussSignBound, gaussSignBoundLattice } from "./bernstein19/gauss-sign-bound.ts";
import { assumption3Forms, assumption3FormsConverse, assumption3FormsL2 } from "./seed/assumption3-forms.ts";
import { proof41S1 } from "./seed/proof41-s1.ts";
import { proof41S2, proof41S2AsLe } from "./seed/proof41-s2.ts";
import { proof41S3 } from "./seed/proof41-s3.ts";
import { proof41S4 } from "./seed/proof41-s4.ts";
import { proof41S5 } from "./seed/proof41-s5.ts";
import { proof41S6 } from "./seed/proof41-s6.ts";
import { proof41S7, proof41S7MdsClass } from "./seed/proof41-s7.ts";
import { proof41S8 } from "./seed/proof41-s8.ts";
import { proof41S9 } from "./seed/proof41-s9.ts";
import { proof41S10 } from "./seed/proof41-s10.ts";
import { proof41S11, proof41S11Constant } from "./seed/proof41-s11.ts";
import { proof41S12, proof41S12Corrected, proof41S12L0Term, proof41S12L1Term } from "./seed/proof41-s12.ts";
import { proof41S13 } from "./seed/proof41-s13.ts";
import { proof41S14 } from "./seed/proof41-s14.ts";
import { proof41S15, proof41S15PostHocLambda } from "./seed/proof41-s15.ts";
import { proof41S16, proof41S16AsGe } from "./seed/proof41-s16.ts";
import { proof41S17 } from "./seed/proof41-s17.ts";
import { proof41S18 } from "./seed/proof41-s18.ts";
import { proof41S19, proof41S19Corrected, proof41S19MergesValid } from "./seed/proof41-s19.ts";
import { proof41S20 } from "./seed/proof41-s20.ts";
import { proof41S21 } from "./seed/proof41-s21.ts";
import { proof41S22, proof41S22CitedLemma } from "./seed/proof41-s22.ts";
import { proof41S23, proof41S23FirstTerm } from "./seed/proof41-s23.ts";
import { proof41S24 } from "./seed/proof41-s24.ts";
import { proof41S25 } from "./seed/proof41-s25.ts";
import { noiseFloor, noiseFloorSymmetric } from "./seed/noise-floor.ts";
import { outputUniformPoint } from "./seed/output-uniform-point.ts";
import { experimentSignGdVsGd } from "./seed/experiment-signgd-vs-gd.ts";
import { quarterCap, quarterCapAsUsed } from "./seedfinal/quarter-cap.ts";
import { lemma1NoHypothesis } from "./seed/lemma1-no-hypothesis.ts";
import { signUpdateStepLemma, signUpdateStepLemmaCorrected, signUpdateStepLemmaSignedA } from "./seedfinal/sign-update-step-lemma.ts";
import { signDescentExpectation, signDescentExpectationEighth } from "./bernstein18/sign-descent-expectation.ts";
import { gdQuadraticIterations, gdQuadraticIterationsSqrt } from "./nesterov18/gd-quadratic-iterations.ts";
import { sgdQuadraticTuning, sgdQuadraticTuningNoiseless } from "./laurent00/sgd-quadratic-tuning.ts";
import { minibatchTuning, minibatchTuningDeltaNear1 } from "./seedfinal/minibatch-tuning.ts";
import { minibatchTuningCorrected } from "./review/minibatch-tuning-corrected.ts";
import { mSignSgdExpectation } from "./seedfinal/msignsgd-expectation.ts";
import { bernsteinThm1 } from "./bernstein18/thm1.ts";
import { bernsteinThm2MajorityVote } from "./bernstein18/thm2-majority-vote.ts";
import { kornilovLemma1, kornilovLemma1AsSummarised } from "./kornilov25/lemma1.ts";
import { kornilovMinibatch } from "./kornilov25/minibatch.ts";
// issue 9 item 3 and the error-feedback part of item 5: complexity orders, measured rates
import { complexityClaims } from "./seed/complexity.ts";
import { efConvexRate } from "./karimireddy19/ef-convex-rate.ts";

export const claims: Claim[] = [
  // the seed's assumptions and Lemma 1, over random (L0,L1)-smooth functions (issue 3)
  assumption2AsTyped,
  lemma1Eq1,
  lemma1Eq2,
  lemma1Eq1Sharp,
  lemma1Eq2Sharp,
  lemma1NoHypothesis,
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
  // the seed's §2 experiment against a fair GD (issue 9)
  experimentSignGdVsGd,
  // the seed's §3.2: the noise floor without batching, the output rule (issue 9)
  noiseFloor,
  noiseFloorSymmetric,
  outputUniformPoint,
  // the proof of the seed's §4.1, step by step (issue 9; registry: seed/proof41Steps.ts)
  proof41S1,
  proof41S2,
  proof41S2AsLe,
  proof41S3,
  proof41S4,
  proof41S5,
  proof41S6,
  proof41S7,
  proof41S7MdsClass,
  proof41S8,
  proof41S9,
  proof41S10,
  proof41S11,
  proof41S11Constant,
  proof41S12,
  proof41S12L1Term,
  proof41S12L0Term,
  proof41S12Corrected,
  proof41S13,
  proof41S14,
  proof41S15,
  proof41S15PostHocLambda,
  proof41S16,
  proof41S16AsGe,
  proof41S17,
  proof41S18,
  proof41S19,
  proof41S19MergesValid,
  proof41S19Corrected,
  proof41S20,
  proof41S21,
  proof41S22,
  proof41S22CitedLemma,
  proof41S23,
  proof41S23FirstTerm,
  proof41S24,
  proof41S25,
  // the authors' completion: the high-probability bound its proof arrives at, the Sign Update Step Lemma
  signSgdHp,
  signSgdHpDeltaNear1,
  quarterCap,
  quarterCapAsUsed,
  signUpdateStepLemma,
  signUpdateStepLemmaSignedA,
  signUpdateStepLemmaCorrected,
  // the completion's tuning in both regimes, its corrected form (docs/seed-errata.md, E8), M-SignSGD in expectation
  minibatchTuning,
  minibatchTuningDeltaNear1,
  minibatchTuningCorrected,
  mSignSgdExpectation,
  // the L-smooth results the seed builds on
  kornilovLemma1,
  kornilovLemma1AsSummarised,
  kornilovMinibatch,
  bernsteinThm1,
  bernsteinThm2MajorityVote,
  // the seed's complexity orders (5) as measured slopes (issue 9, item 3)
  ...complexityClaims,
  // optimizers: the known failure cases of sign methods (issue 5)
  signSgdFails,
  efSignSgdConverges,
  // the seed's third task: error feedback on convex problems, a measured rate (issue 9, item 5)
  efConvexRate,
  skewedNoise,
  skewedNoiseMinibatch,
  mSignSgdSkewedNoise,
  adversariesBlind,
  adversariesBlindMajority,
  adversariesInvertingPastHalf,
  adversariesAlwaysWrongBelowThreshold,
  adversariesAlwaysWrong,
  adversariesSimulated,
  // the expectation, scaling and tuning kinds on classical results with a true and a false variant (issue 8)
  signDescentExpectation,
  signDescentExpectationEighth,
  gdQuadraticIterations,
  gdQuadraticIterationsSqrt,
  sgdQuadraticTuning,
  sgdQuadraticTuningNoiseless,
];

export const appendices: readonly ReportAppendix[] = [...seedAppendices];
