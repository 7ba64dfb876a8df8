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

export const claims: Claim[] = [
  // the seed and its completion
  eq4SignMismatch,
  signSgdHp,
  signSgdHpDeltaNear1,
  // optimizers: the known failure cases of sign methods (issue 5)
  signSgdFails,
  efSignSgdConverges,
  skewedNoise,
  skewedNoiseMinibatch,
  adversariesBlind,
  adversariesAlwaysWrong,
];
