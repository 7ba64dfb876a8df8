/** Report section of `scaling` evidence: the fitted slope with its interval, the sizes and the median costs. */
import type { ScalingEvidence, SlopeSummary } from "../../claims/types.ts";
import { fig, interval } from "../../core/formatFigure.ts";
import { t, type Line } from "../richText.ts";
import { instanceCode, num } from "./common.ts";
import { statisticalSection } from "./statistical.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

export function slopeLine(label: string, s: SlopeSummary): Line {
  const costs = s.sizes.map((n, j) => `${fig(n)} → ${fig(s.medianCosts[j])}`).join(", ");
  const size = s.size ?? "n";
  return t`${label}${STREAMS[s.streams]}: median log–log slope ${num(s.medianSlope)} in ${interval(s.lower, s.upper, 5)} (each end at confidence ${num(s.confidence)}) over ${s.replicates} replicates vs claimed exponent ${num(s.exponent)} (holds needs the upper end ≤ ${num(s.exponent + s.margin)}, violated needs the lower end > ${num(s.exponent + s.lowerOrder)}); median cost per ${size}: ${costs} — ${instanceCode(s.instance)}`;
}

export function scalingSection(e: ScalingEvidence): Line[] {
  // The kinds' "slack" of a slope is claimed − median slope: the steepest instance carries the least.
  return statisticalSection(e, slopeLine, {
    leastSlack: (v, worst) => [
      `steepest median slope over the non-degenerate instances: ${worst ? `${num(worst.exponent - v)} (the claimed exponent ${num(worst.exponent)} ${v >= 0 ? "−" : "+"} ${num(Math.abs(v))})` : `the claimed exponent ${v >= 0 ? "−" : "+"} ${num(Math.abs(v))}`}`,
    ],
    runs: "runs",
    worst: "steepest instance",
  });
}
