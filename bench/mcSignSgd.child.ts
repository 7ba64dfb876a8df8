/**
 * One measured run of the mc-signsgd workload in a process of its own, so that its peak memory
 * (maxRSS) is its own: `node --import tsx bench/mcSignSgd.child.ts IMPL R T WORKERS`. Runs trajectories
 * 0 … R − 1 of IMPL (engine or fused) on one thread, or on WORKERS worker threads (the time then counts
 * from the moment every worker has loaded), and prints one JSON line: S_r, compute wall time, CPU time
 * of the process (all threads), peak RSS.
 */
import { Worker } from "node:worker_threads";
import { trajectoryRunner, type Impl } from "./mcSignSgdWorkload.ts";

const [impl, Rs, Ts, Ws] = process.argv.slice(2);
const R = Number(Rs);
const T = Number(Ts);
const workers = Number(Ws ?? 1);

async function parallel(): Promise<{ S: Float64Array; ms: number }> {
  const S = new Float64Array(R);
  const entry = new URL("./mcSignSgd.worker.ts", import.meta.url).href;
  const pool = Array.from(
    { length: workers },
    (_, w) => new Worker(new URL("./tsWorker.mjs", import.meta.url), { workerData: { entry, impl, R, first: w, stride: workers } }),
  );
  await Promise.all(
    pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once("message", () => resolve());
          w.once("error", reject);
        }),
    ),
  );
  const t0 = performance.now();
  await Promise.all(
    pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once("message", (rows: [number, number][]) => {
            for (const [r, s] of rows) S[r] = s;
            resolve();
          });
          w.once("error", reject);
          w.postMessage("go");
        }),
    ),
  );
  const ms = performance.now() - t0;
  await Promise.all(pool.map((w) => w.terminate()));
  return { S, ms };
}

function serial(): { S: Float64Array; ms: number } {
  const run = trajectoryRunner(impl as Impl, T);
  const S = new Float64Array(R);
  const t0 = performance.now();
  for (let r = 0; r < R; r++) S[r] = run(r);
  return { S, ms: performance.now() - t0 };
}

const cpu0 = process.cpuUsage();
const { S, ms } = workers > 1 ? await parallel() : serial();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  `${JSON.stringify({ impl, R, T, workers, S: Array.from(S), wallMs: ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
