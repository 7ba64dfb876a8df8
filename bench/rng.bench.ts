/**
 * Cost of one uniform draw for each seedrandom generator (prng() has 32-bit resolution, double()
 * 53 bits) and of constructing a generator (signcheck builds one per trial), plus the Stream's
 * variates. The figures justify the choice of tychei in src/core/stream.ts.
 */
import seedrandom from "seedrandom";
import { Stream } from "signcheck";

const N = 2e7;

function time(f: () => number, n = N): number {
  let s = 0;
  for (let i = 0; i < 1e6; i++) s += f();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) s += f();
  const ns = Number(process.hrtime.bigint() - t0) / n;
  if (s === 42) console.log(""); // keep the loop alive
  return ns;
}

export function run(): void {
  const gens: Record<string, (seed: string) => seedrandom.PRNG> = {
    arc4: (s) => seedrandom(s),
    alea: seedrandom.alea,
    xor128: seedrandom.xor128,
    xorwow: seedrandom.xorwow,
    tychei: seedrandom.tychei,
    xor4096: seedrandom.xor4096,
  };
  console.log("generator   prng() ns   double() ns   construct µs");
  for (const [name, G] of Object.entries(gens)) {
    const g = G("bench");
    const a = time(g);
    const b = time(g.double);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 1e4; i++) G(`signcheck/v1|1|claim|${i}`);
    const c = Number(process.hrtime.bigint() - t0) / 1e4 / 1000;
    console.log(`${name.padEnd(10)}  ${a.toFixed(1).padStart(8)}   ${b.toFixed(1).padStart(10)}   ${c.toFixed(2).padStart(11)}`);
  }
  const s = new Stream("bench");
  console.log(
    `Stream.next ${time(() => s.next()).toFixed(1)} ns, normal ${time(() => s.normal()).toFixed(1)} ns, exponential ${time(() => s.exponential()).toFixed(1)} ns, gamma(0.75) ${time(() => s.gamma(0.75), 5e6).toFixed(1)} ns`,
  );
}
