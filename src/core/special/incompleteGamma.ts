/**
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), by the series for
 * x < a + 1 and the continued fraction otherwise (Numerical Recipes §6.2), each returned without
 * forming the other by subtraction. erfc and the Gaussian tail are built on Q(½, x²).
 */
import { logGamma } from "./logGamma.ts";

const TINY = 1e-300;
const MAX_ITER = 10000;
const STOP = 1e-16;

function series(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < MAX_ITER; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * STOP) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function contFrac(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < STOP) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** The regularized lower incomplete gamma function P(a, x). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? series(a, x) : 1 - contFrac(a, x);
}

/** The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - series(a, x) : contFrac(a, x);
}
