/**
 * `smoothness-along-trajectory`: the empirical (L0, L1) relation along training on mushrooms, as
 * Zhang et al. 2020 plot it (zhang20, Fig. 1): at consecutive iterates of a run,
 * the local smoothness ℓ_k = ‖∇f(x_{k+1}) − ∇f(x_k)‖/‖x_{k+1} − x_k‖ against ‖∇f(x_k)‖
 * (functions/auditSmoothness.ts, trajectorySmoothness), with
 *   - the least-squares line ℓ ≈ L0 + L1‖∇f‖ (and its intervals; points of one run are correlated,
 *     so they describe the spread of the fit, not a sampling guarantee);
 *   - the envelope: for a slope L1 ≥ 0, the least L0 with ℓ_k ≤ L0 + L1‖∇f(x_k)‖ at every observed
 *     pair (what the data allow as a valid pair);
 *   - the authors' pair (L0, L1) = (0, R + λ), which the notebook used (docs/seed-errata.md, E10), and the proved
 *     constant L = λ_max(AᵀA)/(4n) + λ (every ℓ_k must stay below it).
 * Two objectives: the notebook's ridge logistic regression (λ = 1) and the plain logistic loss
 * (λ = 0), where the seed's "L0 = 0" intuition comes from. Trajectories: GD with 1/L, GD with the
 * notebook's γ_L and SignGD with its γ_L1, from the notebook's x⁰ ~ N(1, 3²I), full gradients.
 * Pairs whose step is below SECANT_STEP_RTOL·(1 + ‖x‖) are counted and left out (their ratio would
 * be round-off).
 */
import { fig } from "../core/formatFigure.ts";
import { SECANT_STEP_RTOL } from "../core/tolerance.ts";
import { dist2, norm2, type Vector } from "../core/vector.ts";
import { trajectorySmoothness } from "../functions/auditSmoothness.ts";
import type { SmoothFunction } from "../functions/types.ts";
import { gaussian } from "../noise/gaussian.ts";
import { gradientOracle } from "../oracles/gradientOracle.ts";
import { sgd } from "../optimizers/methods.ts";
import { signSgd } from "../optimizers/signSgd.ts";
import { scatterChart } from "../report/scatterChart.ts";
import { linearFit, type LinearFit } from "../stats/linearFit.ts";
import { logisticObjective } from "../data/logisticObjective.ts";
import { csrSelectRows } from "../data/csrMatrix.ts";
import { BAND_DESCRIPTION, gapFloor } from "./aggregate.ts";
import { armResult, curveFigure, seriesCsv, type Arm } from "./arms.ts";
import { markdownTable, toCsv } from "./markdownTable.ts";
import { mushroomsProblem, splitRows, NOTEBOOK } from "./mushroomsProblem.ts";
import { gaussianStart, Units, type Method } from "./runs.ts";
import { END_SHARE, recordGrid, type Trace } from "./traceRun.ts";
import type { Experiment, ExperimentContext, ExperimentReport, Figure, ReportSection } from "./types.ts";
import { withGradientCache } from "./withGradientCache.ts";

interface Size {
  readonly T: number;
  readonly recordPoints: number;
  /** At most this many points per objective are drawn (every pair is fitted). */
  readonly plotPoints: number;
}

const DEFAULT: Size = { T: 600, recordPoints: 61, plotPoints: 800 };
const SMOKE: Size = { T: 30, recordPoints: 11, plotPoints: 200 };

const GD: Method = { name: "GD", optimizer: sgd, params: (gamma) => ({ gamma }) };
const SIGNGD: Method = { name: "SignGD", optimizer: signSgd, params: (gamma) => ({ gamma }) };

interface Pair {
  readonly run: string;
  readonly start: number;
  readonly k: number;
  readonly gradNorm: number;
  readonly localSmoothness: number;
}

/** A full-gradient run that keeps every iterate (for the secants) and the usual trace on a grid. */
function runStoring(
  fn: SmoothFunction,
  method: Method,
  gamma: number,
  x0: Vector,
  T: number,
  at: readonly number[],
  stream: import("../core/stream.ts").Stream,
): { xs: Float64Array[]; trace: Trace } {
  const oracle = gradientOracle({ fn, noise: gaussian(), scale: 0 });
  const state = method.optimizer.init(x0, method.params(gamma), stream);
  const xs: Float64Array[] = [Float64Array.from(state.x)];
  const bits: number[] = [0];
  for (let t = 0; t < T; t++) {
    method.optimizer.step(state, oracle);
    xs.push(Float64Array.from(state.x));
    bits.push(state.bitsUp ?? 0);
  }
  const g = new Float64Array(fn.dim);
  // End-of-run means over every iterate of the last tenth, as traceRun keeps them.
  const tail = xs.slice(T - Math.floor(END_SHARE * T));
  const mean = (h: (x: Float64Array) => number) => tail.reduce((acc, x) => acc + h(x), 0) / tail.length;
  const end = { loss: mean((x) => fn.value(x)), gap: mean((x) => fn.value(x) - fn.fStar), gradNorm: mean((x) => norm2(fn.gradient(x, g))) };
  const trace: Trace = { t: [], loss: [], gap: [], gradNorm: [], bits: [], extra: {}, diverged: false, oracleCalls: oracle.calls, end };
  for (const t of at) {
    const loss = fn.value(xs[t]);
    trace.t.push(t);
    trace.loss.push(loss);
    trace.gap.push(loss - fn.fStar);
    trace.gradNorm.push(norm2(fn.gradient(xs[t], g)));
    trace.bits.push(bits[t]);
  }
  return { xs, trace };
}

interface ObjectiveResult {
  readonly key: string;
  readonly title: string;
  readonly lambda: number;
  readonly provedL: number;
  readonly authorsL1: number;
  readonly pairs: Pair[];
  dropped: number;
  /** Longest step ‖x_{k+1} − x_k‖ among the kept pairs. */
  maxStep: number;
  readonly arms: Arm[];
  readonly floor: number;
}

export const smoothnessAlongTrajectory: Experiment = {
  name: "smoothness-along-trajectory",
  title: "The empirical (L0, L1) relation along training on mushrooms",
  description: "local smoothness against gradient norm along GD and SignGD runs on mushrooms (zhang20's plot), with the fitted L0 + L1‖∇f‖ line",
  datasets: ["mushrooms"],
  defaultRepeats: 3,
  smokeRepeats: 1,
  minRepeats: 1,
  async run(ctx: ExperimentContext): Promise<ExperimentReport> {
    const size = ctx.smoke ? SMOKE : DEFAULT;
    const R = ctx.repeats;
    const P = mushroomsProblem(ctx.data.mushrooms);
    const { train: trainRows } = splitRows(ctx.data.mushrooms.A.rows, NOTEBOOK.testShare);
    const plain = logisticObjective(
      csrSelectRows(ctx.data.mushrooms.A, trainRows),
      Float64Array.from(trainRows, (i) => ctx.data.mushrooms.y[i]),
      { lambda: 0, name: "mushrooms train" },
    );
    const objectives = [
      { key: "ridge", title: `ridge logistic loss, λ = ${NOTEBOOK.lambda}`, fn: withGradientCache(P.train), lambda: NOTEBOOK.lambda, L: P.truth.L },
      { key: "plain", title: "logistic loss, λ = 0", fn: withGradientCache(plain), lambda: 0, L: plain.lossSmoothness },
    ];
    const runsPer = 3;
    const units = new Units(ctx, objectives.length * runsPer * R);
    const at = recordGrid(size.T, size.recordPoints);
    const results: ObjectiveResult[] = [];
    for (const o of objectives) {
      const runs: { method: Method; gamma: number; label: string }[] = [
        { method: GD, gamma: 1 / o.L, label: "GD, γ = 1/L" },
        { method: GD, gamma: 1 / ((P.notebook.R ** 2 + o.lambda) * P.d ** 1.5 * Math.log(1 / NOTEBOOK.delta)), label: "GD, notebook γ_L" },
        { method: SIGNGD, gamma: 1 / ((P.notebook.R + o.lambda) * P.d ** 1.5 * Math.log(1 / NOTEBOOK.delta)), label: "SignGD, notebook γ_L1" },
      ];
      const res: ObjectiveResult = {
        key: o.key,
        title: o.title,
        lambda: o.lambda,
        provedL: o.L,
        authorsL1: P.notebook.R + o.lambda,
        pairs: [],
        dropped: 0,
        maxStep: 0,
        arms: [],
        floor: gapFloor(o.fn.fStar),
      };
      results.push(res);
      for (const run of runs) {
        const arm: Arm = { setting: o.title, method: run.label.split(",")[0], gamma: run.gamma, note: run.label.split(", ")[1], traces: [] };
        res.arms.push(arm);
        for (let r = 0; r < R; r++) {
          if (!(await units.next(`${o.title}: ${run.label} (start ${r + 1}/${R})`))) break;
          const x0 = gaussianStart(ctx, "x0", r, P.d, 1, 3);
          const { xs, trace } = runStoring(o.fn, run.method, run.gamma, x0, size.T, at, ctx.stream(run.label, r));
          arm.traces.push(trace);
          // Pairs of consecutive iterates whose step resolves the secant, in maximal segments; the others are counted.
          let segment: Float64Array[] = [xs[0]];
          let segmentStart = 0;
          const flush = () => {
            if (segment.length < 2) return;
            const from = segmentStart;
            trajectorySmoothness(o.fn, segment).points.forEach((p, j) =>
              res.pairs.push({ run: run.label, start: r, k: from + j, gradNorm: p.gradNorm, localSmoothness: p.localSmoothness }),
            );
          };
          for (let k = 1; k < xs.length; k++) {
            const step = dist2(xs[k - 1], xs[k]);
            if (step > SECANT_STEP_RTOL * (1 + norm2(xs[k - 1]))) {
              segment.push(xs[k]);
              res.maxStep = Math.max(res.maxStep, step);
            } else {
              res.dropped++;
              flush();
              segment = [xs[k]];
              segmentStart = k;
            }
          }
          flush();
        }
      }
      if (ctx.stopped) break;
    }
    return report(results, size, P.truth.L0AtOptimum);
  },
};

interface Analysis {
  readonly fit?: LinearFit;
  /** Least L0 covering every pair for L1 = max(0, fitted slope), for L1 = 0, and for the authors' L1. */
  readonly envelope: { readonly L1: number; readonly L0: number }[];
  /** The envelope at the fitted slope clamped at 0. */
  readonly fitted: { readonly L1: number; readonly L0: number };
  readonly authorsViolations: number;
  readonly authorsWorstRatio: number;
  readonly maxLocal: number;
}

function analyse(res: ObjectiveResult): Analysis {
  const g = res.pairs.map((p) => p.gradNorm);
  const l = res.pairs.map((p) => p.localSmoothness);
  const fit = res.pairs.length >= 3 && new Set(g).size >= 2 ? linearFit(g, l) : undefined;
  const cover = (L1: number) => res.pairs.reduce((m, p) => Math.max(m, p.localSmoothness - L1 * p.gradNorm), 0);
  const slopes = [...new Set([0, Math.max(0, fit?.slope ?? 0), res.authorsL1])];
  let violations = 0;
  let worst = 0;
  for (const p of res.pairs) {
    const bound = res.authorsL1 * p.gradNorm;
    if (p.localSmoothness > bound) violations++;
    worst = Math.max(worst, p.localSmoothness / bound);
  }
  const fittedL1 = Math.max(0, fit?.slope ?? 0);
  return {
    fit,
    envelope: slopes.map((L1) => ({ L1, L0: cover(L1) })),
    fitted: { L1: fittedL1, L0: cover(fittedL1) },
    authorsViolations: violations,
    authorsWorstRatio: worst,
    maxLocal: Math.max(0, ...l),
  };
}

/** "a + b·‖∇f‖" with the sign of b written as a sign. */
function affine(L0: number, L1: number): string {
  return `${fig(L0, 3)} ${L1 < 0 ? "−" : "+"} ${fig(Math.abs(L1), 3)}·‖∇f‖`;
}

function report(results: ObjectiveResult[], size: Size, L0AtOptimum: number): ExperimentReport {
  const f = (v: number, digits = 3) => fig(v, digits);
  // The largest e^{L1‖Δx‖} factor over the pairs with the authors' L1: how far Lemma 1's exponential can stretch the line.
  const maxExp = Math.max(1, ...results.map((r) => Math.exp(r.authorsL1 * r.maxStep)));
  const figures: Figure[] = [];
  const sections: ReportSection[] = [];
  const summary: string[] = [
    `Along full-gradient runs on mushrooms (${size.T} iterations from x⁰ ~ N(1, 3²I), the notebook's start), each pair of consecutive iterates gives the gradient norm ‖∇f(x_k)‖ and the local smoothness ℓ_k = ‖∇f(x_{k+1}) − ∇f(x_k)‖/‖x_{k+1} − x_k‖. An (L0, L1) pair valid for f must have ℓ_k ≤ (L0 + L1‖∇f(x_k)‖)·e^{L1‖x_{k+1} − x_k‖} at every pair (seed, Lemma 1); we compare with L0 + L1‖∇f‖ as zhang20 do (the factor e^{L1‖Δx‖}, with the authors' L1, is at most ${f(maxExp)} on these runs).`,
    "",
  ];
  const headline: string[] = [];
  const json: Record<string, unknown> = {};
  for (const res of results) {
    const a = analyse(res);
    const fit = a.fit;
    const slopeText = fit
      ? `The least-squares line is ℓ ≈ ${affine(fit.intercept, fit.slope)} (L0 interval [${f(fit.interceptInterval[0])}, ${f(fit.interceptInterval[1])}], L1 interval [${f(fit.slopeInterval[0])}, ${f(fit.slopeInterval[1])}], R² = ${f(fit.r2)}, ${res.pairs.length} pairs)` +
        (fit.slopeInterval[1] < 0
          ? ": the local smoothness falls as the gradient grows, so no positive L1 is called for — the relation is L-smooth-like."
          : fit.slopeInterval[0] > 0
            ? ": the local smoothness grows with the gradient norm."
            : ": no slope can be told from 0.")
      : "Too few pairs for a fit.";
    const authors = res.pairs.length
      ? `The authors' pair (L0, L1) = (0, ${f(res.authorsL1)}) is exceeded at ${a.authorsViolations} of ${res.pairs.length} pairs (by up to ${f(a.authorsWorstRatio)}× where the gradient is small)${res.lambda > 0 ? `; every ℓ_k is at least ${f(Math.min(...res.pairs.map((p) => p.localSmoothness)))} (∇²f ⪰ λI with λ = ${res.lambda}) while ‖∇f‖ → 0 near the optimum, so L0 = 0 fails whatever L1 — and at w* itself every valid pair needs L0 ≥ ‖∇²f(w*)‖ = ${f(L0AtOptimum)}, a curvature the secants along these runs, which leave along the flattest directions, do not reach` : ""}.`
      : "";
    const proved = res.pairs.length
      ? `Every ℓ_k is at most ${f(a.maxLocal)}, below the proved L = ${f(res.provedL)} (${a.maxLocal <= res.provedL ? "consistent" : "INCONSISTENT: a bug in the secant or the constant"}).`
      : "";
    summary.push(`**${res.title}.** ${slopeText} ${authors} ${proved}`, "");
    headline.push(
      `${res.key}: ℓ ≈ ${fit ? affine(fit.intercept, fit.slope) : "n/a"}, authors' (0, L1) exceeded at ${a.authorsViolations}/${res.pairs.length} pairs`,
    );
    const envelopeRows = a.envelope.map((e) => [
      f(e.L1),
      f(e.L0),
      e.L1 === 0 ? "L-smooth envelope" : e.L1 === res.authorsL1 ? "the authors' L1 (they took L0 = 0)" : "fitted slope (clamped at 0)",
    ]);
    const byRun = [...new Set(res.pairs.map((p) => p.run))].map((run) => {
      const ps = res.pairs.filter((p) => p.run === run);
      return [
        run,
        String(ps.length),
        f(Math.min(...ps.map((p) => p.gradNorm))),
        f(Math.max(...ps.map((p) => p.gradNorm))),
        f(Math.min(...ps.map((p) => p.localSmoothness))),
        f(Math.max(...ps.map((p) => p.localSmoothness))),
      ];
    });
    sections.push({
      heading: res.title,
      body: [
        markdownTable(["run", "pairs", "min ‖∇f‖", "max ‖∇f‖", "min ℓ", "max ℓ"], byRun),
        "",
        `Least L0 with ℓ_k ≤ L0 + L1‖∇f(x_k)‖ at every observed pair:`,
        "",
        markdownTable(["L1", "least L0", "which"], envelopeRows),
        "",
        `${res.dropped} pair${res.dropped === 1 ? "" : "s"} left out: the step was below ${f(SECANT_STEP_RTOL)}·(1 + ‖x‖), too short for the secant to mean anything (GD with 1/L reaches the optimum to round-off).`,
      ].join("\n"),
      figures: [
        `smoothness-${res.key}.svg`,
        `loss-iterations-${res.key}.svg`,
        `gradnorm-iterations-${res.key}.svg`,
        `loss-bits-${res.key}.svg`,
        `gradnorm-bits-${res.key}.svg`,
      ],
    });
    if (res.pairs.length) {
      const runs = [...new Set(res.pairs.map((p) => p.run))];
      const stride = Math.max(1, Math.ceil(res.pairs.length / size.plotPoints));
      const groups = runs
        .map((run) => ({
          name: run,
          points: res.pairs
            .filter((p) => p.run === run)
            .filter((_, i) => i % stride === 0)
            .map((p) => ({ x: p.gradNorm, y: p.localSmoothness })),
        }))
        .filter((g) => g.points.length > 0);
      const gs = res.pairs.map((p) => p.gradNorm).filter((v) => v > 0);
      const lo = Math.min(...gs);
      const hi = Math.max(...gs);
      const grid = Array.from({ length: 60 }, (_, i) => lo * (hi / lo) ** (i / 59));
      const line = (name: string, L0: number, L1: number, dashed = false) => ({
        name,
        dashed,
        points: grid.map((x) => ({ x, y: L0 + L1 * x })).filter((p) => p.y > 0),
      });
      const lines = [
        ...(fit ? [line(`least squares: ${affine(fit.intercept, fit.slope)}`, fit.intercept, fit.slope)] : []),
        line(`envelope, L1 = ${f(a.fitted.L1)}: L0 = ${f(a.fitted.L0)}`, a.fitted.L0, a.fitted.L1),
        line(`authors: (0, ${f(res.authorsL1)})`, 0, res.authorsL1, true),
        line(`proved L = ${f(res.provedL)}`, res.provedL, 0, true),
      ].filter((l) => l.points.length >= 2);
      const ys = [...res.pairs.map((p) => p.localSmoothness), res.provedL];
      figures.push({
        file: `smoothness-${res.key}.svg`,
        caption: `${res.title}: local smoothness ℓ_k against ‖∇f(x_k)‖ along the runs${stride > 1 ? ` (one pair in ${stride} drawn; all ${res.pairs.length} fitted)` : ""}, the least-squares line, the envelope, the authors' (0, L1) line and the proved L.`,
        spec: scatterChart({
          title: `Local smoothness against gradient norm — ${res.title}`,
          x: { title: "‖∇f(x_k)‖₂", scale: "log" },
          y: { title: "ℓ_k = ‖Δ∇f‖/‖Δx‖", domain: [0, 1.15 * Math.max(...ys)] },
          groups,
          lines: lines.map((l) => ({ ...l, points: l.points.filter((p) => p.y <= 1.15 * Math.max(...ys)) })).filter((l) => l.points.length >= 2),
          opacity: 0.5,
          width: 520,
          height: 320,
        }),
      });
    }
    const push = (fig: Figure | undefined) => fig && figures.push(fig);
    const band = BAND_DESCRIPTION.range;
    const gap = { title: "f(w) − f*", scale: "log" as const };
    const grad = { title: "‖∇f(w)‖₂", scale: "log" as const };
    push(
      curveFigure(res.arms, {
        file: `loss-iterations-${res.key}.svg`,
        title: `Suboptimality against iterations — ${res.title}`,
        x: "t",
        y: "gap",
        xAxis: { title: "iteration t" },
        yAxis: gap,
        floor: res.floor,
        caption: `${res.title}: mean f − f*${res.lambda === 0 ? " (f* = 0 is the infimum, not attained)" : ""} over the starts; ${band}.`,
      }),
    );
    push(
      curveFigure(res.arms, {
        file: `gradnorm-iterations-${res.key}.svg`,
        title: `Gradient norm against iterations — ${res.title}`,
        x: "t",
        y: "gradNorm",
        xAxis: { title: "iteration t" },
        yAxis: grad,
        floor: res.floor,
        caption: `${res.title}: mean ‖∇f‖₂ over the starts; ${band}.`,
      }),
    );
    push(
      curveFigure(res.arms, {
        file: `loss-bits-${res.key}.svg`,
        title: `Suboptimality against bits sent — ${res.title}`,
        x: "bits",
        y: "gap",
        xAxis: { title: "bits sent", scale: "log" },
        yAxis: gap,
        floor: res.floor,
        caption: `${res.title}: mean f − f* against the bits a worker would send (32 a coordinate for GD, 1 for SignGD); ${band}.`,
      }),
    );
    push(
      curveFigure(res.arms, {
        file: `gradnorm-bits-${res.key}.svg`,
        title: `Gradient norm against bits sent — ${res.title}`,
        x: "bits",
        y: "gradNorm",
        xAxis: { title: "bits sent", scale: "log" },
        yAxis: grad,
        floor: res.floor,
        caption: `${res.title}: mean ‖∇f‖₂ against the bits sent; ${band}.`,
      }),
    );
    json[res.key] = {
      title: res.title,
      lambda: res.lambda,
      provedL: res.provedL,
      authorsPair: { L0: 0, L1: res.authorsL1 },
      pairs: res.pairs.length,
      dropped: res.dropped,
      ...a,
      arms: res.arms.map((arm) => armResult(arm)),
    };
  }
  return {
    headline: headline.join("; "),
    summary: summary.join("\n"),
    sections,
    figures,
    raw: [
      {
        file: "pairs.csv",
        content: toCsv(
          ["objective", "run", "start", "k", "gradNorm", "localSmoothness"],
          results.flatMap((r) => r.pairs.map((p) => [r.key, p.run, p.start, p.k, p.gradNorm, p.localSmoothness])),
        ),
      },
      seriesCsv(results.flatMap((r) => r.arms)),
    ],
    results: { T: size.T, L0AtOptimumRidge: L0AtOptimum, objectives: json },
  };
}
