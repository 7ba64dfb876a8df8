/**
 * The figure of a stepsize grid search: the tuning score (mean end-of-run f − f* over the tuning repeats)
 * against γ for each tuned method, on log–log axes, so a reader sees where each optimum lies and
 * whether it sits inside its grid. A γ whose tuning runs diverged is left out of the line and named
 * in the caption (+∞ cannot be drawn).
 */
import { fig } from "../core/formatFigure.ts";
import { lineChart } from "../report/lineChart.ts";
import type { Tuning } from "./runs.ts";
import type { Figure } from "./types.ts";

export function tuningFigure(tunings: readonly Tuning[], file: string, title: string, floor: number): Figure | undefined {
  const series = tunings
    .map((t) => ({
      name: `${t.method} (best γ = ${fig(t.best, 3)}${t.atEdge ? ", at the grid's edge" : ""})`,
      points: t.grid.flatMap((g, i) => (Number.isFinite(t.scores[i]) ? [{ x: g, y: Math.max(t.scores[i], floor) }] : [])),
    }))
    .filter((s) => s.points.length > 0);
  if (series.length === 0) return undefined;
  const divergedAt = tunings.flatMap((t) => t.grid.filter((_, i) => t.scores[i] === Infinity).map((g) => `${t.method} at γ = ${fig(g, 3)}`));
  return {
    file,
    caption: `Tuning: mean end-of-run f − f* over the tuning repeats against the stepsize γ.${divergedAt.length ? ` Diverged (not drawn): ${divergedAt.join("; ")}.` : ""}`,
    spec: lineChart({
      title,
      x: { title: "stepsize γ", scale: "log" },
      y: { title: "mean end-of-run f − f*", scale: "log" },
      series,
      showPoints: true,
      width: 480,
      height: 280,
    }),
  };
}
