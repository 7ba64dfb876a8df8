/** Report section of `inequality` evidence: the slack figures over non-degenerate instances, tightness, counterexamples. */
import type { InequalityDetail, InequalityEvidence } from "../../claims/types.ts";
import { formatNumber } from "../../core/formatNumber.ts";
import { alphaLine, coverageLines, counterexampleLines, degeneracyLine, num, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

function detail(label: string, d: InequalityDetail): string[] {
  return [`${label}: lhs = ${num(d.lhs)}, rhs = ${num(d.rhs)}, lhs − rhs = ${num(d.gap)}, lhs/rhs = ${formatNumber(d.ratio, 8)}, ${num(d.tolerances)} tolerances past the bound`];
}

export function inequalitySection(e: InequalityEvidence): string[] {
  return [
    runLine(e),
    ...alphaLine(e),
    `tolerance: lhs ≤ rhs + ${e.tolerance.atol} + ${e.tolerance.rtol}·|rhs|`,
    ...(e.maxRatio !== undefined || e.maxGap !== undefined
      ? [`over non-degenerate instances: worst lhs/rhs ${num(e.maxRatio)}, worst lhs − rhs ${num(e.maxGap)}, closest approach ${num(e.closestApproach)} tolerances (a violation needs > 1)`]
      : []),
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, detail),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
