/** Report section of `expectation` evidence: the mean with its confidence bounds and which estimator decided. */
import type { ExpectationEvidence, MeanSummary } from "../../claims/types.ts";
import { fig, figs } from "../../core/formatFigure.ts";
import { t, type Line } from "../richText.ts";
import { instanceCode, num } from "./common.ts";
import { statisticalSection } from "./statistical.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

function rangeText(s: MeanSummary): string {
  return `[${fig(s.range.lo)}, ${s.range.hi === undefined ? "∞)" : `${fig(s.range.hi)}]`}`;
}

/** Which bound decided, read from the typed figures. */
function decidedBy(s: MeanSummary): string {
  if (s.decision === "certified") return `certified by the empirical-Bernstein upper bound on the declared range ${rangeText(s)}`;
  if (s.decision === "refuted") {
    return s.truncation === Infinity
      ? `refuted by the empirical-Bernstein lower bound on the declared range ${rangeText(s)}`
      : `refuted by the lower bound of the mean truncated at M = ${fig(s.truncation)} (E[X] ≥ E[min(X, M)], valid for any tail)`;
  }
  return "undecided at this budget";
}

export function meanLine(label: string, s: MeanSummary): Line {
  const head = `${label}${STREAMS[s.streams]}: `;
  if (s.trials === 0)
    return t`${head}the declared pathwise lower end ${num(s.range.lo)} of the statistic exceeds the bound ${num(s.bound)}: refuted without sampling — ${instanceCode(s.instance)}`;
  const [lower, bound] = figs(s.lower, s.bound, 5);
  const bounds =
    s.upper === undefined
      ? `E[X] ≥ ${lower} at confidence ${num(s.confidence)} (no upper confidence bound: the statistic has no declared upper end${s.diverged ? " or some draws diverged" : ""})`
      : `E[X] in [${lower}, ${figs(s.upper, s.bound, 5)[0]}] at confidence ${num(s.confidence)} each side`;
  const slack = s.slack !== undefined && !Number.isNaN(s.slack) ? `; slack ${num(s.slack)}` : "";
  return t`${head}mean ${num(s.mean)} (sd ${num(s.sd)}) over ${s.trials} draws vs bound ${bound}; ${bounds}; ${decidedBy(s)}${slack} — ${instanceCode(s.instance)}`;
}

export function expectationSection(e: ExpectationEvidence): Line[] {
  return statisticalSection(e, meanLine, {
    leastSlack: (v) => [`least slack (bound ÷ mean, over the non-degenerate instances): ${num(v)}`],
    worst: "least-slack instance",
  });
}
