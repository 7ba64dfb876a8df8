/**
 * "mc-signsgd" (issue 5): R = 1000 independent SignSGD trajectories, d = 100, T = 1000, γ = 1e-3,
 * f(x) = Σcosh x_i from x¹ = (1, …, 1), i.i.d. Student-t(ν = 1.5) noise (scale 1, B = 1),
 * S = (1/T)Σ_k ‖∇f(x^k)‖₁ with the gradients taken before each update. Prints the mean of S with its
 * standard error, the 0.99-quantile of S, wall time and coordinate-steps per second (R·T·d / s) for
 * the fused loop (mcSignSgdCosh) on all cores (worker threads; each trajectory owns its stream, so the
 * figures do not depend on the split), then single-thread rates of the fused loop and of the generic
 * path (signSgd + gradientOracle + runTrajectory), which it reproduces exactly (checked here too).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  coshSum, empiricalQuantile, gradientOracle, mcSignSgdCosh, runTrajectory, signSgd, streamFor, studentT,
} from "signcheck";

const R = 1000;
const d = 100;
const T = 1000;
const gamma = 1e-3;
const nu = 1.5;
const SEED = 20250403;
const key = { seed: SEED, claim: "bench/mc-signsgd", instance: `d${d}-T${T}` };

function parallel(workers: number): Promise<Float64Array> {
  const S = new Float64Array(R);
  const jobs = Array.from({ length: workers }, (_, w) =>
    new Promise<void>((resolve, reject) => {
      const entry = new URL("./mcSignSgd.worker.ts", import.meta.url).href;
      const worker = new Worker(new URL("./tsWorker.mjs", import.meta.url), { workerData: { entry, d, T, gamma, nu, R, first: w, stride: workers, key } });
      worker.once("message", (rows: [number, number][]) => {
        for (const [r, s] of rows) S[r] = s;
        resolve();
      });
      worker.once("error", reject);
    }),
  );
  return Promise.all(jobs).then(() => S);
}

export async function run(): Promise<void> {
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const t0 = performance.now();
  const S = await parallel(workers);
  const secs = (performance.now() - t0) / 1000;
  let mean = 0;
  for (const s of S) mean += s / R;
  let ss = 0;
  for (const s of S) ss += (s - mean) ** 2;
  const se = Math.sqrt(ss / (R - 1) / R);
  console.log(`mc-signsgd: R=${R} d=${d} T=${T} gamma=${gamma} Student-t nu=${nu}, seed ${SEED}`);
  console.log(`  mean S = ${mean.toFixed(4)} ± ${se.toFixed(4)} (standard error)   0.99-quantile S = ${empiricalQuantile(S, 0.99).toFixed(4)}`);
  console.log(`  fused loop, ${workers} worker thread(s): ${secs.toFixed(2)} s wall, ${((R * T * d) / secs / 1e6).toFixed(2)} M coordinate-steps/s`);

  const R1 = 50;
  const x0 = new Float64Array(d).fill(1);
  const runOne = mcSignSgdCosh({ x0, T, gamma, nu, scale: 1 });
  const t1 = performance.now();
  let same = 0;
  for (let r = 0; r < R1; r++) if (runOne(streamFor({ ...key, trial: r })) === S[r]) same++;
  const secs1 = (performance.now() - t1) / 1000;
  const oracle = gradientOracle({ fn: coshSum(d), noise: studentT(nu), scale: 1 });
  const t2 = performance.now();
  for (let r = 0; r < R1; r++) {
    if (runTrajectory(signSgd, signSgd.init(x0, { gamma }, streamFor({ ...key, trial: r })), oracle, T).meanGradNorm1 === S[r]) same++;
  }
  const secs2 = (performance.now() - t2) / 1000;
  console.log(`  single thread, first ${R1} trajectories: fused ${((R1 * T * d) / secs1 / 1e6).toFixed(2)} M/s, generic path ${((R1 * T * d) / secs2 / 1e6).toFixed(2)} M/s; identical S on ${same}/${2 * R1}`);
}
