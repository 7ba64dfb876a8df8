/**
 * The built-in claims audited by `signcheck audit` when no module is given: every theorem module
 * of this folder, in report order.
 */
import type { Claim } from "signcheck";
import { eq4SignMismatch } from "./seed/eq4-sign-mismatch.ts";
import { signSgdHp, signSgdHpDeltaNear1 } from "./seedfinal/signsgd-hp.ts";
import { efSignSgdConverges, signSgdFails } from "./karimireddy19/signsgd-fails.ts";
import { skewedNoise, skewedNoiseMinibatch } from "./bernstein18/skewed-noise.ts";
import { adversariesAlwaysWrong, adversariesBlind } from "./bernstein19/adversaries.ts";
import { batchingConstant2 } from "./kornilov25/batching-constant-2.ts";
import { batchingConstant2Pow } from "./hubler24/batching-constant-2pow.ts";
import { batchingConstant1, batchingConstant1Symmetric } from "./seed/batching-constant-1.ts";
import { gaussSignBound, gaussSignBoundLattice } from "./bernstein19/gauss-sign-bound.ts";
import { assumption3Forms, assumption3FormsConverse, assumption3FormsL2 } from "./seed/assumption3-forms.ts";

export const claims: Claim[] = [
  // the seed and its completion
  eq4SignMismatch,
  signSgdHp,
  signSgdHpDeltaNear1,
  // noise: batching, sign flips, the forms of Assumption 3 (issue 4)
  batchingConstant2,
  batchingConstant2Pow,
  batchingConstant1,
  batchingConstant1Symmetric,
  gaussSignBound,
  gaussSignBoundLattice,
  assumption3Forms,
  assumption3FormsConverse,
  assumption3FormsL2,
  // optimizers: the known failure cases of sign methods (issue 5)
  signSgdFails,
  efSignSgdConverges,
  skewedNoise,
  skewedNoiseMinibatch,
  adversariesBlind,
  adversariesAlwaysWrong,
];
