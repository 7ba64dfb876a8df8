/**
 * Worker of the mc-signsgd benchmark: runs the fused SignSGD trajectories r = first, first + stride, …
 * (< R) and posts their statistics S_r. Each trajectory owns its stream (streamFor with trial = r), so
 * the results do not depend on how trajectories are split between workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { mcSignSgdCosh, streamFor, type StreamKey } from "signcheck";

interface Job {
  readonly d: number;
  readonly T: number;
  readonly gamma: number;
  readonly nu: number;
  readonly R: number;
  readonly first: number;
  readonly stride: number;
  readonly key: Omit<StreamKey, "trial">;
}

const job = workerData as Job;
const runOne = mcSignSgdCosh({ x0: new Float64Array(job.d).fill(1), T: job.T, gamma: job.gamma, nu: job.nu, scale: 1 });
const x = new Float64Array(job.d);
const out: [number, number][] = [];
for (let r = job.first; r < job.R; r += job.stride) out.push([r, runOne(streamFor({ ...job.key, trial: r }), x)]);
parentPort!.postMessage(out);
