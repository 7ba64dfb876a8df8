/**
 * The built-in claims audited by `signcheck audit` when no module is given: every theorem module
 * of this folder, in report order.
 */
import type { Claim } from "signcheck";
import { eq4SignMismatch } from "./seed/eq4-sign-mismatch.ts";
import { signSgdHp, signSgdHpDeltaNear1 } from "./seedfinal/signsgd-hp.ts";

export const claims: Claim[] = [eq4SignMismatch, signSgdHp, signSgdHpDeltaNear1];
