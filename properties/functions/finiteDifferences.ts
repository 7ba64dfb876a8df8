// Central finite differences (step h = 1e-5·(1 + |x_i|), the step FINITE_DIFFERENCE's tolerance is
// derived for): the gradient from values and the Hessian from gradients, to check symbolic derivatives.
import type { SmoothFunction } from "signcheck";

function centralDifference(
  x: Float64Array,
  i: number,
  at: (y: Float64Array) => number | Float64Array,
): { plus: number | Float64Array; minus: number | Float64Array; h: number } {
  const h = 1e-5 * (1 + Math.abs(x[i]));
  const xp = Float64Array.from(x);
  const xm = Float64Array.from(x);
  xp[i] += h;
  xm[i] -= h;
  return { plus: at(xp), minus: at(xm), h };
}

export function finiteDifferenceGradient(f: SmoothFunction, x: Float64Array): Float64Array {
  const g = new Float64Array(f.dim);
  for (let i = 0; i < f.dim; i++) {
    const { plus, minus, h } = centralDifference(x, i, (y) => f.value(y));
    g[i] = ((plus as number) - (minus as number)) / (2 * h);
  }
  return g;
}

/** Row-major d×d: column i is (∇f(x + h e_i) − ∇f(x − h e_i)) / 2h. */
export function finiteDifferenceHessian(f: SmoothFunction, x: Float64Array): Float64Array {
  const d = f.dim;
  const H = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    const { plus, minus, h } = centralDifference(x, i, (y) => f.gradient(y));
    for (let j = 0; j < d; j++) H[j * d + i] = ((plus as Float64Array)[j] - (minus as Float64Array)[j]) / (2 * h);
  }
  return H;
}
