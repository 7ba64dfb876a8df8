/**
 * The breadth of the fast path (issue 10: "any sign-based method × any noise law × batch sizes"), in
 * one process that has run every configuration (so the library's call sites have seen every law and
 * method, as in an audit): ns per coordinate-step of the engine — runTrajectory with gradientOracle on
 * Σcosh, d = 100, T = 1000 — for every sign-based method of the registry (Student-t ν = 1.5), for
 * SignSGD on each noise law, and for minibatch SignSGD at B = 4 and 16 beside the fused loop at the
 * same B (the same draws: S agrees bit for bit). CPU time of the process, the least of ROUNDS
 * interleaved rounds (the least disturbed on a shared machine). Prints one JSON line.
 */
import { OPTIMIZERS, coshSum, gradientOracle, noiseFromSpec, runTrajectory, streamFor, type NoiseSpec, type RegistryEntry } from "signcheck/internal";
import { fusedSignSgdCosh } from "./fusedSignSgdCosh.ts";
import { KEY, WORKLOAD } from "./mcSignSgdWorkload.ts";

const ROUNDS = 5;
const R = 6;
const { d, T, gamma, nu, scale } = WORKLOAD;
const x0 = new Float64Array(d).fill(1);
const t15: NoiseSpec = { law: "studentT", nu };

interface Config {
  readonly group: string;
  readonly name: string;
  readonly run: () => number;
}

function engine(e: RegistryEntry, noise: NoiseSpec, batch: number): () => number {
  return () => {
    let s = 0;
    for (let r = 0; r < R; r++) {
      const oracle = gradientOracle({ fn: coshSum(d), noise: noiseFromSpec(noise), scale, batch });
      s += runTrajectory(e.optimizer, e.optimizer.init(x0, { ...e.params(d), gamma }, streamFor({ ...KEY, trial: r })), oracle, T).meanGradNorm1;
    }
    return s;
  };
}

function fused(batch: number): () => number {
  const run = fusedSignSgdCosh({ x0, T, gamma, nu, scale, batch });
  return () => {
    let s = 0;
    for (let r = 0; r < R; r++) s += run(streamFor({ ...KEY, trial: r }));
    return s;
  };
}

const signBased = OPTIMIZERS.filter((e) => /sign|majority/i.test(e.name));
const signSgd = OPTIMIZERS.find((e) => e.name === "signSgd")!;
const laws: NoiseSpec[] = [
  { law: "gaussian" },
  { law: "laplace" },
  t15,
  { law: "studentT", nu: 3 },
  { law: "symmetricLomax", alpha: 1.5 },
  { law: "symmetricPareto", alpha: 1.5 },
  { law: "symmetricStable", alpha: 1.5 },
  { law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: t15 },
  { law: "centredLomax", alpha: 1.5 },
  { law: "twoPoint", q: 0.1 },
  { law: "lattice", probs: [0.4, 0.3, 0.3] },
];
const configs: Config[] = [
  { group: "reference", name: "fused SignSGD, B = 1", run: fused(1) },
  ...signBased.map((e) => ({ group: "method (Student-t 1.5)", name: e.name, run: engine(e, t15, e.batch ?? 1) })),
  ...laws.map((l) => ({ group: "law (SignSGD)", name: JSON.stringify(l), run: engine(signSgd, l, 1) })),
  ...[4, 16].flatMap((B) => [
    { group: "batch", name: `fused SignSGD, B = ${B}`, run: fused(B) },
    { group: "batch", name: `engine SignSGD, B = ${B}`, run: engine(signSgd, t15, B) },
  ]),
];
const best = new Map<string, number>();
const value = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const c of configs) {
    const t0 = process.cpuUsage();
    value.set(c.name, c.run());
    const t = process.cpuUsage(t0);
    const ns = ((t.user + t.system) * 1000) / (R * T * d);
    best.set(c.name, Math.min(best.get(c.name) ?? Infinity, ns));
  }
}
const sameBatch = [4, 16].every((B) => Object.is(value.get(`fused SignSGD, B = ${B}`), value.get(`engine SignSGD, B = ${B}`)));
process.stdout.write(
  `${JSON.stringify({ rows: configs.map((c) => ({ group: c.group, name: c.name, nsPerCoordinateStep: best.get(c.name) })), batchBitIdentical: sameBatch })}\n`,
);
