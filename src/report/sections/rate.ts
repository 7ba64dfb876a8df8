/** Report lines of one tested rate (probability, high-probability, tuning): failures, exact interval, quantile and slack. */
import type { RateSummary } from "../../claims/types.ts";
import { fig, figs, interval } from "../../core/formatFigure.ts";
import { t, type Line } from "../richText.ts";
import { instanceCode, num } from "./common.ts";

const STREAMS = { main: "", confirm: " (fresh streams)", reestimate: " (re-estimated on fresh streams)" } as const;

/** The observed (1 − δ)-quantile with its confidence bounds; an end the trials cannot bound is said so. */
function quantileText(s: RateSummary): string {
  const q = s.observedQuantile!;
  const [lo, hi] = [s.quantileLower, s.quantileUpper];
  const conf = s.quantileConfidence;
  let ci = "";
  if (conf !== undefined && conf < 1 && lo !== undefined && hi !== undefined) {
    if (Number.isFinite(lo) && Number.isFinite(hi)) ci = ` in ${interval(lo, hi, 5)} at confidence ${num(conf)}`;
    else if (Number.isFinite(lo)) ci = ` (≥ ${num(lo)} at confidence ${num(conf)}; too few trials for an upper confidence bound)`;
    else if (Number.isFinite(hi)) ci = ` (≤ ${num(hi)} at confidence ${num(conf)}; too few trials for a lower confidence bound)`;
  }
  const [qs, bs] = figs(q, s.bound!, 5);
  return `(1−δ)-quantile of the statistic ${qs}${ci} vs bound ${bs}`;
}

export function rateLine(label: string, s: RateSummary): Line {
  const head = `${label}${STREAMS[s.streams]}: `;
  const parts: string[] = [];
  const slack = s.slack !== undefined && !Number.isNaN(s.slack) ? `slack ${num(s.slack)}` : "";
  if (s.exactProbability !== undefined && s.interval.confidence === 1) {
    if (s.observedQuantile !== undefined && s.bound !== undefined) {
      // A declared-deterministic statistic: one trajectory decides (checked on two streams).
      const [qs, bs] = figs(s.observedQuantile, s.bound, 5);
      parts.push(
        `deterministic (the same statistic on two streams): ${qs} vs bound ${bs}, so the failure rate is exactly ${fig(s.exactProbability)} vs δ = ${num(s.target)}`,
      );
    } else parts.push(`exact probability ${num(s.exactProbability)} vs bound ${num(s.target)} (no sampling)`);
  } else if (s.trials === 0) {
    parts.push(`bound ${num(s.target)} ≥ 1: vacuous, no trial needed`);
  } else {
    const target = s.bound !== undefined ? `δ = ${num(s.target)}` : `bound ${num(s.target)}`;
    parts.push(
      `${s.failures}/${s.trials} failures${s.diverged ? ` (${s.diverged} diverged)` : ""}, failure rate in ${interval(s.interval.lo, s.interval.hi, 5)} at confidence ${num(s.interval.confidence)} vs ${target}`,
    );
    if (s.observedQuantile !== undefined && s.bound !== undefined) parts.push(quantileText(s));
    if (s.statisticMean !== undefined)
      parts.push(`mean of the statistic ${num(s.statisticMean)}${s.statisticSd !== undefined ? ` (sd ${num(s.statisticSd)})` : ""}`);
  }
  if (slack) parts.push(slack);
  return t`${head}${parts.join("; ")} — ${instanceCode(s.instance)}`;
}
