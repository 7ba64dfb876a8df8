/**
 * One formula, several arithmetics: the theory formulas of src/theory (bounds, stepsize caps, tuning
 * prescriptions) are written once against this interface and evaluated either in plain float64
 * (`FLOAT`, what the optimizers and Monte-Carlo claims use) or in outward-rounded intervals
 * (`INTERVAL`, what a claim uses when round-off could decide its verdict: the exact value of the
 * formula at the given inputs lies in the returned interval).
 */
import { RealInterval } from "./realInterval.ts";

export interface Arithmetic<T> {
  readonly name: "float" | "interval";
  of(x: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  sqrt(a: T): T;
  exp(a: T): T;
  log(a: T): T;
  /** a^p for a > 0. */
  pow(a: T, p: T): T;
  max(a: T, b: T): T;
  min(a: T, b: T): T;
  ceil(a: T): T;
}

export const FLOAT: Arithmetic<number> = {
  name: "float",
  of: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  pow: Math.pow,
  max: Math.max,
  min: Math.min,
  ceil: Math.ceil,
};

export const INTERVAL: Arithmetic<RealInterval> = {
  name: "interval",
  of: RealInterval.of,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  sqrt: (a) => a.sqrt(),
  exp: (a) => a.exp(),
  log: (a) => a.log(),
  pow: (a, p) => a.pow(p),
  max: (a, b) => a.max(b),
  min: (a, b) => a.min(b),
  ceil: (a) => a.ceil(),
};
