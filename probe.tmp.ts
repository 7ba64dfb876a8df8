import { auditClaim } from "signcheck";
import { minibatchTuningDeltaNear1, minibatchTuning } from "./theorems/seedfinal/minibatch-tuning.ts";
import { minibatchTuningCorrected } from "./theorems/review/minibatch-tuning-corrected.ts";
const which = process.argv[2];
const c = which === "near" ? minibatchTuningDeltaNear1 : which === "corr" ? minibatchTuningCorrected : minibatchTuning;
for (const seed of [1, 2, 3]) {
  const t = Date.now();
  const r = auditClaim(c, { seed, budget: "quick" });
  console.log(c.id, seed, r.verdict, r.summary, ((Date.now() - t) / 1000).toFixed(1) + "s");
}
