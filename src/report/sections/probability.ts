/** Report section of `probability` and `high-probability` evidence (the same rate figures; the statistic's quantile for the latter). */
import type { HighProbabilityEvidence, ProbabilityEvidence } from "../../claims/types.ts";
import { rateLine } from "./rate.ts";
import { num } from "./common.ts";
import { statisticalSection } from "./statistical.ts";

export function probabilitySection(e: ProbabilityEvidence | HighProbabilityEvidence): ReturnType<typeof statisticalSection> {
  const what = e.kind === "high-probability" ? "bound ÷ observed (1−δ)-quantile" : "bound ÷ observed probability";
  return statisticalSection(e, rateLine, {
    leastSlack: (v) => [`least slack (${what}, over the non-degenerate instances): ${num(v)}`],
    worst: "least-slack instance",
  });
}
