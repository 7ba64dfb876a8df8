import { loadDataset, logisticObjective } from "./src/index.ts";
const { A, y } = loadDataset("mushrooms");
const f = logisticObjective(A, y, { lambda: 1 });
let t0 = performance.now();
const { w } = f.minimise({ mu: 0 });
console.log("newton ms", performance.now() - t0, f.value(w));
const fstar = f.value(w);
const L = f.lossSmoothness + 1;
console.log("L", L, "L1", f.singleSampleL1);
t0 = performance.now();
const g = new Float64Array(112);
let x = new Float64Array(112);
for (let k = 1; k <= 100; k++) { f.gradient(x, g); for (let i = 0; i < 112; i++) x[i] -= g[i] / L; if (k % 10 === 0) console.log("GD", k, f.value(x) - fstar); }
console.log("gd ms", performance.now() - t0);
for (const gamma of [1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1]) {
  x = new Float64Array(112);
  const out = [];
  for (let k = 1; k <= 100; k++) { f.gradient(x, g); for (let i = 0; i < 112; i++) x[i] -= gamma * Math.sign(g[i]); if (k % 20 === 0) out.push((f.value(x) - fstar).toExponential(2)); }
  console.log("signGD", gamma, out.join(" "));
}
