/** Report section of `tuning` evidence: the prescription's miss rate, and its price against the grid. */
import type { TuningEvidence } from "../../claims/types.ts";
import { num } from "./common.ts";
import { probabilitySection } from "./probability.ts";

export function tuningSection(e: TuningEvidence): string[] {
  const lines = probabilitySection({ ...e, kind: "high-probability" });
  const extra: string[] = [];
  if (e.prescription) extra.push(`prescription at the least-slack instance: \`${JSON.stringify(e.prescription.params)}\`, cost ${num(e.prescription.cost)}`);
  for (const p of e.price ?? []) extra.push(`price of the constants: the prescription costs ${num(p.price)}× the cheapest grid point certified to reach the target (\`${JSON.stringify(p.best)}\`) on instance ${p.instanceHash}`);
  if (e.grid?.length && !(e.price ?? []).length) extra.push("grid: no price (the prescription or every grid point was not certified at the figures' level)");
  for (const g of e.grid ?? []) extra.push(`grid point${g.prescribed ? " (prescribed)" : ""} \`${JSON.stringify(g.params)}\` cost ${num(g.cost)}: ${g.summary.failures}/${g.summary.trials} misses → ${g.summary.decision}`);
  return [...lines.slice(0, 3), ...extra, ...lines.slice(3)];
}
