/**
 * The pieces the experiments are built from: the recording harness (a trace equals a plain loop over
 * the same optimizer; divergence is reported, never dropped), the gradient cache (same numbers,
 * fewer evaluations), end-of-run values, paired comparisons, stepsize tuning, the seeded data split
 * and row selection, atomic writes, and the runner's partial reports when stopped.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  EXPERIMENTS,
  InputError,
  Stream,
  TOL,
  Units,
  close,
  coshSum,
  compareArms,
  csrFromDense,
  csrSelectRows,
  density,
  endValue,
  experimentByName,
  gaussian,
  gradientOracle,
  powerGrid,
  recordGrid,
  runExperiment,
  sgd,
  signSgd,
  splitRows,
  traceRun,
  tuneStepsize,
  withGradientCache,
  writeAtomic,
  type Arm,
  type ExperimentContext,
  type Trace,
} from "signcheck/internal";

const tmp = () => mkdtempSync(join(tmpdir(), "signcheck-exp-"));

describe("traceRun", () => {
  test("records f, f − f*, ‖∇f‖ and bits on its grid, equal to a plain loop over the same optimizer and stream", () => {
    const fn = coshSum(4);
    const x0 = Float64Array.of(1, -2, 0.5, 3);
    const oracle = () => gradientOracle({ fn, noise: gaussian(), scale: 0.1 });
    const trace = traceRun(signSgd, signSgd.init(x0, { gamma: 0.05 }, new Stream("t")), oracle(), { T: 20, at: [0, 5, 20] });
    const state = signSgd.init(x0, { gamma: 0.05 }, new Stream("t"));
    const o = oracle();
    const plain: number[] = [fn.value(state.x)];
    for (let t = 1; t <= 20; t++) {
      signSgd.step(state, o);
      if (t === 5 || t === 20) plain.push(fn.value(state.x));
    }
    expect(trace.t).toEqual([0, 5, 20]);
    expect(trace.loss).toEqual(plain);
    expect(trace.gap).toEqual(plain.map((v) => v - fn.fStar));
    expect(trace.bits).toEqual([0, 5 * 4, 20 * 4]);
    expect(trace.diverged).toBe(false);
    expect(trace.oracleCalls).toBe(20);
  });

  test("end-of-run values are means over every iterate of the last tenth, whatever the recording grid", () => {
    const fn = coshSum(3);
    const x0 = Float64Array.of(0.3, -0.2, 0.1);
    const oracle = () => gradientOracle({ fn, noise: gaussian(), scale: 0 });
    // SignGD from here oscillates with period 2: a grid of even steps alone would see only one phase.
    const trace = traceRun(signSgd, signSgd.init(x0, { gamma: 0.1 }, new Stream("e")), oracle(), { T: 40, at: [0, 10, 20, 30, 40] });
    const state = signSgd.init(x0, { gamma: 0.1 }, new Stream("e"));
    const o = oracle();
    const tail: number[] = [];
    for (let t = 0; t <= 40; t++) {
      if (t >= 36) tail.push(fn.value(state.x) - fn.fStar);
      if (t < 40) signSgd.step(state, o);
    }
    expect(trace.end?.gap).toBe(tail.reduce((a, b) => a + b, 0) / tail.length);
    expect(endValue(trace, "gap")).toBe(trace.end?.gap);
  });

  test("a diverging run is reported as diverged at the step it happened, and the trace stops there", () => {
    const fn = coshSum(3);
    const trace = traceRun(sgd, sgd.init(Float64Array.of(3, 3, 3), { gamma: 10 }, new Stream("d")), gradientOracle({ fn, noise: gaussian(), scale: 0 }), {
      T: 50,
    });
    expect(trace.diverged).toBe(true);
    expect(trace.divergedAt).toBeGreaterThan(0);
    expect(trace.t.every((t) => t < trace.divergedAt!)).toBe(true);
    expect(Number.isNaN(endValue(trace, "gap"))).toBe(true);
  });

  test("recordGrid: 0 and T included, increasing, at most the points asked; grids are validated", () => {
    for (const [T, n] of [
      [1, 100],
      [99, 100],
      [500, 81],
      [1000, 51],
    ] as const) {
      const g = recordGrid(T, n);
      expect(g[0]).toBe(0);
      expect(g[g.length - 1]).toBe(T);
      expect(g.length).toBeLessThanOrEqual(Math.min(n, T + 1));
      expect(g.every((t, i) => i === 0 || t > g[i - 1])).toBe(true);
    }
    const fn = coshSum(2);
    expect(() =>
      traceRun(sgd, sgd.init(Float64Array.of(1, 1), { gamma: 0.1 }, new Stream("g")), gradientOracle({ fn, noise: gaussian(), scale: 0 }), {
        T: 5,
        at: [0, 3, 2],
      }),
    ).toThrow(InputError);
  });
});

describe("withGradientCache", () => {
  test("same gradients and values, and a second request at the same point costs nothing", () => {
    const fn = coshSum(5);
    const cached = withGradientCache(fn);
    const x = Float64Array.of(0.1, -1, 2, 0, 3);
    expect(cached.gradient(x)).toEqual(fn.gradient(x));
    expect(cached.gradient(Float64Array.from(x))).toEqual(fn.gradient(x));
    expect(cached.evaluations).toBe(1);
    x[2] = 2.5;
    expect(cached.gradient(x)).toEqual(fn.gradient(x));
    expect(cached.evaluations).toBe(2);
    expect(cached.value(x)).toBe(fn.value(x));
    expect(cached.fStar).toBe(fn.fStar);
    expect(cached.smoothness).toBe(fn.smoothness);
  });
});

function fakeTrace(gaps: number[]): Trace {
  return { t: gaps.map((_, i) => i * 10), loss: gaps, gap: gaps, gradNorm: gaps, bits: gaps.map((_, i) => i), extra: {}, diverged: false, oracleCalls: 0 };
}

describe("end-of-run values and comparisons", () => {
  test("endValue, for a trace without kept means, averages its recorded points of the last tenth", () => {
    // t = 0, 10, …, 100: the last tenth is t ≥ 90 → the points at 90 and 100.
    const gaps = Array.from({ length: 11 }, (_, i) => (i === 9 ? 4 : i === 10 ? 2 : 100));
    expect(endValue(fakeTrace(gaps), "gap")).toBe(3);
  });

  test("compareArms: a clear winner, a tie, and the direction for 'higher is better'", () => {
    const arm = (method: string, values: number[]): Arm => ({ setting: "s", method, gamma: 1, traces: values.map((v) => fakeTrace([v, v])) });
    const a = arm("A", [1, 1.1, 0.9, 1.05, 0.95]);
    const b = arm("B", [2, 2.2, 1.9, 2.1, 2.05]);
    const c = compareArms(a, b)!;
    expect(c.winner).toBe("a");
    expect(c.winsA).toBe(5);
    expect(c.sentence).toMatch(/^s: A, γ = 1 wins/);
    expect(compareArms(a, b, { better: "higher" })!.winner).toBe("b");
    const tie = compareArms(a, arm("C", [1.1, 0.9, 1, 0.95, 1.05]))!;
    expect(tie.winner).toBe("neither");
    expect(compareArms(arm("D", [1]), arm("E", [2]))).toBeUndefined();
  });

  test("a diverged repeat loses its pair and leaves the interval undecided", () => {
    const ok = (v: number) => fakeTrace([v, v]);
    const a: Arm = { setting: "s", method: "A", gamma: 1, traces: [ok(1), ok(1)] };
    const b: Arm = { setting: "s", method: "B", gamma: 1, traces: [ok(2), { ...ok(2), diverged: true, divergedAt: 3 }] };
    const c = compareArms(a, b)!;
    expect(c.winner).toBe("a");
    expect(Number.isNaN(c.difference.lo)).toBe(true);
    expect(c.sentence).toContain("diverged");
  });
});

describe("tuneStepsize", () => {
  const ctx = { checkpoint: async () => true } as unknown as ExperimentContext;
  test("finds the best γ of the grid, says when it is at an edge, and scores a diverged γ +∞", async () => {
    const fn = coshSum(3);
    const x0 = Float64Array.of(1, 1, 1);
    const run = (gamma: number) => traceRun(sgd, sgd.init(x0, { gamma }, new Stream("x")), gradientOracle({ fn, noise: gaussian(), scale: 0 }), { T: 30 });
    const t = (await tuneStepsize({
      method: { name: "GD", optimizer: sgd, params: (gamma) => ({ gamma }) },
      grid: powerGrid(1, -4, 3),
      repeats: 1,
      units: new Units(ctx, 8),
      run,
      score: (tr) => endValue(tr, "gap"),
    }))!;
    expect(t.complete).toBe(true);
    expect(t.scores[t.grid.length - 1]).toBe(Infinity);
    expect(t.best).toBeGreaterThan(t.grid[0]);
    expect(t.bestScore).toBe(Math.min(...t.scores));
    expect(t.atEdge).toBe(t.best === t.grid[0] || t.best === t.grid[t.grid.length - 1]);
  });

  test("stops at a checkpoint that says stop and reports the part done", async () => {
    let calls = 0;
    const stopping = { checkpoint: async () => ++calls <= 2 } as unknown as ExperimentContext;
    const run = () => fakeTrace([1, 1]);
    const t = await tuneStepsize({
      method: { name: "M", optimizer: sgd, params: (gamma) => ({ gamma }) },
      grid: [1, 2, 3, 4],
      repeats: 1,
      units: new Units(stopping, 4),
      run,
      score: () => 1,
    });
    expect(t!.complete).toBe(false);
    expect(t!.scores.filter((s) => !Number.isNaN(s))).toHaveLength(2);
  });
});

describe("data split and row selection", () => {
  test("splitRows: a deterministic partition of 0…n−1 with a fifth held out", () => {
    const a = splitRows(1000, 0.2);
    expect(a).toEqual(splitRows(1000, 0.2));
    expect(a.test.length).toBe(200);
    const all = [...a.train, ...a.test].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  test("csrSelectRows picks exactly the rows asked, in order, and refuses indices out of range", () => {
    const rows = [
      [1, 0, 2],
      [0, 0, 0],
      [3, 4, 0],
      [0, 5, 6],
    ];
    const A = csrFromDense(rows);
    const S = csrSelectRows(A, [3, 0]);
    expect(S).toEqual(csrFromDense([rows[3], rows[0]]));
    expect(() => csrSelectRows(A, [4])).toThrow(/rows\[0\]/);
  });

  test("Bernstein's density: 1 for a dense vector of equal entries, 1/d for a single spike", () => {
    expect(close(density(new Float64Array(10).fill(2)), 1, TOL.exact)).toBe(true);
    const spike = new Float64Array(10);
    spike[3] = 5;
    expect(close(density(spike), 0.1, TOL.exact)).toBe(true);
  });
});

describe("writeAtomic and partial runs", () => {
  test("writeAtomic replaces a file whole and leaves no temporary file", () => {
    const dir = tmp();
    const path = join(dir, "sub", "a.txt");
    writeAtomic(path, "one");
    writeAtomic(path, "two");
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.txt"]);
  });

  test("a run stopped at a checkpoint writes what it finished, marked partial; stale files of an earlier run go", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "results.json"), JSON.stringify({ tool: "signcheck", files: ["old.svg", "results.json"] }));
    writeFileSync(join(dir, "old.svg"), "<svg/>");
    let checks = 0;
    const result = await runExperiment(experimentByName("bernstein-sparse-noise"), {
      seed: 7,
      smoke: true,
      out: dir,
      command: "signcheck experiment bernstein-sparse-noise --smoke",
      stopRequested: () => ++checks > 12,
    });
    expect(result.partial).toBe(true);
    expect(result.completedUnits).toBeLessThan(result.totalUnits);
    const json = JSON.parse(readFileSync(join(dir, "results.json"), "utf8"));
    expect(json).toMatchObject({ experiment: "bernstein-sparse-noise", partial: true, smoke: true, seed: 7 });
    expect(readFileSync(join(dir, "report.md"), "utf8")).toContain("**Partial run**");
    expect(existsSync(join(dir, "old.svg"))).toBe(false);
    for (const f of json.files) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  test("the registry names five experiments; an unknown name and too few repeats are input errors", async () => {
    expect(EXPERIMENTS.map((e) => e.name)).toEqual([
      "mushrooms-gd-vs-signgd",
      "mushrooms-momentum",
      "communication",
      "bernstein-sparse-noise",
      "smoothness-along-trajectory",
    ]);
    expect(() => experimentByName("mushrooms")).toThrow(/one of mushrooms-gd-vs-signgd/);
    await expect(runExperiment(experimentByName("communication"), { seed: 1, repeats: 1, out: tmp(), command: "" })).rejects.toThrow(/--repeats/);
  });
});
