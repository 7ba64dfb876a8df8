/**
 * `communication`: loss against the bits sent, and the bits needed to reach a target, for the
 * methods the seed sets its sign methods against (seed §1: "compares sign-based SGD (with/without
 * error feedback) against traditional SGD and other compression methods, measuring convergence
 * rates and communication costs"): SGD (32-bit floats), SignSGD (bernstein18), majority vote with
 * M = 5 workers (bernstein18 Alg. 3), EF-SignSGD (karimireddy19), QSGD with s = 4 levels (alistarh17)
 * and top-k with error feedback (stich18), on two problems:
 *   - the data-set objective: ridge logistic regression on mushrooms (λ = 1), symmetric α-stable
 *     noise α = 1.5, scale 0.1 (the notebook's momentum runs);
 *   - a synthetic (L0,L1)-smooth one: f(x) = Σ cosh(x_i), d = 100, (L0, L1) = (1, 1), the same noise.
 * Bits are counted exactly by the optimizers (communication.ts): uplink, summed over the workers.
 * Every method's stepsize is tuned on a grid for the end-of-run f − f* at the horizon T, on tuning
 * streams; the target is f − f* ≤ 10⁻³·(f(x⁰) − f*) with x⁰ the run's start. "Bits to target" are
 * read on the recorded grid (its resolution is stated), and a repeat that never reaches the target
 * is counted, not dropped.
 */
import { fig } from "../core/formatFigure.ts";
import type { Vector } from "../core/vector.ts";
import { coshSum } from "../functions/coshSum.ts";
import type { SmoothFunction } from "../functions/types.ts";
import { symmetricStable } from "../noise/symmetricStable.ts";
import { majorityVote } from "../optimizers/majorityVote.ts";
import { compressedSgd, efSignSgd, sgd } from "../optimizers/methods.ts";
import { signSgd } from "../optimizers/signSgd.ts";
import { intervalChart } from "../report/intervalChart.ts";
import { BAND_DESCRIPTION, END_OF_RUN_NOTE, endValue, gapFloor, median, runMean, summarise } from "./aggregate.ts";
import { armResult, curveFigure, seriesCsv, type Arm } from "./arms.ts";
import { formatSummary, markdownTable } from "./markdownTable.ts";
import { mushroomsProblem } from "./mushroomsProblem.ts";
import { gaussianStart, powerGrid, runOnce, tuneStepsize, Units, type Method, type Problem, type Tuning } from "./runs.ts";
import { recordGrid, type Trace } from "./traceRun.ts";
import { tuningFigure } from "./tuningFigure.ts";
import type { Experiment, ExperimentContext, ExperimentReport, Figure, ReportSection } from "./types.ts";
import { withGradientCache } from "./withGradientCache.ts";

export const WORKERS = 5;
export const QSGD_LEVELS = 4;
/** The target: f − f* ≤ TARGET_FRACTION·(f(x⁰) − f*). */
export const TARGET_FRACTION = 1e-2;
const NOISE = { alpha: 1.5, scale: 0.1 } as const;

interface Size {
  readonly mushroomsT: number;
  readonly coshT: number;
  readonly tuneRepeats: number;
  /** Grids γ₀·2^k: for the float methods around γ₀ = 1/L (mushrooms) or 1 (cosh), for the sign methods around γ₀ = γ_L1 or 0.01. */
  readonly floatGrid: readonly [number, number];
  readonly signGrid: readonly [number, number];
  readonly recordPoints: number;
}

const DEFAULT: Size = { mushroomsT: 400, coshT: 1000, tuneRepeats: 1, floatGrid: [-6, -1], signGrid: [-3, 1], recordPoints: 101 };
const SMOKE: Size = { mushroomsT: 30, coshT: 60, tuneRepeats: 1, floatGrid: [-3, -2], signGrid: [-1, 0], recordPoints: 16 };

interface Candidate {
  readonly method: Method;
  /** Which grid its stepsize is tuned on. */
  readonly kind: "float" | "sign";
  readonly note?: string;
}

function candidates(d: number): Candidate[] {
  const k = Math.ceil(d / 10);
  return [
    { kind: "float", method: { name: "SGD", optimizer: sgd, params: (gamma) => ({ gamma }) } },
    { kind: "sign", method: { name: "SignSGD", optimizer: signSgd, params: (gamma) => ({ gamma }) } },
    { kind: "sign", note: `M = ${WORKERS}`, method: { name: "majority vote", optimizer: majorityVote, params: (gamma) => ({ gamma, M: WORKERS }) } },
    { kind: "float", method: { name: "EF-SignSGD", optimizer: efSignSgd, params: (gamma) => ({ gamma }) } },
    {
      kind: "float",
      note: `s = ${QSGD_LEVELS}`,
      method: { name: "QSGD", optimizer: compressedSgd, params: (gamma) => ({ gamma, compressor: { kind: "qsgd", s: QSGD_LEVELS } }) },
    },
    {
      kind: "float",
      note: `k = ${k}, error feedback`,
      method: { name: "top-k", optimizer: compressedSgd, params: (gamma) => ({ gamma, compressor: { kind: "topK", k }, errorFeedback: true }) },
    },
  ];
}

interface CommProblem {
  readonly key: string;
  readonly title: string;
  readonly problem: Problem;
  readonly start: (r: number, label: string) => Vector;
  readonly floatBase: number;
  readonly signBase: number;
  readonly floor: number;
  readonly description: string;
}

/** Bits sent until the first recorded point with f − f* ≤ target (NaN when never reached). */
function bitsToTarget(trace: Trace, target: number): { bits: number; t: number } {
  const i = trace.gap.findIndex((g) => g <= target);
  return i < 0 ? { bits: NaN, t: NaN } : { bits: trace.bits[i], t: trace.t[i] };
}

function targetOf(trace: Trace): number {
  return TARGET_FRACTION * trace.gap[0];
}

export const communication: Experiment = {
  name: "communication",
  title: "Loss against bits sent: SGD, SignSGD, majority vote, EF-SignSGD, QSGD and top-k",
  description: "bits to reach a target for sign methods and compressors, on mushrooms and on Σcosh",
  datasets: ["mushrooms"],
  defaultRepeats: 6,
  smokeRepeats: 2,
  minRepeats: 2,
  async run(ctx: ExperimentContext): Promise<ExperimentReport> {
    const size = ctx.smoke ? SMOKE : DEFAULT;
    const R = ctx.repeats;
    const noise = symmetricStable(NOISE.alpha);
    const P = mushroomsProblem(ctx.data.mushrooms);
    const mushrooms = withGradientCache(P.train);
    const dCosh = 100;
    const cosh: SmoothFunction = coshSum(dCosh);
    const normal = (d: number, sd: number) => (r: number, label: string) => gaussianStart(ctx, label, r, d, 0, sd);
    const problems: CommProblem[] = [
      {
        key: "mushrooms",
        title: "mushrooms (logistic, λ = 1)",
        problem: { fn: mushrooms, noise, scale: NOISE.scale, T: size.mushroomsT, at: recordGrid(size.mushroomsT, size.recordPoints) },
        start: normal(P.d, 1),
        floatBase: 1 / P.truth.L,
        signBase: P.notebook.gammaL1,
        floor: gapFloor(P.truth.fStar),
        description: `ridge logistic regression on mushrooms (${P.nTrain} training rows, d = ${P.d}, L = ${fig(P.truth.L, 3)}), x⁰ ~ N(0, I), T = ${size.mushroomsT}`,
      },
      {
        key: "cosh",
        title: `Σ cosh(x_i), d = ${dCosh}`,
        problem: { fn: cosh, noise, scale: NOISE.scale, T: size.coshT, at: recordGrid(size.coshT, size.recordPoints) },
        start: normal(dCosh, 1.5),
        floatBase: 1,
        signBase: 0.01,
        floor: gapFloor(cosh.fStar),
        description: `f(x) = Σ cosh(x_i) in d = ${dCosh} ((L0, L1) = (1, 1)-smooth, not L-smooth; f* = ${dCosh} at 0), x⁰ ~ N(0, 1.5² I), T = ${size.coshT}`,
      },
    ];
    const grid = (p: CommProblem, c: Candidate) => (c.kind === "float" ? powerGrid(p.floatBase, ...size.floatGrid) : powerGrid(p.signBase, ...size.signGrid));
    const perProblem = (p: CommProblem) => candidates(p.problem.fn.dim).reduce((s, c) => s + grid(p, c).length * size.tuneRepeats + R, 0);
    const units = new Units(
      ctx,
      problems.reduce((s, p) => s + perProblem(p), 0),
    );
    const results: { p: CommProblem; arms: Arm[]; tunings: Tuning[] }[] = [];
    for (const p of problems) {
      const arms: Arm[] = [];
      const tunings: Tuning[] = [];
      results.push({ p, arms, tunings });
      for (const c of candidates(p.problem.fn.dim)) {
        if (ctx.stopped) break;
        const t = await tuneStepsize({
          method: c.method,
          grid: grid(p, c),
          repeats: size.tuneRepeats,
          units,
          run: (gamma, r) => runOnce(p.problem, c.method, gamma, p.start(r, `${p.key}/x0-tuning`), ctx.stream(`${p.key}/noise-tuning`, r)),
          score: (trace) => Math.max(endValue(trace, "gap"), p.floor),
          tieBreak: (trace) => runMean(trace, "gap"),
        });
        if (!t) break;
        tunings.push(t);
        if (!t.complete) break;
        const arm: Arm = { setting: p.title, method: c.method.name, gamma: t.best, note: c.note, traces: [] };
        arms.push(arm);
        for (let r = 0; r < R; r++) {
          if (!(await units.next(`${p.key}: ${c.method.name} (repeat ${r + 1}/${R})`))) break;
          arm.traces.push(runOnce(p.problem, c.method, t.best, p.start(r, `${p.key}/x0`), ctx.stream(`${p.key}/noise`, r)));
        }
      }
    }
    return report(results, size);
  },
};

function report(results: { p: CommProblem; arms: Arm[]; tunings: Tuning[] }[], size: Size): ExperimentReport {
  const f = (v: number, digits = 3) => fig(v, digits);
  const figures: Figure[] = [];
  const sections: ReportSection[] = [];
  const headline: string[] = [];
  const summaryLines: string[] = [];
  const band = BAND_DESCRIPTION.range;
  const json: Record<string, unknown> = {};
  for (const { p, arms, tunings } of results) {
    const k = p.key;
    const reach = arms.map((a) => {
      const hits = a.traces.map((t) => bitsToTarget(t, targetOf(t)));
      const reached = hits.filter((h) => Number.isFinite(h.bits));
      const bitsPerStep = a.traces.length ? a.traces[0].bits[a.traces[0].bits.length - 1] / a.traces[0].t[a.traces[0].t.length - 1] : NaN;
      return { arm: a, hits, reached: reached.length, bits: summarise(reached.map((h) => h.bits)), steps: median(reached.map((h) => h.t)), bitsPerStep };
    });
    const complete = reach.filter((r) => r.arm.traces.length > 0);
    const allReached = complete.filter((r) => r.reached === r.arm.traces.length);
    const best = [...allReached].sort((a, b) => median(a.hits.map((h) => h.bits)) - median(b.hits.map((h) => h.bits)))[0];
    const sgdRow = complete.find((r) => r.arm.method === "SGD");
    const ranking = [...complete].sort((a, b) => {
      const ma = a.reached === a.arm.traces.length ? median(a.hits.map((h) => h.bits)) : Infinity;
      const mb = b.reached === b.arm.traces.length ? median(b.hits.map((h) => h.bits)) : Infinity;
      return ma - mb || b.reached - a.reached;
    });
    const finishers = ranking.filter((r) => r.reached === r.arm.traces.length);
    const stragglers = ranking.filter((r) => r.reached < r.arm.traces.length);
    const rankText = finishers.length
      ? `Median bits to reach the target, fewest first: ${finishers.map((r) => `${r.arm.method} ${f(median(r.hits.map((h) => h.bits)))}`).join(" < ")}`
      : `No method reached the target in every repeat within T = ${p.problem.T}`;
    const stragglerText = stragglers.length
      ? `; not in every repeat: ${stragglers.map((r) => `${r.arm.method} (${r.reached} of ${r.arm.traces.length})`).join(", ")}`
      : "";
    summaryLines.push(
      `**${p.title}.** ${complete.length ? rankText + stragglerText : "not run (stopped)"}.` +
        (best && sgdRow && sgdRow.reached === sgdRow.arm.traces.length && best.arm.method !== "SGD"
          ? ` ${best.arm.method} needs ${f(median(sgdRow.hits.map((h) => h.bits)) / median(best.hits.map((h) => h.bits)))}× fewer bits than SGD.`
          : ""),
    );
    if (best) headline.push(`${k}: fewest bits to target ${best.arm.method} (${f(median(best.hits.map((h) => h.bits)))})`);
    const rows = reach.map((r) => [
      r.arm.method + (r.arm.note ? ` (${r.arm.note})` : ""),
      f(r.arm.gamma),
      f(r.bitsPerStep, 4),
      `${r.reached} of ${r.arm.traces.length}`,
      Number.isFinite(r.steps) ? f(r.steps, 4) : "—",
      r.reached ? f(median(r.hits.filter((h) => Number.isFinite(h.bits)).map((h) => h.bits)), 4) : "—",
      r.reached >= 2 ? formatSummary(r.bits, 4) : "—",
      formatSummary(summarise(r.arm.traces.filter((t) => !t.diverged).map((t) => Math.max(endValue(t, "gap"), p.floor)))),
    ]);
    const resolution = p.problem.T / (p.problem.at ? p.problem.at.length - 1 : 100);
    sections.push({
      heading: p.title,
      body: [
        `${p.description}. Target: f − f* ≤ ${TARGET_FRACTION}·(f(x⁰) − f*), read every ≈ ${f(resolution, 2)} iterations.`,
        "",
        markdownTable(
          [
            "method",
            "γ (tuned)",
            "bits per iteration (all workers)",
            "reached target",
            "iterations to target (median)",
            "bits to target (median)",
            "bits to target (mean, 95 % CI)",
            "end-of-run f − f*",
          ],
          rows,
        ),
        "",
        tunings
          .map(
            (t) =>
              `- ${t.method}: grid ${t.grid.map((g) => f(g)).join(", ")}, best γ = ${f(t.best)}${t.atEdge ? " (at the edge of the grid)" : ""}${t.complete ? "" : " (not finished: stopped)"}.`,
          )
          .join("\n"),
      ].join("\n"),
      figures: [
        `loss-bits-${k}.svg`,
        `bits-to-target-${k}.svg`,
        `loss-iterations-${k}.svg`,
        `gradnorm-bits-${k}.svg`,
        `gradnorm-iterations-${k}.svg`,
        `tuning-${k}.svg`,
      ],
    });
    const push = (fig: Figure | undefined) => fig && figures.push(fig);
    const gap = { title: "f(x) − f*", scale: "log" as const };
    const grad = { title: "‖∇f(x)‖₂", scale: "log" as const };
    const bitsAxis = { title: "bits sent (uplink, all workers)", scale: "log" as const };
    push(
      curveFigure(arms, {
        file: `loss-bits-${k}.svg`,
        title: `Suboptimality against bits sent — ${p.title}`,
        x: "bits",
        y: "gap",
        xAxis: bitsAxis,
        yAxis: gap,
        floor: p.floor,
        caption: `${p.title}: mean f − f* against the bits sent; ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: `loss-iterations-${k}.svg`,
        title: `Suboptimality against iterations — ${p.title}`,
        x: "t",
        y: "gap",
        xAxis: { title: "iteration t" },
        yAxis: gap,
        floor: p.floor,
        caption: `${p.title}: mean f − f* against the iterations; ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: `gradnorm-bits-${k}.svg`,
        title: `Gradient norm against bits sent — ${p.title}`,
        x: "bits",
        y: "gradNorm",
        xAxis: bitsAxis,
        yAxis: grad,
        floor: p.floor,
        caption: `${p.title}: mean ‖∇f‖₂ against the bits sent; ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: `gradnorm-iterations-${k}.svg`,
        title: `Gradient norm against iterations — ${p.title}`,
        x: "t",
        y: "gradNorm",
        xAxis: { title: "iteration t" },
        yAxis: grad,
        floor: p.floor,
        caption: `${p.title}: mean ‖∇f‖₂ against the iterations; ${band}.`,
      }),
    );
    const reachedRows = reach
      .filter((r) => r.reached >= 1)
      .map((r) => {
        const vals = r.hits.filter((h) => Number.isFinite(h.bits)).map((h) => h.bits);
        return {
          label: `${r.arm.method}${r.reached < r.arm.traces.length ? ` (${r.reached}/${r.arm.traces.length} reached)` : ""}`,
          estimate: median(vals),
          lo: Math.min(...vals),
          hi: Math.max(...vals),
        };
      })
      .filter((row) => row.lo > 0);
    if (reachedRows.length) {
      figures.push({
        file: `bits-to-target-${k}.svg`,
        caption: `${p.title}: bits sent until f − f* ≤ ${TARGET_FRACTION}·(f(x⁰) − f*) — median over the repeats that reached it, whisker from the fewest to the most.`,
        spec: intervalChart({
          title: `Bits to reach the target — ${p.title}`,
          x: { title: "bits sent (uplink, all workers)", scale: "log" },
          rows: reachedRows,
        }),
      });
    }
    push(tuningFigure(tunings, `tuning-${k}.svg`, `Stepsize tuning — ${p.title}`, p.floor));
    json[k] = {
      description: p.description,
      T: p.problem.T,
      targetFraction: TARGET_FRACTION,
      arms: reach.map((r) => ({
        ...armResult(r.arm),
        bitsPerIteration: r.bitsPerStep,
        reached: r.reached,
        bitsToTarget: r.hits.map((h) => h.bits),
        iterationsToTarget: r.hits.map((h) => h.t),
      })),
      tunings,
    };
  }
  const summary = [
    `Each method's stepsize tuned on a grid; repeats paired by start and noise draws; noise symmetric α-stable (α = ${NOISE.alpha}, scale ${NOISE.scale}) on every stochastic gradient; majority vote uses ${WORKERS} workers, each drawing its own noise, and its bits are summed over them. Bits are uplink bits as the methods count them: 32 a coordinate for SGD, 1 for a sign (2 when a zero must be sent), 32 + d for EF-SignSGD's scaled sign, 32 + d(1 + ⌈log₂(s + 1)⌉) for QSGD, k(32 + ⌈log₂ d⌉) for top-k. ${END_OF_RUN_NOTE}`,
    "",
    ...summaryLines.flatMap((l) => [l, ""]),
  ].join("\n");
  return {
    headline: headline.join("; ") || "no method finished",
    summary,
    sections,
    figures,
    raw: [seriesCsv(results.flatMap((r) => r.arms))],
    results: { noise: { law: "symmetricStable", ...NOISE }, workers: WORKERS, qsgdLevels: QSGD_LEVELS, problems: json, sizes: size },
  };
}
