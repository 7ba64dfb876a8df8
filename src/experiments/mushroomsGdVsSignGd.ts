/**
 * `mushrooms-gd-vs-signgd`: the seed's experiment (seed §2, "Sign-GD slightly outperforms GD"; the
 * authors' notebook `code/main.ipynb` at seedfinal) rerun four ways on ridge logistic regression
 * (λ = 1) on mushrooms, with fresh symmetric α-stable noise (α = 1.6, scale 0.5, as the notebook's
 * `stochastic_gradient`) added to every gradient:
 *   1. the authors' setup as their notebook ran it: x⁰ ~ N(0, I), T = 500 (its `train`), SGD with
 *      γ_L = 1/(L d^{3/2} log(1/δ)) and SignSGD with γ_L1 = 1/(L1 d^{3/2} log(1/δ)), δ = 0.99,
 *      "L" = R² + λ and "L1" = R + λ (R = max‖a_i‖);
 *   2. the paper's stated stepsize γ = 1/(48 L1 d^{3/2} log(1/δ)) for SignSGD (the paper states none
 *      for SGD, which keeps γ_L);
 *   3. a fair comparison: each method's γ tuned on a grid (around 1/L with the true L for SGD, around
 *      γ_L1 for SignSGD), on tuning streams separate from the evaluation;
 *   4. the same without noise (full gradients): GD and SignGD, each tuned — which isolates what the
 *      noise does from what (L0,L1)-smoothness would.
 * Repeat r starts every arm from the same x⁰ and feeds it the same noise draws (common random
 * numbers), so the comparisons are paired. Review §1.4, §8, E13.
 */
import { fig } from "../core/formatFigure.ts";
import type { Vector } from "../core/vector.ts";
import { symmetricStable } from "../noise/symmetricStable.ts";
import { sgd } from "../optimizers/methods.ts";
import { signSgd } from "../optimizers/signSgd.ts";
import { intervalChart } from "../report/intervalChart.ts";
import { armLabel, armResult, armTable, compareArms, curveFigure, finalSummary, seriesCsv, type Arm, type Comparison } from "./arms.ts";
import { mushroomsProblem, NOTEBOOK, type MushroomsProblem } from "./mushroomsProblem.ts";
import { gaussianStart, powerGrid, runOnce, tuneStepsize, Units, type Method, type Problem, type Tuning } from "./runs.ts";
import { tuningFigure } from "./tuningFigure.ts";
import { BAND_DESCRIPTION, END_OF_RUN_NOTE, endValue, gapFloor, runMean } from "./aggregate.ts";
import type { Experiment, ExperimentContext, ExperimentReport, Figure } from "./types.ts";
import { withGradientCache } from "./withGradientCache.ts";
import { recordGrid } from "./traceRun.ts";

/** The notebook's noise: scipy levy_stable(α = 1.6, β = 0, scale = 0.5) — the same law as symmetricStable(1.6)·0.5. */
export const NOTEBOOK_NOISE = { alpha: 1.6, scale: 0.5 } as const;

interface Size {
  readonly T: number;
  readonly tuneRepeats: number;
  /** SGD grid: (1/L)·2^k; SignSGD grid: γ_L1·2^k; GD (no noise): (1/L)·2^k. */
  readonly sgdGrid: readonly [number, number];
  readonly signGrid: readonly [number, number];
  readonly gdGrid: readonly [number, number];
  readonly recordPoints: number;
}

const DEFAULT: Size = { T: 500, tuneRepeats: 2, sgdGrid: [-8, 0], signGrid: [-5, 2], gdGrid: [-3, 1], recordPoints: 81 };
const SMOKE: Size = { T: 30, tuneRepeats: 1, sgdGrid: [-5, -4], signGrid: [-1, 0], gdGrid: [-1, 0], recordPoints: 11 };

const SGD: Method = { name: "SGD", optimizer: sgd, params: (gamma) => ({ gamma }) };
const SIGN: Method = { name: "SignSGD", optimizer: signSgd, params: (gamma) => ({ gamma }) };
const GD: Method = { name: "GD", optimizer: sgd, params: (gamma) => ({ gamma }) };
const SIGNGD: Method = { name: "SignGD", optimizer: signSgd, params: (gamma) => ({ gamma }) };

export const SETTINGS = {
  authors: "authors' setup",
  paper: "paper's stepsize",
  fair: "tuned",
  noiseless: "tuned, no noise",
} as const;

export const mushroomsGdVsSignGd: Experiment = {
  name: "mushrooms-gd-vs-signgd",
  title: "GD against SignGD on mushrooms: the authors' setup, the paper's stepsize, and a fair comparison",
  description: "seed §2 / seedfinal notebook: logistic regression on mushrooms with α-stable gradient noise, four settings side by side",
  datasets: ["mushrooms"],
  defaultRepeats: 10,
  smokeRepeats: 2,
  minRepeats: 2,
  async run(ctx: ExperimentContext): Promise<ExperimentReport> {
    const size = ctx.smoke ? SMOKE : DEFAULT;
    const R = ctx.repeats;
    const P = mushroomsProblem(ctx.data.mushrooms);
    const floor = gapFloor(P.truth.fStar);
    const fn = withGradientCache(P.train);
    const at = recordGrid(size.T, size.recordPoints);
    const metrics = (w: Vector) => ({ testAccuracy: P.testAccuracy(w) });
    const noisy: Problem = { fn, noise: symmetricStable(NOTEBOOK_NOISE.alpha), scale: NOTEBOOK_NOISE.scale, T: size.T, at, metrics };
    const noiseless: Problem = { ...noisy, scale: 0 };
    const grids = {
      sgd: powerGrid(1 / P.truth.L, ...size.sgdGrid),
      sign: powerGrid(P.notebook.gammaL1, ...size.signGrid),
      gd: powerGrid(1 / P.truth.L, ...size.gdGrid),
    };
    const total = 3 * R + (grids.sgd.length + grids.sign.length) * size.tuneRepeats + 2 * R + grids.gd.length + grids.sign.length + 2 * R;
    const units = new Units(ctx, total);
    const arms: Arm[] = [];
    const tunings: { noisy: Tuning[]; noiseless: Tuning[] } = { noisy: [], noiseless: [] };

    /** Runs repeats 0…n−1 of an arm (stops early when asked); returns the arm, possibly with fewer runs. */
    const evaluate = async (problem: Problem, setting: string, method: Method, gamma: number, n: number, startLabel = "x0"): Promise<Arm> => {
      const arm: Arm = { setting, method: method.name, gamma, traces: [] };
      arms.push(arm);
      for (let r = 0; r < n; r++) {
        if (!(await units.next(`${armLabel(arm)} (repeat ${r + 1}/${n})`))) break;
        arm.traces.push(runOnce(problem, method, gamma, gaussianStart(ctx, startLabel, r, P.d), ctx.stream("noise", r)));
      }
      return arm;
    };
    const tune = (problem: Problem, method: Method, grid: number[], repeats: number) =>
      tuneStepsize({
        method,
        grid,
        repeats,
        units,
        run: (gamma, r) => runOnce(problem, method, gamma, gaussianStart(ctx, "x0-tuning", r, P.d), ctx.stream("noise-tuning", r)),
        score: (t) => Math.max(endValue(t, "gap"), floor),
        tieBreak: (t) => runMean(t, "gap"),
      });

    const nb = P.notebook;
    const authorsSgd = await evaluate(noisy, SETTINGS.authors, SGD, nb.gammaL, R);
    const authorsSign = await evaluate(noisy, SETTINGS.authors, SIGN, nb.gammaL1, R);
    const paperSign = await evaluate(noisy, SETTINGS.paper, SIGN, nb.gammaPaper, R);
    let fair: { sgd?: Arm; sign?: Arm } = {};
    if (!ctx.stopped) {
      const tSgd = await tune(noisy, SGD, grids.sgd, size.tuneRepeats);
      const tSign = await tune(noisy, SIGN, grids.sign, size.tuneRepeats);
      tunings.noisy.push(...[tSgd, tSign].filter((t): t is Tuning => t !== undefined));
      if (tSgd?.complete && tSign?.complete) {
        fair = { sgd: await evaluate(noisy, SETTINGS.fair, SGD, tSgd.best, R), sign: await evaluate(noisy, SETTINGS.fair, SIGN, tSign.best, R) };
      }
    }
    let quiet: { gd?: Arm; sign?: Arm } = {};
    if (!ctx.stopped) {
      const tGd = await tune(noiseless, GD, grids.gd, 1);
      const tSignGd = await tune(noiseless, SIGNGD, grids.sign, 1);
      tunings.noiseless.push(...[tGd, tSignGd].filter((t): t is Tuning => t !== undefined));
      if (tGd?.complete && tSignGd?.complete) {
        quiet = {
          gd: await evaluate(noiseless, SETTINGS.noiseless, GD, tGd.best, R),
          sign: await evaluate(noiseless, SETTINGS.noiseless, SIGNGD, tSignGd.best, R),
        };
      }
    }
    return report(P, size, arms, tunings, {
      authors: pair(authorsSgd, authorsSign, floor),
      paper: compareArms(authorsSgd, paperSign, { nameA: `SGD (notebook γ = ${fig(authorsSgd.gamma, 3)})`, nameB: armLabel(paperSign, false), floor }),
      fair: fair.sgd && fair.sign ? pair(fair.sgd, fair.sign, floor) : undefined,
      noiseless: quiet.gd && quiet.sign ? pair(quiet.gd, quiet.sign, floor) : undefined,
    });
  },
};

/** Two arms of one setting, named without it. */
const pair = (a: Arm, b: Arm, floor: number) => compareArms(a, b, { nameA: armLabel(a, false), nameB: armLabel(b, false), floor });

type Comparisons = Record<keyof typeof SETTINGS, Comparison | undefined>;

/** "in the authors' setup SignSGD wins (5× lower f − f*); …", one clause per setting. */
function shortVerdict(cmp: Comparisons, floor: number): string {
  const names: Record<keyof Comparisons, string> = {
    authors: "in the authors' setup",
    paper: "with the paper's stepsize",
    fair: "with both stepsizes tuned",
    noiseless: "without noise",
  };
  return (Object.keys(names) as (keyof Comparisons)[])
    .map((k) => {
      const c = cmp[k];
      if (!c) return `${names[k]}: not compared`;
      if (c.winner === "neither") return `${names[k]} neither wins clearly`;
      const [win, lose] = c.winner === "a" ? [c.meanA, c.meanB] : [c.meanB, c.meanA];
      return `${names[k]} ${c.winner === "a" ? c.methodA : c.methodB} wins (${win <= floor ? "f* reached to round-off" : `${fig(lose / win, 3)}× lower end-of-run f − f*`})`;
    })
    .join("; ");
}

function verdict(c: Comparison | undefined, setting: string): string {
  return c ? `**${setting}.** ${c.sentence}` : `**${setting}.** Not compared: fewer than 2 finished repeats (the run was stopped or --repeats is 1).`;
}

function report(P: MushroomsProblem, size: Size, arms: Arm[], tunings: { noisy: Tuning[]; noiseless: Tuning[] }, cmp: Comparisons): ExperimentReport {
  const nb = P.notebook;
  const f = (v: number, digits = 3) => fig(v, digits);
  const floor = gapFloor(P.truth.fStar);
  const shortfall = 1 / P.truth.L / nb.gammaL;
  const summary = [
    `Ridge logistic regression (λ = ${NOTEBOOK.lambda}) on mushrooms (${P.nTrain} training rows, ${P.nTest} held out, d = ${P.d}), ` +
      `T = ${size.T} iterations, symmetric α-stable noise (α = ${NOTEBOOK_NOISE.alpha}, scale ${NOTEBOOK_NOISE.scale}) added to every gradient, ` +
      `repeats paired by start point and noise draws. Lower end-of-run f − f* is better; f* = ${f(P.truth.fStar, 6)} by Newton's method. ${END_OF_RUN_NOTE}`,
    "",
    `**In short:** ${shortVerdict(cmp, floor)}.`,
    "",
    verdict(cmp.authors, "The authors' setup (what the notebook showed)"),
    "",
    `The notebook's SGD stepsize γ_L = ${f(nb.gammaL)} rests on "L" = R² + λ = ${f(nb.L)} where the true smoothness constant is ${f(P.truth.L)}, and divides by d^{3/2}·log(1/δ) = ${f(P.d ** 1.5 * Math.log(1 / nb.delta))} with δ = 0.99: ` +
      `it is ${f(shortfall)}× smaller than the textbook 1/L = ${f(1 / P.truth.L)}. Its "L1" = R + λ = ${f(nb.L1)} is used as if L0 = 0, ` +
      `but every valid pair has L0 ≥ ‖∇²f(w*)‖ = ${f(P.truth.L0AtOptimum)} (computed here at the minimiser, where ∇f = 0).`,
    "",
    verdict(cmp.paper, `With the paper's stepsize (γ = 1/(48 L1 d^{3/2} log(1/δ)) = ${f(nb.gammaPaper)})`),
    "",
    verdict(cmp.fair, "Fair comparison (each stepsize tuned on a grid, same noise)"),
    "",
    verdict(cmp.noiseless, "Without noise (full gradients, each stepsize tuned)"),
  ].join("\n");
  const figures: Figure[] = [];
  const push = (fig: Figure | undefined) => fig && figures.push(fig);
  const band = BAND_DESCRIPTION.range;
  const gapAxis = { title: "f(w) − f*", scale: "log" as const };
  const gradAxis = { title: "‖∇f(w)‖₂", scale: "log" as const };
  push(
    curveFigure(arms, {
      file: "loss-iterations.svg",
      title: "Suboptimality against iterations",
      x: "t",
      y: "gap",
      xAxis: { title: "iteration t" },
      yAxis: gapAxis,
      floor,
      caption: `Mean f − f* over the repeats of each arm; ${band} (values below ${f(floor)}, the resolution of f − f*, drawn there).`,
    }),
  );
  push(
    curveFigure(arms, {
      file: "gradnorm-iterations.svg",
      title: "Gradient norm against iterations",
      x: "t",
      y: "gradNorm",
      xAxis: { title: "iteration t" },
      yAxis: gradAxis,
      floor,
      caption: `Mean ‖∇f‖₂ over the repeats; ${band}.`,
    }),
  );
  push(
    curveFigure(arms, {
      file: "loss-bits.svg",
      title: "Suboptimality against bits sent",
      x: "bits",
      y: "gap",
      xAxis: { title: "bits sent (uplink)", scale: "log" },
      yAxis: gapAxis,
      floor,
      caption: `Mean f − f* against the bits sent: 32 per coordinate for SGD, 1 for SignSGD; ${band}.`,
    }),
  );
  push(
    curveFigure(arms, {
      file: "gradnorm-bits.svg",
      title: "Gradient norm against bits sent",
      x: "bits",
      y: "gradNorm",
      xAxis: { title: "bits sent (uplink)", scale: "log" },
      yAxis: gradAxis,
      floor,
      caption: `Mean ‖∇f‖₂ against the bits sent; ${band}.`,
    }),
  );
  const rows = arms
    .filter((a) => a.traces.length > 0 && a.traces.every((t) => !t.diverged))
    .map((a) => {
      const s = finalSummary(a, "gap");
      const lo = Math.max(Number.isFinite(s.lo) ? s.lo : s.mean, floor);
      const hi = Math.max(Number.isFinite(s.hi) ? s.hi : s.mean, floor);
      return {
        label: a.setting,
        group: a.method === "GD" ? "SGD" : a.method === "SignGD" ? "SignSGD" : a.method,
        estimate: Math.min(Math.max(s.mean, lo), hi),
        lo,
        hi,
      };
    });
  if (rows.length) {
    figures.push({
      file: "final-gap.svg",
      caption: `End-of-run f − f* by setting and method: mean with its 95 % interval over the repeats (GD and SignGD, the noiseless runs, are drawn with SGD and SignSGD).`,
      spec: intervalChart({ title: "End-of-run suboptimality by setting", x: { title: "end-of-run f − f*", scale: "log" }, rows, legendTitle: "method" }),
    });
  }
  push(tuningFigure([...tunings.noisy, ...tunings.noiseless.map((t) => ({ ...t, method: `${t.method} (no noise)` }))], "tuning.svg", "Stepsize tuning", floor));
  const tuningRows = [...tunings.noisy, ...tunings.noiseless].map(
    (t) =>
      `- ${t.method}${tunings.noiseless.includes(t) ? " (no noise)" : ""}: grid ${t.grid.map((g) => f(g)).join(", ")}; best γ = ${f(t.best)} (mean end-of-run f − f* ${f(t.bestScore)} over ${t.repeats} tuning run${t.repeats > 1 ? "s" : ""})${t.atEdge ? " — at the edge of the grid" : ""}${t.complete ? "" : " — grid not finished (stopped)"}.`,
  );
  const sections = [
    { heading: "Results by arm", body: armTable(arms, { accuracy: "testAccuracy", runMeanLoss: true, floor }), figures: ["final-gap.svg"] },
    {
      heading: "Curves",
      body: `Each curve is the mean over the repeats of one arm (setting, method, stepsize), ${band}.`,
      figures: ["loss-iterations.svg", "gradnorm-iterations.svg", "loss-bits.svg", "gradnorm-bits.svg"],
    },
    {
      heading: "Setup",
      body: [
        `- Data: mushrooms (registry name; checksum in results.json), a seeded 80/20 split (${P.nTrain}/${P.nTest}); the notebook used sklearn's split with random_state = 42, not reproduced bit for bit.`,
        `- Objective: mean logistic loss + (λ/2)‖w‖², λ = 1. True smoothness L = λ_max(AᵀA)/(4n) + λ = ${f(P.truth.L)}; ‖∇²f(w*)‖ = ${f(P.truth.L0AtOptimum)}.`,
        `- Notebook constants: R = ${f(nb.R)}, "L" = ${f(nb.L)}, "L1" = ${f(nb.L1)}, δ = ${nb.delta}; γ_L = ${f(nb.gammaL)}, γ_L1 = ${f(nb.gammaL1)}, with the paper's 48: ${f(nb.gammaPaper)}.`,
        `- Start x⁰ ~ N(0, I) (the notebook's \`train\`), the same x⁰ and noise draws for every arm in a repeat; tuning uses other starts and draws.`,
        `- Noise: ${NOTEBOOK_NOISE.scale}·X per coordinate, X symmetric α-stable with α = ${NOTEBOOK_NOISE.alpha} (E|X|^κ < ∞ only for κ < ${NOTEBOOK_NOISE.alpha}; the notebook calls it κ = 1.5).`,
        `- The notebook's \`GD\` class adds one noise vector, drawn once, at every step — a constant bias, not noise; its \`train\` draws fresh noise each step, as here.`,
        ...tuningRows,
      ].join("\n"),
      figures: ["tuning.svg"],
    },
  ];
  const headline = shortVerdict(cmp, floor);
  return {
    headline: `end-of-run f − f*, winner and factor — ${headline}`,
    summary,
    sections,
    figures,
    raw: [seriesCsv(arms)],
    results: {
      problem: { nTrain: P.nTrain, nTest: P.nTest, d: P.d, lambda: 1, fStar: P.truth.fStar, trueL: P.truth.L, L0AtOptimum: P.truth.L0AtOptimum, notebook: nb },
      noise: { law: "symmetricStable", ...NOTEBOOK_NOISE },
      T: size.T,
      arms: arms.map((a) => armResult(a, "testAccuracy")),
      tunings,
      comparisons: cmp,
    },
  };
}
