/** Report section of `probability` and `high-probability` evidence (the same rate figures; the statistic's quantile for the latter). */
import type { HighProbabilityEvidence, ProbabilityEvidence } from "../../claims/types.ts";
import { rateLine } from "./rate.ts";
import { statisticalSection } from "./statistical.ts";

export function probabilitySection(e: ProbabilityEvidence | HighProbabilityEvidence): string[] {
  return statisticalSection(e, rateLine, { slack: "bound ÷ observed", worst: "least-slack instance" });
}
