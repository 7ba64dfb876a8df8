import { Stream } from "./src/core/stream.ts";
const s = new Stream("m");
function bench(name: string, n: number, body: () => number) {
  let acc = 0; for (let i = 0; i < 1e6; i++) acc += body();
  const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) acc += body();
  console.log(name, (Number(process.hrtime.bigint() - t0) / n).toFixed(1), acc === 42 ? "" : "");
}
let x = 0.3;
bench("int32", 2e7, () => s.int32());
bench("sym32", 2e7, () => s.symmetric32());
bench("log", 2e7, () => Math.log((x += 1e-9)));
bench("expm1", 2e7, () => Math.expm1((x += 1e-9)));
bench("pow", 2e7, () => Math.pow((x += 1e-9), -1.3));
bench("sqrt", 2e7, () => Math.sqrt((x += 1e-9)));
const nu = 3, m = -2 / nu;
bench("bailey inline", 2e7, () => {
  let u: number, w: number;
  do { u = s.symmetric32(); const v = s.symmetric32(); w = u * u + v * v; } while (w >= 1);
  return u * Math.sqrt((nu * Math.expm1(m * Math.log(w))) / w);
});
bench("bailey pow", 2e7, () => {
  let u: number, w: number;
  do { u = s.symmetric32(); const v = s.symmetric32(); w = u * u + v * v; } while (w >= 1);
  return u * Math.sqrt((nu * (Math.pow(w, m) - 1)) / w);
});
