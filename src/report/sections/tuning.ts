/** Report section of `tuning` evidence: the prescription's miss rate, and its price against the grid. */
import type { TuningEvidence } from "../../claims/types.ts";
import { plural } from "../../core/formatFigure.ts";
import { t, type Line } from "../richText.ts";
import { instanceCode, num } from "./common.ts";
import { probabilitySection } from "./probability.ts";

export function tuningSection(e: TuningEvidence): Line[] {
  const lines = probabilitySection({ ...e, kind: "high-probability" });
  const extra: Line[] = [];
  if (e.prescription) extra.push(t`prescription at the least-slack instance: ${instanceCode(e.prescription.params)}, cost ${num(e.prescription.cost)}`);
  for (const p of e.price ?? [])
    extra.push(
      t`price of the constants: the prescription costs ${num(p.price)}× the cheapest grid point certified to reach the target (${instanceCode(p.best)})`,
    );
  if (e.grid?.length && !(e.price ?? []).length) extra.push(["grid: no price (the prescription or every grid point was not certified at the figures' level)"]);
  if (e.gridTest && e.grid?.length)
    extra.push([
      `grid: ${plural(e.grid.length, "point")} on ${plural(e.gridTest.instances, "instance")}, each a sequential test of its miss rate at α = ${num(e.gridTest.alpha)} (a figure, not a verdict)`,
    ]);
  for (const g of e.grid ?? [])
    extra.push(
      t`grid point${g.prescribed ? " (prescribed)" : ""} ${instanceCode(g.params)}, cost ${num(g.cost)}: ${g.summary.failures}/${g.summary.trials} misses → ${g.summary.decision}`,
    );
  // After the run and decision lines (and the least-slack line when there is one).
  const at = e.leastSlack !== undefined ? 3 : 2;
  return [...lines.slice(0, at), ...extra, ...lines.slice(at)];
}
