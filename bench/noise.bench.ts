/**
 * Cost of one draw of each noise law in a tight loop (`npm run bench -- noise`), of a vector fill
 * (d = 1000, with and without per-coordinate scales), and of an O(1) batch mean. The target:
 * a Student-t draw in ≤ 40 ns.
 */
import { noiseFromSpec, Stream, type NoiseSpec } from "signcheck";

/** ns per call: the least of 5 timed runs (the machine is shared; the minimum is the least disturbed run). */
function time(f: () => number, n: number): number {
  let s = 0;
  for (let i = 0; i < n / 10; i++) s += f(); // warm-up (JIT)
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n / 5; i++) s += f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / (n / 5));
  }
  if (s === 42) console.log(""); // keep the loop alive
  return best;
}

export function run(): void {
  const specs: NoiseSpec[] = [
    { law: "gaussian" },
    { law: "laplace" },
    { law: "studentT", nu: 1.5 },
    { law: "studentT", nu: 3 },
    { law: "studentT", nu: 30 },
    { law: "symmetricLomax", alpha: 1.5 },
    { law: "symmetricPareto", alpha: 1.5 },
    { law: "symmetricStable", alpha: 1.5 },
    { law: "symmetricStable", alpha: 1 },
    { law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: { law: "studentT", nu: 1.5 } },
    { law: "centredLomax", alpha: 1.5 },
    { law: "twoPoint", q: 0.1 },
    { law: "lattice", probs: [0.4, 0.3, 0.3] },
  ];
  const s = new Stream("bench-noise");
  console.log(`Stream.next ${time(() => s.next(), 2e7).toFixed(1)} ns, normal ${time(() => s.normal(), 2e7).toFixed(1)} ns`);
  console.log("law                                   ns/draw");
  for (const spec of specs) {
    const law = noiseFromSpec(spec);
    console.log(
      `${JSON.stringify(spec).slice(0, 36).padEnd(36)}  ${time(() => law.sample(s), 1e7)
        .toFixed(1)
        .padStart(8)}`,
    );
  }
  const t = noiseFromSpec({ law: "studentT", nu: 3 });
  const out = new Float64Array(1000);
  const scales = Float64Array.from({ length: 1000 }, (_, i) => 1 + i / 1000);
  console.log(
    `studentT(3) fill d=1000: ${(time(() => (t.fill(s, out), out[0]), 2e4) / 1000).toFixed(1)} ns/coordinate, with scales ${(time(() => (t.fill(s, out, scales), out[0]), 2e4) / 1000).toFixed(1)} ns/coordinate`,
  );
  const g = noiseFromSpec({ law: "symmetricStable", alpha: 1.5 });
  console.log(`SαS(1.5) mean of B = 10⁶: exact ${time(() => g.sampleMean(s, 1e6), 1e6).toFixed(1)} ns per draw (B·draw loop would be ≈ 10⁶ draws)`);
}
