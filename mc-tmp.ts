import { auditClaim } from "./src/index.ts";
import { signSgdHpDeltaNear1, signSgdHp } from "./theorems/seedfinal/signsgd-hp.ts";
for (const c of [signSgdHpDeltaNear1]) for (const budget of ["quick", "standard"] as const) for (const seed of [1, 2, 3, 20250403]) {
  const r = auditClaim(c, { seed, budget });
  console.log(c.id, budget, seed, r.verdict, r.durationMs, r.summary.slice(0, 120), JSON.stringify(r.evidence.counterexample?.instance), JSON.stringify(r.evidence.counterexample?.detail?.observedQuantile), r.evidence.counterexample?.detail?.bound);
}
