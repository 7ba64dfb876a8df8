/**
 * Worker thread of the mc-signsgd benchmark: builds the runner of `impl`, posts "ready", and on "go"
 * runs trajectories r = first, first + stride, … (< R), posting their S_r. Each trajectory owns its
 * stream (trial = r), so the results do not depend on how trajectories are split between workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { trajectoryRunner, type Impl } from "./mcSignSgdWorkload.ts";

interface Job {
  readonly impl: Impl;
  readonly R: number;
  readonly first: number;
  readonly stride: number;
}

const job = workerData as Job;
const run = trajectoryRunner(job.impl);
parentPort!.once("message", () => {
  const out: [number, number][] = [];
  for (let r = job.first; r < job.R; r += job.stride) out.push([r, run(r)]);
  parentPort!.postMessage(out);
});
parentPort!.postMessage("ready");
