/**
 * The regularised incomplete beta function I_x(a, b) (continued fraction, modified Lentz, as in
 * Numerical Recipes §6.4) and its inverse in x (bisection refined by Newton, monotone and safe).
 * Used by the exact binomial intervals (Clopper–Pearson) and the Student-t tail.
 */
import { logBeta } from "./logGamma.ts";

const TINY = 1e-300;
const MAX_ITER = 10000;
/** The continued fraction stops when a factor is within this of 1: double precision. */
const CF_EPS = 1e-16;

function betaCf(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < CF_EPS) break;
  }
  return h;
}

/** I_x(a, b) for a, b > 0 and x ∈ [0, 1]. */
export function betaInc(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaCf(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaCf(b, a, 1 - x)) / b;
}

/** 1 − I_x(a, b) = I_{1−x}(b, a), computed without cancellation. */
export function betaIncComplement(x: number, a: number, b: number): number {
  return betaInc(1 - x, b, a);
}

/** The x with I_x(a, b) = p (the p-quantile of Beta(a, b)). */
export function betaIncInv(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 200; i++) {
    const f = betaInc(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    // Newton step on the density; fall back to bisection when it leaves the bracket.
    const logDens = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b);
    let next = x - f / Math.exp(logDens);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-16 * Math.max(x, 1e-300) || hi - lo <= 1e-300) return next;
    x = next;
  }
  return x;
}
