/**
 * `mushrooms-momentum`: the authors' momentum comparison (seedfinal, §"Computational experiment",
 * Tables "Loss/Accuracy Comparison of Optimization Methods") — SGD, SignSGD, M-SGD and
 * M-SignSGD on ridge logistic regression (λ = 1) on mushrooms with symmetric α-stable noise
 * (α = 1.5, scale 0.1, as the notebook's momentum runs), T = 1000 iterations — run twice:
 *   1. the authors' setup: SGD with the notebook's γ_L, SignSGD with γ_L1, M-SGD and M-SignSGD with
 *      γ = 0.01 and β = 0.9 (the notebook's momentum runs used γ = 0.01 for M-SignSGD and 0.01–0.05
 *      for M-SGD; we take 0.01 for both), x⁰ ~ N(0, I);
 *   2. fair tuning: every method's γ tuned on a grid (β = 0.9 kept), on separate tuning streams.
 * Both report the mean loss and held-out accuracy over the run (what the authors' table appears to
 * average: its "mean loss" of 3.6–16 sits far above f* ≈ 0.58) and at the end, next to the authors'
 * figures as quoted, and whether their ordering (M-SignSGD > SignSGD > M-SGD > SGD in accuracy)
 * survives. M-SGD here is m ← βm + (1 − β)g, x ← x − γm (methods.ts, mSgd), the same EMA form as
 * M-SignSGD. Repeats are paired (same x⁰, same noise draws for every method).
 */
import { fig } from "../core/formatFigure.ts";
import { symmetricStable } from "../noise/symmetricStable.ts";
import { mSgd, mSignSgd, sgd } from "../optimizers/methods.ts";
import { signSgd } from "../optimizers/signSgd.ts";
import { intervalChart } from "../report/intervalChart.ts";
import { BAND_DESCRIPTION, END_OF_RUN_NOTE, endValue, gapFloor, runMean, summarise } from "./aggregate.ts";
import { armLabel, armResult, armTable, compareArms, curveFigure, finalSummary, seriesCsv, type Arm, type Comparison } from "./arms.ts";
import { formatSummary, markdownTable } from "./markdownTable.ts";
import { mushroomsProblem, NOTEBOOK, type MushroomsProblem } from "./mushroomsProblem.ts";
import { gaussianStart, powerGrid, runOnce, tuneStepsize, Units, type Method, type Problem, type Tuning } from "./runs.ts";
import { recordGrid } from "./traceRun.ts";
import { tuningFigure } from "./tuningFigure.ts";
import type { Experiment, ExperimentContext, ExperimentReport, Figure } from "./types.ts";
import { withGradientCache } from "./withGradientCache.ts";

/** The notebook's momentum runs: levy_stable(α = 1.5, β = 0, scale = 0.1). */
export const MOMENTUM_NOISE = { alpha: 1.5, scale: 0.1 } as const;
const BETA = 0.9;
const NOTEBOOK_MOMENTUM_GAMMA = 0.01;

/** seedfinal's tables, as printed (means over their runs; the column meanings are the authors'). */
export const AUTHORS_TABLE: Readonly<Record<string, { readonly meanLoss: number; readonly meanAccuracy: number }>> = {
  "M-SignSGD": { meanLoss: 3.6366, meanAccuracy: 82.8688 },
  "M-SGD": { meanLoss: 7.7299, meanAccuracy: 73.4684 },
  SignSGD: { meanLoss: 6.7171, meanAccuracy: 79.1219 },
  SGD: { meanLoss: 16.4469, meanAccuracy: 62.9615 },
};
/** The authors' ordering by mean accuracy, best first. */
export const AUTHORS_ORDER = ["M-SignSGD", "SignSGD", "M-SGD", "SGD"] as const;

interface Size {
  readonly T: number;
  readonly tuneRepeats: number;
  /** SGD and M-SGD: (1/L)·2^k; SignSGD and M-SignSGD: γ_L1·2^k. */
  readonly sgdGrid: readonly [number, number];
  readonly signGrid: readonly [number, number];
  readonly recordPoints: number;
}

const DEFAULT: Size = { T: 1000, tuneRepeats: 1, sgdGrid: [-9, -4], signGrid: [-4, 0], recordPoints: 51 };
const SMOKE: Size = { T: 30, tuneRepeats: 1, sgdGrid: [-4, -3], signGrid: [-2, -1], recordPoints: 11 };

const METHODS: Record<(typeof AUTHORS_ORDER)[number], Method> = {
  SGD: { name: "SGD", optimizer: sgd, params: (gamma) => ({ gamma }) },
  SignSGD: { name: "SignSGD", optimizer: signSgd, params: (gamma) => ({ gamma }) },
  "M-SGD": { name: "M-SGD", optimizer: mSgd, params: (gamma) => ({ gamma, beta: BETA }) },
  "M-SignSGD": { name: "M-SignSGD", optimizer: mSignSgd, params: (gamma) => ({ gamma, beta: BETA }) },
};
const ORDER_IN_RUNS = ["SGD", "SignSGD", "M-SGD", "M-SignSGD"] as const;

export const SETTINGS = { authors: "authors' setup", tuned: "tuned" } as const;

export const mushroomsMomentum: Experiment = {
  name: "mushrooms-momentum",
  title: "SGD, SignSGD, M-SGD and M-SignSGD on mushrooms under heavy-tailed noise: the authors' table, and with tuned stepsizes",
  description: "seedfinal's momentum table (mean loss and accuracy) rerun, then with each stepsize tuned",
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
    const problem: Problem = {
      fn,
      noise: symmetricStable(MOMENTUM_NOISE.alpha),
      scale: MOMENTUM_NOISE.scale,
      T: size.T,
      at: recordGrid(size.T, size.recordPoints),
      metrics: (w) => ({ testAccuracy: P.testAccuracy(w) }),
    };
    const authorsGamma: Record<string, number> = {
      SGD: P.notebook.gammaL,
      SignSGD: P.notebook.gammaL1,
      "M-SGD": NOTEBOOK_MOMENTUM_GAMMA,
      "M-SignSGD": NOTEBOOK_MOMENTUM_GAMMA,
    };
    const grids: Record<string, number[]> = {
      SGD: powerGrid(1 / P.truth.L, ...size.sgdGrid),
      "M-SGD": powerGrid(1 / P.truth.L, ...size.sgdGrid),
      SignSGD: powerGrid(P.notebook.gammaL1, ...size.signGrid),
      "M-SignSGD": powerGrid(P.notebook.gammaL1, ...size.signGrid),
    };
    const gridRuns = Object.values(grids).reduce((s, g) => s + g.length, 0) * size.tuneRepeats;
    const units = new Units(ctx, 8 * R + gridRuns);
    const arms: Arm[] = [];
    const tunings: Tuning[] = [];
    const evaluate = async (setting: string, method: Method, gamma: number): Promise<Arm> => {
      const arm: Arm = { setting, method: method.name, gamma, note: method.name.startsWith("M-") ? `β = ${BETA}` : undefined, traces: [] };
      arms.push(arm);
      for (let r = 0; r < R; r++) {
        if (!(await units.next(`${armLabel(arm)} (repeat ${r + 1}/${R})`))) break;
        arm.traces.push(runOnce(problem, method, gamma, gaussianStart(ctx, "x0", r, P.d), ctx.stream("noise", r)));
      }
      return arm;
    };
    const authors: Record<string, Arm> = {};
    for (const name of ORDER_IN_RUNS) authors[name] = await evaluate(SETTINGS.authors, METHODS[name], authorsGamma[name]);
    const tuned: Record<string, Arm> = {};
    for (const name of ORDER_IN_RUNS) {
      if (ctx.stopped) break;
      const t = await tuneStepsize({
        method: METHODS[name],
        grid: grids[name],
        repeats: size.tuneRepeats,
        units,
        run: (gamma, r) => runOnce(problem, METHODS[name], gamma, gaussianStart(ctx, "x0-tuning", r, P.d), ctx.stream("noise-tuning", r)),
        score: (trace) => Math.max(endValue(trace, "gap"), floor),
        tieBreak: (trace) => runMean(trace, "gap"),
      });
      if (t) tunings.push(t);
    }
    if (!ctx.stopped && tunings.length === 4 && tunings.every((t) => t.complete)) {
      for (const t of tunings) tuned[t.method] = await evaluate(SETTINGS.tuned, METHODS[t.method as keyof typeof METHODS], t.best);
    }
    return report(P, size, arms, tunings, authors, tuned);
  },
};

/** Methods ranked by mean end-of-run held-out accuracy (best first), or by the run's mean accuracy. */
function ranking(arms: Record<string, Arm>, overRun: boolean): string[] {
  const score = (a: Arm) => (overRun ? summarise(a.traces.map((t) => runMean(t, "testAccuracy"))).mean : finalSummary(a, "testAccuracy").mean);
  return Object.values(arms)
    .filter((a) => a.traces.length > 0)
    .sort((a, b) => score(b) - score(a))
    .map((a) => a.method);
}

/** " The four end within x points of each other (the authors' table spans y points)." */
function spread(arms: Record<string, Arm>): string {
  const means = Object.values(arms)
    .filter((a) => a.traces.length > 0)
    .map((a) => 100 * finalSummary(a, "testAccuracy").mean);
  if (means.length < 2) return "";
  const quoted = AUTHORS_ORDER.map((m) => AUTHORS_TABLE[m].meanAccuracy);
  return ` The ${means.length} methods end within ${fig(Math.max(...means) - Math.min(...means), 3)} points of held-out accuracy of each other; the authors' table spans ${fig(Math.max(...quoted) - Math.min(...quoted), 3)} points.`;
}

function orderSentence(rank: string[], compared: (Comparison | undefined)[]): string {
  if (rank.length < 4) return "not all four methods finished (the run was stopped).";
  const same = rank.every((m, i) => m === AUTHORS_ORDER[i]);
  const steps = compared.map((c, i) => {
    if (!c) return `${rank[i]} vs ${rank[i + 1]}: n/a`;
    return `${rank[i]} over ${rank[i + 1]}: ${c.winner === "a" ? "significant" : c.winner === "neither" ? "not significant" : "reversed"} (difference ${fig(c.difference.mean * 100, 3)} points, 95 % CI [${fig(c.difference.lo * 100, 3)}, ${fig(c.difference.hi * 100, 3)}])`;
  });
  return `${rank.join(" > ")} — ${same ? "the authors' ordering" : `not the authors' ordering (${AUTHORS_ORDER.join(" > ")})`}; adjacent pairs by end-of-run held-out accuracy: ${steps.join("; ")}.`;
}

function adjacent(arms: Record<string, Arm>, rank: string[]): (Comparison | undefined)[] {
  const out: (Comparison | undefined)[] = [];
  for (let i = 0; i + 1 < rank.length; i++)
    out.push(
      compareArms(arms[rank[i]], arms[rank[i + 1]], {
        key: "testAccuracy",
        better: "higher",
        scale: 100,
        what: "held-out accuracy %",
        nameA: rank[i],
        nameB: rank[i + 1],
      }),
    );
  return out;
}

function report(P: MushroomsProblem, size: Size, arms: Arm[], tunings: Tuning[], authors: Record<string, Arm>, tuned: Record<string, Arm>): ExperimentReport {
  const f = (v: number, digits = 4) => fig(v, digits);
  const floor = gapFloor(P.truth.fStar);
  const runMeanSummary = (a: Arm | undefined, key: string) => (a?.traces.length ? summarise(a.traces.map((t) => runMean(t, key))) : summarise([]));
  const rankAuthorsRun = ranking(authors, true);
  const rankAuthorsFinal = ranking(authors, false);
  const rankTuned = ranking(tuned, false);
  const cmpAuthors = adjacent(authors, rankAuthorsFinal);
  const cmpTuned = adjacent(tuned, rankTuned);
  const table = markdownTable(
    [
      "method",
      "authors' mean loss (quoted)",
      "authors' mean accuracy % (quoted)",
      "mean loss over the run, authors' setup",
      "mean accuracy % over the run, authors' setup",
      "end-of-run accuracy %, authors' setup",
      "end-of-run accuracy %, tuned",
      "end-of-run f − f*, tuned",
    ],
    AUTHORS_ORDER.map((m) => [
      m,
      f(AUTHORS_TABLE[m].meanLoss),
      f(AUTHORS_TABLE[m].meanAccuracy),
      formatSummary(runMeanSummary(authors[m], "loss")),
      formatSummary(runMeanSummary(authors[m], "testAccuracy"), 4, 100),
      authors[m] ? formatSummary(finalSummary(authors[m], "testAccuracy"), 4, 100) : "not run",
      tuned[m] ? formatSummary(finalSummary(tuned[m], "testAccuracy"), 4, 100) : "not run",
      tuned[m] ? formatSummary(finalSummary(tuned[m], "gap")) : "not run",
    ]),
  );
  const sameOrder = rankTuned.length === 4 && rankTuned.every((m, i) => m === AUTHORS_ORDER[i]);
  const survives = sameOrder && cmpTuned.every((c) => c?.winner === "a");
  const survival =
    rankTuned.length < 4
      ? ""
      : survives
        ? "The authors' ordering survives fair tuning, every step of it significant."
        : sameOrder
          ? "The tuned ranking is the authors', but not every step of it is significant: the ordering is not confirmed."
          : cmpTuned.every((c) => c?.winner === "neither")
            ? "With tuned stepsizes no adjacent difference is significant: the data support no ordering of the four methods, and the authors' ordering does not survive."
            : "The authors' ordering does not survive fair tuning.";
  const summary = [
    `Ridge logistic regression (λ = ${NOTEBOOK.lambda}) on mushrooms (${P.nTrain} training rows, ${P.nTest} held out), T = ${size.T}, symmetric α-stable noise (α = ${MOMENTUM_NOISE.alpha}, scale ${MOMENTUM_NOISE.scale}) on every gradient, β = ${BETA} for the momentum methods, repeats paired by start and noise. Intervals are 95 % Student-t intervals over the repeats. ${END_OF_RUN_NOTE}`,
    "",
    `**What the authors' table says (quoted):** mean accuracy ${AUTHORS_ORDER.map((m) => `${m} ${AUTHORS_TABLE[m].meanAccuracy.toFixed(2)} %`).join(", ")}.`,
    "",
    `**The authors' setup, rerun.** Ranked by the accuracy averaged over the run: ${rankAuthorsRun.length === 4 ? `${rankAuthorsRun.join(" > ")}${rankAuthorsRun.every((m, i) => m === AUTHORS_ORDER[i]) ? " (the authors' ordering)" : ""}` : "incomplete"}. By end-of-run accuracy: ${orderSentence(rankAuthorsFinal, cmpAuthors)}`,
    "",
    `**With each stepsize tuned.** By end-of-run accuracy: ${orderSentence(rankTuned, cmpTuned)} ${survival}${spread(tuned)}`,
    "",
    `The notebook gave SGD γ_L = ${f(P.notebook.gammaL, 3)} and SignSGD γ_L1 = ${f(P.notebook.gammaL1, 3)} from its constants ("L" = ${f(P.notebook.L, 3)} for a true ${f(P.truth.L, 3)}), and both momentum methods γ = ${NOTEBOOK_MOMENTUM_GAMMA}: the methods did not get comparable stepsizes.`,
  ].join("\n");
  const figures: Figure[] = [];
  const push = (fig: Figure | undefined) => fig && figures.push(fig);
  const band = BAND_DESCRIPTION.range;
  for (const [setting, group, suffix] of [
    [SETTINGS.authors, Object.values(authors), "authors"],
    [SETTINGS.tuned, Object.values(tuned), "tuned"],
  ] as const) {
    if (group.length === 0) continue;
    push(
      curveFigure(group, {
        file: `loss-iterations-${suffix}.svg`,
        title: `Suboptimality against iterations (${setting})`,
        x: "t",
        y: "gap",
        xAxis: { title: "iteration t" },
        yAxis: { title: "f(w) − f*", scale: "log" },
        floor,
        caption: `${setting}: mean f − f* over the repeats; ${band}.`,
      }),
    );
    push(
      curveFigure(group, {
        file: `gradnorm-iterations-${suffix}.svg`,
        title: `Gradient norm against iterations (${setting})`,
        x: "t",
        y: "gradNorm",
        xAxis: { title: "iteration t" },
        yAxis: { title: "‖∇f(w)‖₂", scale: "log" },
        floor,
        caption: `${setting}: mean ‖∇f‖₂; ${band}.`,
      }),
    );
    push(
      curveFigure(group, {
        file: `accuracy-iterations-${suffix}.svg`,
        title: `Held-out accuracy against iterations (${setting})`,
        x: "t",
        y: "testAccuracy",
        xAxis: { title: "iteration t" },
        yAxis: { title: "held-out accuracy" },
        caption: `${setting}: mean held-out accuracy; ${band}.`,
      }),
    );
    push(
      curveFigure(group, {
        file: `loss-bits-${suffix}.svg`,
        title: `Suboptimality against bits sent (${setting})`,
        x: "bits",
        y: "gap",
        xAxis: { title: "bits sent (uplink)", scale: "log" },
        yAxis: { title: "f(w) − f*", scale: "log" },
        floor,
        caption: `${setting}: mean f − f* against the bits sent (32 a coordinate for SGD and M-SGD, 1 for the sign methods); ${band}.`,
      }),
    );
    push(
      curveFigure(group, {
        file: `gradnorm-bits-${suffix}.svg`,
        title: `Gradient norm against bits sent (${setting})`,
        x: "bits",
        y: "gradNorm",
        xAxis: { title: "bits sent (uplink)", scale: "log" },
        yAxis: { title: "‖∇f(w)‖₂", scale: "log" },
        floor,
        caption: `${setting}: mean ‖∇f‖₂ against the bits sent; ${band}.`,
      }),
    );
  }
  const rows = [
    ...AUTHORS_ORDER.map((m) => ({
      label: m,
      group: "authors' table (quoted)",
      estimate: AUTHORS_TABLE[m].meanAccuracy,
      lo: AUTHORS_TABLE[m].meanAccuracy,
      hi: AUTHORS_TABLE[m].meanAccuracy,
    })),
    ...[
      [authors, "authors' setup, rerun (end of run)"],
      [tuned, "tuned (end of run)"],
    ].flatMap(([group, name]) =>
      AUTHORS_ORDER.filter((m) => (group as Record<string, Arm>)[m]?.traces.length).map((m) => {
        const s = finalSummary((group as Record<string, Arm>)[m], "testAccuracy");
        const lo = Number.isFinite(s.lo) ? s.lo : s.mean;
        const hi = Number.isFinite(s.hi) ? s.hi : s.mean;
        return { label: m, group: name as string, estimate: 100 * s.mean, lo: 100 * Math.min(lo, s.mean), hi: 100 * Math.max(hi, s.mean) };
      }),
    ),
  ];
  figures.push({
    file: "accuracy.svg",
    caption:
      "Held-out accuracy by method: the authors' quoted means (no interval was given), our rerun of their setup and the tuned runs (end of run, mean with its 95 % interval over the repeats).",
    spec: intervalChart({ title: "Held-out accuracy by method", x: { title: "held-out accuracy %" }, rows, legendTitle: "source" }),
  });
  const tuningFig = tuningFigure(tunings, "tuning.svg", "Stepsize tuning", floor);
  if (tuningFig) figures.push(tuningFig);
  const sections = [
    { heading: "The authors' table beside the reruns", body: table, figures: ["accuracy.svg"] },
    { heading: "Results by arm", body: armTable(arms, { accuracy: "testAccuracy", runMeanLoss: true, floor }) },
    {
      heading: "Curves: the authors' setup",
      body: `Mean over the repeats, ${band}.`,
      figures: [
        "loss-iterations-authors.svg",
        "gradnorm-iterations-authors.svg",
        "accuracy-iterations-authors.svg",
        "loss-bits-authors.svg",
        "gradnorm-bits-authors.svg",
      ],
    },
    {
      heading: "Curves: tuned stepsizes",
      body: `Mean over the repeats, ${band}.`,
      figures: [
        "loss-iterations-tuned.svg",
        "gradnorm-iterations-tuned.svg",
        "accuracy-iterations-tuned.svg",
        "loss-bits-tuned.svg",
        "gradnorm-bits-tuned.svg",
      ],
    },
    {
      heading: "Setup",
      body: [
        `- Data and objective as in \`mushrooms-gd-vs-signgd\` (seeded 80/20 split, λ = 1, f* = ${f(P.truth.fStar, 6)}); start x⁰ ~ N(0, I); every method sees the same x⁰ and noise draws in a repeat.`,
        `- The authors' columns are quoted from seedfinal's tables ("Mean Loss", "Mean Accuracy (%)"); how they averaged (over iterations and runs, it seems) is not stated, so both the run average and the final value are shown.`,
        ...tunings.map(
          (t) =>
            `- ${t.method}: grid ${t.grid.map((g) => f(g, 3)).join(", ")}; best γ = ${f(t.best, 3)} (end-of-run f − f* ${f(t.bestScore, 3)} over ${t.repeats} tuning run${t.repeats > 1 ? "s" : ""})${t.atEdge ? " — at the edge of the grid" : ""}${t.complete ? "" : " — not finished (stopped)"}.`,
        ),
      ].join("\n"),
      figures: ["tuning.svg"],
    },
  ];
  return {
    headline: `end-of-run held-out accuracy — authors' setup: ${rankAuthorsFinal.join(" > ") || "n/a"}; tuned: ${rankTuned.join(" > ") || "n/a"}${rankTuned.length === 4 ? ` — ${survival.charAt(0).toLowerCase()}${survival.slice(1).replace(/\.$/, "")}` : ""}`,
    summary,
    sections,
    figures,
    raw: [seriesCsv(arms)],
    results: {
      noise: { law: "symmetricStable", ...MOMENTUM_NOISE },
      beta: BETA,
      T: size.T,
      authorsTable: AUTHORS_TABLE,
      rankings: {
        authorsByRunMeanAccuracy: rankAuthorsRun,
        authorsByFinalAccuracy: rankAuthorsFinal,
        tunedByFinalAccuracy: rankTuned,
        authorsOrder: AUTHORS_ORDER,
        sameOrderWhenTuned: sameOrder,
        survives,
      },
      adjacentComparisons: { authors: cmpAuthors, tuned: cmpTuned },
      arms: arms.map((a) => armResult(a, "testAccuracy")),
      tunings,
    },
  };
}
