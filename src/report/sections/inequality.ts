/** Report section of `inequality` evidence: the tolerance, how near the bound the instances came, tightness, counterexamples. */
import type { InequalityDetail, InequalityEvidence } from "../../claims/types.ts";
import { fig, figs, ratioFig } from "../../core/formatFigure.ts";
import type { Line } from "../richText.ts";
import { coverageLines, counterexampleLines, degeneracyLine, runLine, searchLine, tailLines, tightnessLine } from "./common.ts";

/** "lhs ≤ rhs + 10⁻¹² + 10⁻¹⁰·|rhs|" */
export function toleranceText(e: InequalityEvidence): string {
  const parts = [...(e.tolerance.atol ? [fig(e.tolerance.atol)] : []), ...(e.tolerance.rtol ? [`${fig(e.tolerance.rtol)}·|rhs|`] : [])];
  return `lhs ≤ rhs${parts.length ? ` + ${parts.join(" + ")}` : " exactly"}`;
}

/** How far past (or short of) the bound, in units of the tolerance: `tolerances` = (lhs − rhs)/(atol + rtol·|rhs|). */
export function approachText(tolerances: number, gap: number | undefined): string {
  const g = gap === undefined ? "" : `lhs − rhs = ${fig(gap)}`;
  if (tolerances > 1) return `${fig(tolerances, 3)} times the tolerance past the bound${g ? ` (${g})` : ""}`;
  if (tolerances > 0) return `lhs exceeds rhs by ${fig(tolerances, 2)} of the tolerance (allowed: round-off)${g ? ` (${g})` : ""}`;
  if (tolerances > -1e-3) return `equal up to round-off${g ? ` (${g})` : ""}`;
  return `${fig(-tolerances, 3)} times the tolerance below the bound${g ? ` (${g})` : ""}`;
}

export function inequalityDetail(label: string, d: InequalityDetail): Line[] {
  const [lhs, rhs] = figs(d.lhs, d.rhs, 5);
  const ratio = d.ratio !== null ? `, lhs/rhs = ${ratioFig(d.ratio, 6)}` : "";
  return [[`${label}: lhs = ${lhs}, rhs = ${rhs}${ratio}; ${approachText(d.tolerances, d.gap)}`]];
}

export function inequalitySection(e: InequalityEvidence): Line[] {
  const nearest =
    e.closestApproach !== undefined
      ? [
          [
            `over the non-degenerate instances: largest lhs/rhs ${e.maxRatio !== undefined ? ratioFig(e.maxRatio, 6) : "— (no rhs stands above the tolerance floor)"}` +
              `${e.maxGap !== undefined ? `, largest lhs − rhs ${fig(e.maxGap)}` : ""}; ${e.closestApproach > 1 ? "furthest from holding" : "nearest approach to the bound"}: ${approachText(e.closestApproach, undefined)} (a violation is more than the tolerance past it)`,
          ],
        ]
      : [];
  return [
    ...runLine(e, "evaluations"),
    [`tolerance: ${toleranceText(e)}`],
    ...nearest,
    ...degeneracyLine(e),
    ...tightnessLine(e.tightness),
    ...searchLine(e),
    ...counterexampleLines(e, inequalityDetail),
    ...coverageLines(e.coverage),
    ...tailLines(e),
  ];
}
