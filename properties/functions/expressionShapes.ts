// The worst shapes of expression fromExpression must build quickly, each grown by a size parameter n
// up to the largest n inside EXPRESSION_LIMITS: towers of powers, nested calls, long chains, dense
// products (a Hessian of k³/2 nodes), log-sum-exp and exp of a sum in the largest dimension, text at
// the length limit. Shared by the test (properties/functions/expressionLimits.test.ts: each builds and
// its gradient matches finite differences; one step further is a typed error) and the benchmark
// (bench/expression.bench.ts: the build time of each, and the worst).
import { EXPRESSION_LIMITS, fromExpression, InputError } from "signcheck";

export interface ExpressionShape {
  readonly name: string;
  /** The expression and its dimension at size n (n ≥ 1). */
  readonly at: (n: number) => { expression: string; dim: number };
  /** A point where the function and its derivatives are moderate (for finite differences), or none. */
  readonly point?: (dim: number) => Float64Array;
  /** Upper end for the search of the largest n accepted. */
  readonly maxN: number;
}

const D = EXPRESSION_LIMITS.depth;
const DIM = EXPRESSION_LIMITS.dim;
const list = (n: number, f: (i: number) => string, sep: string) => Array.from({ length: n }, (_, i) => f(i)).join(sep);
const nest = (n: number, open: (i: number) => string, inner: string) => list(n, open, "") + inner + ")".repeat(n);
const fill = (value: number) => (dim: number) => new Float64Array(dim).fill(value);
// A cycle of every whitelisted function, each fed a bounded argument so values stay moderate.
const CYCLE = ["sin(", "exp(", "cos(", "sinh(", "atan(", "cosh(", "tanh(", "log(2+", "sqrt(2+", "tan(0.5*"];

export const EXPRESSION_SHAPES: readonly ExpressionShape[] = [
  { name: "tower x1^x1^…^x1", at: (n) => ({ expression: list(n, () => "x1", "^"), dim: 1 }), point: fill(1.1), maxN: 4 * D },
  { name: "tower x1^x2^…^xn", at: (n) => ({ expression: list(n, (i) => `x${i + 1}`, "^"), dim: n }), point: fill(1.05), maxN: 4 * D },
  { name: "nested exp(exp(…x1))", at: (n) => ({ expression: nest(n, () => "exp(", "x1"), dim: 1 }), maxN: 4 * D },
  {
    name: "nested calls, every function",
    at: (n) => ({ expression: nest(n, (i) => CYCLE[i % CYCLE.length], "x1*x2"), dim: 2 }),
    point: fill(0.3),
    maxN: 4 * D,
  },
  { name: "unary minus chain", at: (n) => ({ expression: `${"-".repeat(n)}x1^3`, dim: 1 }), point: fill(0.7), maxN: 4 * D },
  { name: "nested parentheses", at: (n) => ({ expression: nest(n, () => "(x1+", "x2"), dim: 2 }), point: fill(0.5), maxN: 4 * D },
  { name: "division chain", at: (n) => ({ expression: list(n, (i) => `x${(i % 8) + 1}`, "/"), dim: 8 }), point: fill(1.01), maxN: 4 * D },
  { name: "continued fraction", at: (n) => ({ expression: nest(n, () => "1/(1+", "x1^2"), dim: 1 }), point: fill(0.4), maxN: 4 * D },
  {
    name: "flat sum of products, largest dim",
    at: (n) => ({ expression: list(n, (i) => `sin(x${(i % DIM) + 1}*x${((i + 1) % DIM) + 1})`, "+"), dim: DIM }),
    point: fill(0.2),
    maxN: EXPRESSION_LIMITS.nodes,
  },
  { name: "dense product x1·x2·…·xn", at: (n) => ({ expression: list(n, (i) => `x${i + 1}`, "*"), dim: n }), point: fill(0.999), maxN: DIM },
  {
    name: "product of sums (x1+x2)(x3+x4)…",
    at: (n) => ({ expression: list(n, (i) => `(x${((2 * i) % DIM) + 1}+x${((2 * i + 1) % DIM) + 1})`, "*"), dim: DIM }),
    point: fill(0.501),
    maxN: EXPRESSION_LIMITS.nodes,
  },
  { name: "log-sum-exp", at: (n) => ({ expression: `log(${list(n, (i) => `exp(x${i + 1})`, "+")})`, dim: n }), point: fill(0.1), maxN: DIM },
  { name: "exp of a sum", at: (n) => ({ expression: `exp(${list(n, (i) => `x${i + 1}/${n}`, "+")})`, dim: n }), point: fill(0.1), maxN: DIM },
  {
    name: "text padded to the length limit",
    at: (n) => ({ expression: `x1^2${" ".repeat(n)}+ x2`, dim: 2 }),
    point: fill(0.5),
    maxN: 2 * EXPRESSION_LIMITS.length,
  },
];

/** True when the shape builds at n; false when refused with a typed InputError; any other error propagates. */
export function builds(shape: ExpressionShape, n: number): boolean {
  const { expression, dim } = shape.at(n);
  try {
    fromExpression(expression, { dim });
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

/** The largest n ≤ maxN at which the shape builds (it builds at 1 and, past its limit, never again). */
export function largestAccepted(shape: ExpressionShape): number {
  let lo = 1;
  let hi = shape.maxN + 1;
  if (builds(shape, shape.maxN)) return shape.maxN;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (builds(shape, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
