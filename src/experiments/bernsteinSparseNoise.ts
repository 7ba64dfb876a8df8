/**
 * `bernstein-sparse-noise`: the toy of Bernstein et al. 2018 (bernstein18; placed in their
 * appendix, Figure A.1) where the
 * gradient is dense and the noise is sparse — a few extremely noisy coordinates — so that SignSGD
 * beats SGD: "when noise and curvature are much sparser than the gradients, signSGD is expected to
 * converge at the same rate or faster than full-precision SGD" (bernstein18, abstract). Our instance:
 * f(x) = ½‖x‖² in d = 100 from x⁰ = (1, …, 1) (∇f = x is dense: Bernstein's density
 * φ(v) = ‖v‖₁²/(d‖v‖₂²) = 1), Gaussian noise of standard deviation σ on s = 5 coordinates and none
 * on the other 95 (φ(σ⃗) = s/d = 0.05), T = 500, swept over σ from 10⁻² to 10³. For every σ both
 * methods get their best stepsize from a grid (tuning streams), then R repeats. SGD must shrink γ
 * to keep the noisy coordinates near 0, which stalls the 95 clean ones; SignSGD's noisy
 * coordinates only random-walk by ±γ. Without noise SGD with γ = 1 solves the problem in one step,
 * so the sweep also shows where the advantage turns.
 */
import { fig } from "../core/formatFigure.ts";
import { norm1, norm2 } from "../core/vector.ts";
import { powerNorm } from "../functions/powerNorm.ts";
import { gaussian } from "../noise/gaussian.ts";
import { sgd } from "../optimizers/methods.ts";
import { signSgd } from "../optimizers/signSgd.ts";
import { lineChart } from "../report/lineChart.ts";
import { BAND_DESCRIPTION, END_OF_RUN_NOTE, endValue, gapFloor, runMean } from "./aggregate.ts";
import { armResult, compareArms, curveFigure, finalSummary, seriesCsv, type Arm, type Comparison } from "./arms.ts";
import { formatSummary, markdownTable } from "./markdownTable.ts";
import { runOnce, tuneStepsize, Units, type Method, type Problem, type Tuning } from "./runs.ts";
import { recordGrid } from "./traceRun.ts";
import type { Experiment, ExperimentContext, ExperimentReport, Figure } from "./types.ts";

export const DIM = 100;
export const NOISY = 5;

interface Size {
  readonly T: number;
  readonly sigmas: readonly number[];
  readonly tuneRepeats: number;
  /** SGD grid 2^k; SignSGD grid 10^(k/2). */
  readonly sgdGrid: readonly [number, number];
  readonly signGrid: readonly [number, number];
  readonly recordPoints: number;
}

const DEFAULT: Size = { T: 500, sigmas: [0.01, 0.1, 1, 10, 100, 1000], tuneRepeats: 3, sgdGrid: [-22, 0], signGrid: [-12, -2], recordPoints: 51 };
const SMOKE: Size = { T: 40, sigmas: [0.01, 1000], tuneRepeats: 1, sgdGrid: [-3, 0], signGrid: [-5, -3], recordPoints: 11 };

const SGD: Method = { name: "SGD", optimizer: sgd, params: (gamma) => ({ gamma }) };
const SIGN: Method = { name: "SignSGD", optimizer: signSgd, params: (gamma) => ({ gamma }) };

/** Bernstein's density φ(v) = ‖v‖₁²/(d‖v‖₂²) ∈ [1/d, 1]: 1 for a dense vector, 1/d for a single spike. */
export function density(v: Float64Array): number {
  const n2 = norm2(v);
  return n2 === 0 ? NaN : norm1(v) ** 2 / (v.length * n2 * n2);
}

export const bernsteinSparseNoise: Experiment = {
  name: "bernstein-sparse-noise",
  title: "Dense gradient, sparse noise: where SignSGD beats SGD (Bernstein et al. 2018's toy)",
  description: "bernstein18's toy: ½‖x‖² with a few extremely noisy coordinates, SGD against SignSGD, both tuned, over the noise level",
  datasets: [],
  defaultRepeats: 20,
  smokeRepeats: 2,
  minRepeats: 2,
  async run(ctx: ExperimentContext): Promise<ExperimentReport> {
    const size = ctx.smoke ? SMOKE : DEFAULT;
    const R = ctx.repeats;
    const fn = powerNorm(2, DIM);
    const x0 = new Float64Array(DIM).fill(1);
    const floor = gapFloor(fn.fStar);
    const sgdGrid = Array.from({ length: size.sgdGrid[1] - size.sgdGrid[0] + 1 }, (_, i) => 2 ** (size.sgdGrid[0] + i));
    const signGrid = Array.from({ length: size.signGrid[1] - size.signGrid[0] + 1 }, (_, i) => 10 ** ((size.signGrid[0] + i) / 2));
    const units = new Units(ctx, size.sigmas.length * ((sgdGrid.length + signGrid.length) * size.tuneRepeats + 2 * R));
    const levels: { sigma: number; sgd?: Arm; sign?: Arm; tunings: Tuning[] }[] = [];
    for (const sigma of size.sigmas) {
      if (ctx.stopped) break;
      const scale = new Float64Array(DIM);
      for (let i = 0; i < NOISY; i++) scale[i] = sigma;
      const problem: Problem = { fn, noise: gaussian(), scale, T: size.T, at: recordGrid(size.T, size.recordPoints) };
      const level: (typeof levels)[number] = { sigma, tunings: [] };
      levels.push(level);
      const setting = `σ = ${fig(sigma, 3)}`;
      for (const [method, grid] of [
        [SGD, sgdGrid],
        [SIGN, signGrid],
      ] as const) {
        const t = await tuneStepsize({
          method,
          grid,
          repeats: size.tuneRepeats,
          units,
          run: (gamma, r) => runOnce(problem, method, gamma, x0, ctx.stream(`${setting}/noise-tuning`, r)),
          score: (trace) => Math.max(endValue(trace, "gap"), floor),
          tieBreak: (trace) => runMean(trace, "gap"),
        });
        if (!t) break;
        level.tunings.push(t);
        if (!t.complete) break;
        const arm: Arm = { setting, method: method.name, gamma: t.best, traces: [] };
        for (let r = 0; r < R; r++) {
          if (!(await units.next(`${setting}: ${method.name} (repeat ${r + 1}/${R})`))) break;
          arm.traces.push(runOnce(problem, method, t.best, x0, ctx.stream(`${setting}/noise`, r)));
        }
        if (method === SGD) level.sgd = arm;
        else level.sign = arm;
      }
    }
    return report(levels, size, floor, x0);
  },
};

function report(levels: { sigma: number; sgd?: Arm; sign?: Arm; tunings: Tuning[] }[], size: Size, floor: number, x0: Float64Array): ExperimentReport {
  const f = (v: number, digits = 3) => fig(v, digits);
  const comparisons = levels.map((l) => (l.sgd && l.sign ? compareArms(l.sgd, l.sign, { nameA: "SGD", nameB: "SignSGD", floor }) : undefined));
  const rows = levels.map((l, i) => {
    const c = comparisons[i];
    const gap = (a?: Arm) => (a?.traces.length ? formatSummary(finalSummary(a, "gap")) : "not run");
    return [
      f(l.sigma),
      l.sgd ? f(l.sgd.gamma) : "—",
      gap(l.sgd),
      l.sign ? f(l.sign.gamma) : "—",
      gap(l.sign),
      c ? (c.winner === "neither" ? "neither" : c.winner === "a" ? "SGD" : "SignSGD") : "n/a",
      c && c.winner !== "neither" ? f(c.winner === "a" ? c.meanB / Math.max(c.meanA, floor) : c.meanA / Math.max(c.meanB, floor)) : "—",
    ];
  });
  const signWins = levels.filter((_, i) => comparisons[i]?.winner === "b").map((l) => l.sigma);
  const sgdWins = levels.filter((_, i) => comparisons[i]?.winner === "a").map((l) => l.sigma);
  // The least σ from which SignSGD wins at every larger level tried (undefined if it does not win at the largest).
  let crossover: number | undefined;
  for (let i = levels.length - 1; i >= 0 && comparisons[i]?.winner === "b"; i--) crossover = levels[i].sigma;
  const last = levels.length ? comparisons[levels.length - 1] : undefined;
  const noiseVec = new Float64Array(DIM);
  for (let i = 0; i < NOISY; i++) noiseVec[i] = 1;
  const summary = [
    `f(x) = ½‖x‖², d = ${DIM}, x⁰ = (1, …, 1), T = ${size.T}; Gaussian noise of standard deviation σ on ${NOISY} coordinates, none on the other ${DIM - NOISY}. Bernstein's density of the gradient at x⁰: φ(∇f) = ${f(density(x0))}; of the noise scales: φ(σ⃗) = ${f(density(noiseVec))}. Each method's stepsize tuned for every σ; ${levels[0]?.sgd?.traces.length ?? 0} repeats; lower end-of-run f − f* is better. ${END_OF_RUN_NOTE}`,
    "",
    `**Result.** ${sgdWins.length ? `SGD wins at σ ∈ {${sgdWins.map((s) => f(s)).join(", ")}}` : "SGD wins at no noise level tried"}; ${signWins.length ? `SignSGD wins at σ ∈ {${signWins.map((s) => f(s)).join(", ")}}` : "SignSGD wins at no noise level tried"}${crossover !== undefined ? ` — SignSGD wins at every σ ≥ ${f(crossover)} tried` : ""}.` +
      (last ? ` At σ = ${f(levels[levels.length - 1].sigma)}: ${last.sentence}` : ""),
  ].join("\n");
  const figures: Figure[] = [];
  const seriesOf = (pick: (l: (typeof levels)[number]) => Arm | undefined, name: string) => ({
    name,
    points: levels.flatMap((l) => {
      const a = pick(l);
      if (!a || a.traces.length === 0) return [];
      const s = finalSummary(a, "gap");
      const lift = (v: number) => Math.max(v, floor);
      return Number.isFinite(s.lo) ? [{ x: l.sigma, y: lift(s.mean), lo: lift(s.lo), hi: lift(s.hi) }] : [{ x: l.sigma, y: lift(s.mean) }];
    }),
  });
  const sweep = [seriesOf((l) => l.sgd, "SGD (tuned at each σ)"), seriesOf((l) => l.sign, "SignSGD (tuned at each σ)")].filter((s) => s.points.length > 0);
  if (sweep.length) {
    figures.push({
      file: "final-gap-vs-sigma.svg",
      caption: `End-of-run f − f* against the noise level σ of the ${NOISY} noisy coordinates, each method tuned at each σ: mean with its 95 % confidence interval over the repeats (values below ${f(floor)} drawn there).`,
      spec: lineChart({
        title: "End-of-run suboptimality against the noise level",
        x: { title: "σ (noise on 5 of 100 coordinates)", scale: "log" },
        y: { title: "end-of-run f − f*", scale: "log" },
        series: sweep,
        showPoints: true,
      }),
    });
  }
  const top = [...levels].reverse().find((l) => l.sgd?.traces.length && l.sign?.traces.length);
  const band = BAND_DESCRIPTION.range;
  if (top) {
    const arms = [top.sgd!, top.sign!];
    const push = (fig: Figure | undefined) => fig && figures.push(fig);
    const gap = { title: "f(x) − f*", scale: "log" as const };
    push(
      curveFigure(arms, {
        file: "loss-iterations.svg",
        title: `Suboptimality against iterations at σ = ${f(top.sigma)}`,
        x: "t",
        y: "gap",
        xAxis: { title: "iteration t" },
        yAxis: gap,
        floor,
        caption: `σ = ${f(top.sigma)}: mean f − f* over the repeats; ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: "gradnorm-iterations.svg",
        title: `Gradient norm against iterations at σ = ${f(top.sigma)}`,
        x: "t",
        y: "gradNorm",
        xAxis: { title: "iteration t" },
        yAxis: { title: "‖∇f(x)‖₂", scale: "log" },
        floor,
        caption: `σ = ${f(top.sigma)}: mean ‖∇f‖₂; ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: "loss-bits.svg",
        title: `Suboptimality against bits sent at σ = ${f(top.sigma)}`,
        x: "bits",
        y: "gap",
        xAxis: { title: "bits sent", scale: "log" },
        yAxis: gap,
        floor,
        caption: `σ = ${f(top.sigma)}: mean f − f* against the bits sent (32 a coordinate for SGD, 1 for SignSGD); ${band}.`,
      }),
    );
    push(
      curveFigure(arms, {
        file: "gradnorm-bits.svg",
        title: `Gradient norm against bits sent at σ = ${f(top.sigma)}`,
        x: "bits",
        y: "gradNorm",
        xAxis: { title: "bits sent", scale: "log" },
        yAxis: { title: "‖∇f(x)‖₂", scale: "log" },
        floor,
        caption: `σ = ${f(top.sigma)}: mean ‖∇f‖₂ against the bits sent; ${band}.`,
      }),
    );
  }
  const arms = levels.flatMap((l) => [l.sgd, l.sign].filter((a): a is Arm => a !== undefined));
  return {
    headline: `SignSGD ${crossover !== undefined ? `wins at every σ ≥ ${f(crossover)}` : "does not win at the largest σ"}${last && last.winner !== "neither" ? `; at σ = ${f(levels[levels.length - 1].sigma)} ${last.winner === "b" ? "SignSGD" : "SGD"} is ${f(last.winner === "b" ? last.meanA / Math.max(last.meanB, floor) : last.meanB / Math.max(last.meanA, floor))}× lower in end-of-run f − f*` : ""}`,
    summary,
    sections: [
      {
        heading: "End-of-run suboptimality by noise level",
        body: markdownTable(["σ", "SGD γ", "SGD end-of-run f − f* (95 % CI)", "SignSGD γ", "SignSGD end-of-run f − f* (95 % CI)", "winner", "factor"], rows),
        figures: ["final-gap-vs-sigma.svg"],
      },
      {
        heading: "Curves at the largest noise level",
        body: `Mean over the repeats, ${band}.`,
        figures: ["loss-iterations.svg", "gradnorm-iterations.svg", "loss-bits.svg", "gradnorm-bits.svg"],
      },
      {
        heading: "Setup",
        body: [
          `- SGD stepsizes tuned on 2^k, k = ${size.sgdGrid[0]}…${size.sgdGrid[1]}; SignSGD on 10^(k/2), k = ${size.signGrid[0]}…${size.signGrid[1]}; ${size.tuneRepeats} tuning run${size.tuneRepeats > 1 ? "s" : ""} per stepsize on their own noise draws; score: mean end-of-run f − f*.`,
          ...levels.flatMap((l) =>
            l.tunings.map(
              (t) =>
                `- σ = ${f(l.sigma)}, ${t.method}: best γ = ${f(t.best)}${t.atEdge ? " (at the edge of the grid)" : ""}${t.complete ? "" : " (not finished: stopped)"}.`,
            ),
          ),
          `- bernstein18 shows the toy in a figure; the numbers here are ours (their exact instance is not reproduced): what carries over is the mechanism — dense gradient, sparse heavy noise.`,
        ].join("\n"),
      },
    ],
    figures,
    raw: [seriesCsv(arms)],
    results: {
      d: DIM,
      noisyCoordinates: NOISY,
      T: size.T,
      densityGradient: density(x0),
      densityNoise: density(noiseVec),
      levels: levels.map((l, i) => ({
        sigma: l.sigma,
        sgd: l.sgd && armResult(l.sgd),
        sign: l.sign && armResult(l.sign),
        comparison: comparisons[i] as Comparison | undefined,
        tunings: l.tunings,
      })),
    },
  };
}
