/**
 * The least-squares slope of log y on log x: the exponent p of a cost that grows like x^p over the
 * sizes measured. Used per replicate by `scaling` claims (each replicate a full set of sizes on
 * independent streams), whose slopes are then i.i.d. and get a distribution-free interval.
 */
import { InputError } from "../core/errors.ts";

export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length || xs.length < 2) throw new InputError("sizes", xs.length, `at least 2 sizes, as many as costs (${ys.length})`);
  let mx = 0;
  let my = 0;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    if (!(xs[i] > 0) || !(ys[i] > 0) || !Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      throw new InputError(`(size, cost)[${i}]`, [xs[i], ys[i]], "finite positive numbers (a log–log fit)");
    }
    mx += Math.log(xs[i]) / n;
    my += Math.log(ys[i]) / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = Math.log(xs[i]) - mx;
    sxy += dx * (Math.log(ys[i]) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) throw new InputError("sizes", Array.from(xs), "at least two distinct sizes");
  return sxy / sxx;
}
