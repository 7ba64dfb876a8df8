/**
 * The "mc-signsgd" workload (issue 5, issue 10): R independent SignSGD trajectories, d = 100,
 * T = 1000, γ = 1e-3, f(x) = Σcosh x_i from x¹ = (1, …, 1), i.i.d. Student-t(ν = 1.5) noise (scale 1,
 * B = 1), S_r = (1/T)Σ_k ‖∇f(x^k)‖₁. Trajectory r draws from streamFor({ …KEY, trial: r }), so a
 * trajectory's S does not depend on which process, thread or order runs it. `engine` is the path every
 * claim runs, built per trajectory as a claim's statistic builds it (theorems/seedfinal/signsgd-hp.ts:
 * function, noise law from its spec, oracle, signSgd.init, runTrajectory); `fused` is the hand-fused
 * yardstick.
 */
import { coshSum, gradientOracle, noiseFromSpec, runTrajectory, signSgd, streamFor } from "signcheck";
import { fusedSignSgdCosh } from "./fusedSignSgdCosh.ts";

export const WORKLOAD = { R: 1000, d: 100, T: 1000, gamma: 1e-3, nu: 1.5, scale: 1, seed: 20250403 } as const;
export const KEY = { seed: WORKLOAD.seed, claim: "bench/mc-signsgd", instance: `d${WORKLOAD.d}-T${WORKLOAD.T}` } as const;

export type Impl = "engine" | "fused";

/** A runner of trajectory r for T steps (T may be shortened for the memory checks). */
export function trajectoryRunner(impl: Impl, T: number = WORKLOAD.T): (r: number) => number {
  const { d, gamma, nu, scale } = WORKLOAD;
  const x0 = new Float64Array(d).fill(1);
  if (impl === "fused") {
    const run = fusedSignSgdCosh({ x0, T, gamma, nu, scale });
    const x = new Float64Array(d);
    return (r) => run(streamFor({ ...KEY, trial: r }), x);
  }
  return (r) => {
    const oracle = gradientOracle({ fn: coshSum(d), noise: noiseFromSpec({ law: "studentT", nu }), scale });
    return runTrajectory(signSgd, signSgd.init(x0, { gamma }, streamFor({ ...KEY, trial: r })), oracle, T).meanGradNorm1;
  };
}
