/**
 * Ordinary least squares for a line y = a + b·x, with the usual standard errors and Student-t
 * intervals (e.g. Draper & Smith, Applied Regression Analysis, §1.4):
 *   b = Sxy/Sxx, a = ȳ − b·x̄, σ̂² = RSS/(n − 2), se(b) = σ̂/√Sxx, se(a) = σ̂·√(1/n + x̄²/Sxx).
 * The intervals assume independent errors of equal variance; points along one trajectory are
 * correlated, so for them the intervals describe the spread of the fit, not a sampling guarantee.
 * Sums are centred before squaring (no cancellation in Sxx when the x are far from 0).
 */
import { InputError } from "../core/errors.ts";
import { requireInRange, requireInteger } from "../core/validate.ts";
import { studentTQuantile } from "./meanInterval.ts";

export interface LinearFit {
  readonly n: number;
  readonly intercept: number;
  readonly slope: number;
  readonly interceptInterval: readonly [number, number];
  readonly slopeInterval: readonly [number, number];
  /** Nominal coverage of the intervals. */
  readonly confidence: number;
  /** Coefficient of determination R². */
  readonly r2: number;
}

export function linearFit(xs: ArrayLike<number>, ys: ArrayLike<number>, alpha = 0.05): LinearFit {
  requireInRange("alpha", alpha, 0, 1, { loOpen: true, hiOpen: true });
  const n = requireInteger("xs.length", xs.length, 3);
  if (ys.length !== n) throw new InputError("ys", `length ${ys.length}`, `length ${n}`);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i])) throw new InputError(`xs[${i}]`, xs[i], "a finite number");
    if (!Number.isFinite(ys[i])) throw new InputError(`ys[${i}]`, ys[i], "a finite number");
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0)) throw new InputError("xs", "all equal", "at least two distinct x values");
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const rss = Math.max(0, syy - slope * sxy);
  const sigma = Math.sqrt(rss / (n - 2));
  const t = studentTQuantile(1 - alpha / 2, n - 2);
  const seB = sigma / Math.sqrt(sxx);
  const seA = sigma * Math.sqrt(1 / n + (mx * mx) / sxx);
  return {
    n,
    intercept,
    slope,
    interceptInterval: [intercept - t * seA, intercept + t * seA],
    slopeInterval: [slope - t * seB, slope + t * seB],
    confidence: 1 - alpha,
    r2: syy > 0 ? 1 - rss / syy : 1,
  };
}
