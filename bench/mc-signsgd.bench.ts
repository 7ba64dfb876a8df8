/**
 * "mc-signsgd" (issues 5 and 10): the workload of bench/mcSignSgdWorkload.ts (R = 1000 SignSGD
 * trajectories, d = 100, T = 1000, Σcosh, Student-t ν = 1.5) run by
 *   engine      — the path every claim uses (signSgd + gradientOracle + runTrajectory), one thread;
 *   fused       — the hand-fused loop (bench/fusedSignSgdCosh.ts), one thread: the yardstick;
 *   numpy       — bench/mc_signsgd.py, vectorised over trajectories, one thread (when python3 has numpy);
 *   c           — bench/mc_signsgd.c, the fused loop in C at -O3 with the same generator, states and
 *                 ziggurat tables (when a C compiler is present): context, the cost of the loop in C;
 *   engine × N  — the engine on N worker threads (N = cores, at most 8).
 * Each run is a process of its own (its peak RSS is its own; start-up and module loading are not
 * timed); the implementations are interleaved, in a rotated order, over BENCH_REPS rounds (default 3)
 * and the medians reported — the machine is shared, so single runs are noisy: a ratio is the median
 * over the rounds of that round's ratio (a paired design: runs of one round share the machine's
 * load), on wall time and, for the one-thread runs, on the process's CPU time, which another
 * process's load inflates less (the load averages before and after are printed). Checks: engine = fused
 * bit for bit on every S_r (same streams), C within a relative 1e-9 of them (libm against V8's
 * transcendental functions: last bits); engine vs NumPy (different generators) in law: the means by
 * Welch's z at two-sided α = 0.001 (|z| ≤ 3.29), the 0.99-quantiles by their distribution-free
 * order-statistic intervals at confidence 1 − α/2 each, which overlap unless the quantiles differ (a
 * level-α test). Peak memory is shown against R and T (engine at R/10 and at T/10). Then the breadth
 * of the fast path (bench/mcSignSgdBreadth.child.ts): every sign-based method, every noise law, batch
 * sizes beside the fused loop at the same B. Writes bench/results.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import seedrandom from "seedrandom";
import { empiricalQuantile, quantileInterval, streamSeedText, tZiggurat } from "signcheck/internal";
import { KEY, WORKLOAD } from "./mcSignSgdWorkload.ts";

interface Run {
  readonly impl: string;
  readonly R: number;
  readonly T: number;
  readonly workers: number;
  readonly S: number[];
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly numpy?: string;
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const ALPHA = 0.001;
const Z = 3.2905267314918945; // Φ⁻¹(1 − α/2) for α = 0.001
const single = { OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };

function nodeRun(impl: string, R: number, T: number, workers = 1): Run {
  const out = execFileSync(process.execPath, ["--import", "tsx", here("./mcSignSgd.child.ts"), impl, String(R), String(T), String(workers)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as Run;
}

function numpyRun(R: number, T: number): Run {
  const { d, gamma, nu, seed } = WORKLOAD;
  const out = execFileSync("python3", [here("./mc_signsgd.py"), String(R), String(T), String(d), String(gamma), String(nu), String(seed)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: { ...process.env, ...single },
  });
  return JSON.parse(out) as Run;
}

/** Compiles bench/mc_signsgd.c at -O3 with the first C compiler found; undefined when there is none. */
function compileC(): { binary: string; compiler: string } | undefined {
  const binary = join(tmpdir(), `signcheck-mc_signsgd-${process.pid}`);
  for (const compiler of ["gcc", "cc", "g++"]) {
    const r = spawnSync(compiler, ["-x", "c", "-O3", "-o", binary, here("./mc_signsgd.c"), "-lm"], { encoding: "utf8" });
    if (r.status === 0) return { binary, compiler: `${compiler} -O3 (${spawnSync(compiler, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]})` };
  }
  return undefined;
}

/** The C program's input: the workload, the Student-t ziggurat's tables, and each trajectory's Tyche-i state. */
function cInput(R: number, T: number): string {
  const { d, gamma, nu, scale } = WORKLOAD;
  const { W, K, F, yr } = tZiggurat(nu).tables;
  const states = Array.from({ length: R }, (_, r) => {
    const st = (
      seedrandom.tychei(streamSeedText({ ...KEY, trial: r }), { state: true }) as unknown as { state(): { a: number; b: number; c: number; d: number } }
    ).state();
    return `${st.a | 0} ${st.b | 0} ${st.c | 0} ${st.d | 0}`;
  });
  const num = (a: Float64Array) => Array.from(a, (v) => v.toPrecision(17)).join(" ");
  return [`${R} ${T} ${d} ${gamma} ${nu} ${scale}`, num(W), num(K), num(F), yr.toPrecision(17), ...states, ""].join("\n");
}

function cRun(binary: string, R: number, T: number): Run {
  return JSON.parse(execFileSync(binary, [], { input: cInput(R, T), encoding: "utf8", maxBuffer: 1 << 26 })) as Run;
}

function numpyVersion(): string | undefined {
  const r = spawnSync("python3", ["-c", "import numpy; print(numpy.__version__)"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function meanSe(S: number[]): { mean: number; se: number } {
  const n = S.length;
  const mean = S.reduce((a, b) => a + b, 0) / n;
  const v = S.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(v / n) };
}

export function run(): void {
  const { R, d, T } = WORKLOAD;
  const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
  const workers = Math.max(2, Math.min(availableParallelism(), 8));
  const np = numpyVersion();
  const c = compileC();
  const coordSteps = R * T * d;
  const impls: { name: string; label: string; go: () => Run }[] = [
    { name: "engine", label: "engine (claims' path), 1 thread", go: () => nodeRun("engine", R, T) },
    { name: "fused", label: "fused loop, 1 thread", go: () => nodeRun("fused", R, T) },
    ...(np ? [{ name: "numpy", label: `NumPy ${np}, vectorised, 1 thread`, go: () => numpyRun(R, T) }] : []),
    ...(c ? [{ name: "c", label: "C -O3 fused loop, 1 thread", go: () => cRun(c.binary, R, T) }] : []),
    { name: `engine×${workers}`, label: `engine, ${workers} worker threads`, go: () => nodeRun("engine", R, T, workers) },
  ];
  const loadBefore = loadavg();
  console.log(
    `mc-signsgd: R=${R} d=${d} T=${T} γ=${WORKLOAD.gamma} Σcosh, Student-t ν=${WORKLOAD.nu}, seed ${WORKLOAD.seed}; ${reps} interleaved round(s), medians`,
  );
  if (!np) console.log("  python3 with numpy not found: the NumPy reference is skipped (install numpy to compare)");
  console.log(c ? `  C reference compiled with ${c.compiler}` : "  no C compiler found: the C reference is skipped");
  const runs: Record<string, Run[]> = {};
  for (let rep = 0; rep < reps; rep++) {
    for (let j = 0; j < impls.length; j++) {
      const impl = impls[(j + rep) % impls.length];
      (runs[impl.name] ??= []).push(impl.go());
    }
  }
  const loadAfter = loadavg();
  const wall = (name: string) => (runs[name] ? median(runs[name].map((r) => r.wallMs)) / 1000 : NaN);
  const cpuOf = (name: string) => (runs[name] ? median(runs[name].map((r) => r.cpuMs)) / 1000 : NaN);
  /** Median over rounds of the round's ratio a/b (runs[x][j] is round j's run of x). */
  const paired = (a: string, b: string, of: (r: Run) => number): number | null =>
    runs[a] && runs[b] ? median(runs[a].map((r, j) => of(r) / of(runs[b][j]))) : null;
  const f3 = (v: number | null) => (v === null || Number.isNaN(v) ? "—" : v.toFixed(3));
  console.log(`  load average (1 min) ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after, on ${cpus().length} cores`);
  console.log(
    `  ${"implementation".padEnd(34)} ${"wall s".padStart(7)} ${"CPU s".padStart(7)} ${"M c-steps/s".padStart(12)} ${"×fused wall".padStart(12)} ${"CPU".padStart(6)} ${"×NumPy wall".padStart(12)} ${"CPU".padStart(6)} ${"peak RSS MB".padStart(12)}   (times: medians; ratios: medians of per-round ratios)`,
  );
  const rows = impls.map(({ name, label }) => {
    const w = wall(name);
    const cpu = cpuOf(name);
    const threads = runs[name][0].workers;
    const rss = Math.max(...runs[name].map((r) => r.maxRssMB));
    const row = {
      name,
      label,
      threads,
      wallSeconds: w,
      wallSecondsRuns: runs[name].map((r) => r.wallMs / 1000),
      cpuSeconds: cpu,
      cpuSecondsRuns: runs[name].map((r) => r.cpuMs / 1000),
      coordinateStepsPerSecond: coordSteps / w,
      ratioToFused: paired(name, "fused", (r) => r.wallMs)!,
      ratioToNumpy: paired(name, "numpy", (r) => r.wallMs),
      // CPU-time ratios only between one-thread runs (a pool's CPU time sums its threads).
      cpuRatioToFused: threads === 1 ? paired(name, "fused", (r) => r.cpuMs) : null,
      cpuRatioToNumpy: threads === 1 ? paired(name, "numpy", (r) => r.cpuMs) : null,
      peakRssMB: rss,
    };
    console.log(
      `  ${label.padEnd(34)} ${w.toFixed(2).padStart(7)} ${cpu.toFixed(2).padStart(7)} ${(coordSteps / w / 1e6).toFixed(2).padStart(12)} ${f3(row.ratioToFused).padStart(12)} ${f3(row.cpuRatioToFused).padStart(6)} ${f3(row.ratioToNumpy).padStart(12)} ${f3(row.cpuRatioToNumpy).padStart(6)} ${rss.toFixed(1).padStart(12)}`,
    );
    return row;
  });

  // Agreement: engine and fused on the same streams, bit for bit; engine and NumPy in law.
  const engineS = runs.engine[0].S;
  const allRuns = Object.values(runs).flat();
  const sameBits = allRuns.filter((r) => r.impl !== "numpy" && r.impl !== "c").every((r) => r.S.every((s, i) => Object.is(s, engineS[i])));
  console.log(`  engine = fused = engine×${workers}, bit for bit on all ${R} S_r in every round: ${sameBits ? "yes" : "NO"}`);
  let cAgreement: { maxRelativeDifference: number; identical: number } | null = null;
  if (c) {
    const cS = runs.c[0].S;
    const maxRel = Math.max(...cS.map((s, i) => Math.abs(s - engineS[i]) / Math.abs(engineS[i])));
    cAgreement = { maxRelativeDifference: maxRel, identical: cS.filter((s, i) => s === engineS[i]).length };
    console.log(
      `  C vs engine on the same draws: ${cAgreement.identical}/${R} S_r identical, largest relative difference ${maxRel.toExponential(2)} (within 1e-9: ${maxRel <= 1e-9 ? "yes" : "NO"})`,
    );
  }
  const e = meanSe(engineS);
  const qE = empiricalQuantile(engineS, 0.99);
  const iE = quantileInterval(engineS, 0.99, ALPHA / 2);
  console.log(
    `  engine: mean S = ${e.mean.toFixed(4)} ± ${e.se.toFixed(4)} (s.e.), 0.99-quantile ${qE.toFixed(4)} [${iE.lo.toFixed(4)}, ${iE.hi.toFixed(4)}] at ${1 - ALPHA / 2}`,
  );
  let agreement: Record<string, unknown> | null = null;
  if (np) {
    const numpyS = runs.numpy[0].S;
    const n = meanSe(numpyS);
    const z = (e.mean - n.mean) / Math.hypot(e.se, n.se);
    const qN = empiricalQuantile(numpyS, 0.99);
    const iN = quantileInterval(numpyS, 0.99, ALPHA / 2);
    const meanOk = Math.abs(z) <= Z;
    const qOk = iE.lo <= iN.hi && iN.lo <= iE.hi;
    console.log(
      `  NumPy:  mean S = ${n.mean.toFixed(4)} ± ${n.se.toFixed(4)} (s.e.), 0.99-quantile ${qN.toFixed(4)} [${iN.lo.toFixed(4)}, ${iN.hi.toFixed(4)}] at ${1 - ALPHA / 2}`,
    );
    console.log(
      `  means: Welch z = ${z.toFixed(2)}, agree at two-sided α = ${ALPHA} (|z| ≤ ${Z.toFixed(2)}): ${meanOk ? "yes" : "NO"}; 0.99-quantiles: intervals overlap (level-${ALPHA} test): ${qOk ? "yes" : "NO"}`,
    );
    agreement = {
      alpha: ALPHA,
      engine: { ...e, q99: qE, q99Interval: iE },
      numpy: { ...n, q99: qN, q99Interval: iN },
      welchZ: z,
      meansAgree: meanOk,
      quantilesAgree: qOk,
    };
  }

  // Peak memory against R and T: the engine at a tenth of each.
  const small = [nodeRun("engine", R / 10, T), nodeRun("engine", R, T / 10)];
  const rssMain = Math.max(...runs.engine.map((r) => r.maxRssMB));
  console.log(
    `  engine peak RSS: ${rssMain.toFixed(1)} MB at (R, T) = (${R}, ${T}); ${small[0].maxRssMB.toFixed(1)} MB at (${R / 10}, ${T}); ${small[1].maxRssMB.toFixed(1)} MB at (${R}, ${T / 10})`,
  );

  const breadth = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", here("./mcSignSgdBreadth.child.ts")], { encoding: "utf8" })) as {
    rows: { group: string; name: string; nsPerCoordinateStep: number }[];
    batchBitIdentical: boolean;
  };
  const fusedNs = breadth.rows[0].nsPerCoordinateStep;
  console.log(
    `  breadth (one process that ran them all; CPU ns per coordinate-step, least of 5 rounds; × = over the fused SignSGD loop at B = 1, ${fusedNs.toFixed(1)} ns):`,
  );
  for (const r of breadth.rows.slice(1)) {
    console.log(
      `    ${r.group.padEnd(22)} ${r.name.slice(0, 64).padEnd(64)} ${r.nsPerCoordinateStep.toFixed(1).padStart(7)} ns  ×${(r.nsPerCoordinateStep / fusedNs).toFixed(2)}`,
    );
  }
  console.log(`    minibatch: engine = fused at the same B, bit for bit: ${breadth.batchBitIdentical ? "yes" : "NO"}`);

  const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
  if (c)
    console.log(`  context: the C -O3 loop takes ${f3(byName.c.ratioToFused)}× the fused loop's wall time (${f3(byName.c.cpuRatioToFused)}× its CPU time)`);
  const targets = {
    engineOverFused: { wall: byName.engine.ratioToFused, cpu: byName.engine.cpuRatioToFused, target: 1.25 },
    engineOverNumpy: { wall: byName.engine.ratioToNumpy, cpu: byName.engine.cpuRatioToNumpy, target: 1 },
    workersOverNumpy: { wall: byName[`engine×${workers}`].ratioToNumpy, cpu: null, target: 0.6 },
  };
  const verdict = (v: number | null, target: number) => (v === null ? "—" : `${v.toFixed(3)} ${v <= target ? "met" : "NOT met"}`);
  const fmt = (t: { wall: number | null; cpu: number | null; target: number }) =>
    t.wall === null ? "— (no NumPy)" : `≤ ${t.target}: wall ${verdict(t.wall, t.target)}${t.cpu === null ? "" : `, CPU ${verdict(t.cpu, t.target)}`}`;
  console.log(
    `  targets: engine/fused ${fmt(targets.engineOverFused)}; engine/NumPy ${fmt(targets.engineOverNumpy)}; ${workers} workers/NumPy ${fmt(targets.workersOverNumpy)}`,
  );

  const results = {
    date: new Date().toISOString(),
    command: "npm run bench -- mc-signsgd",
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, numpy: np ?? null },
    workload: { ...WORKLOAD, coordinateSteps: coordSteps },
    rounds: reps,
    loadAverage: { before: loadBefore, after: loadAfter },
    rows,
    bitIdenticalEngineFused: sameBits,
    c: c ? { compiler: c.compiler, agreement: cAgreement } : null,
    agreement,
    breadth,
    memory: { engine: [{ R, T, peakRssMB: rssMain }, ...small.map((s) => ({ R: s.R, T: s.T, peakRssMB: s.maxRssMB }))] },
    targets,
  };
  writeFileSync(here("./results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("  wrote bench/results.json");
}
